use super::radar_chart::chart_of;
use super::ViewContext;
use crate::host::Host;
use crate::model::file_name;
use crate::model::history::Day;
use crate::model::page_event::{PageEvent, ShareWay};
use crate::model::radar_export::export_svg;
use crate::model::radar_svg::{Overlay, Series};
use crate::model::score::BlockSpread;
use yew::prelude::*;

pub struct ExportBoxProps<'a> {
    pub cx: &'a ViewContext,
    pub series: &'a [Series],
    pub overlays: &'a [Overlay],
    pub spread: Option<&'a [BlockSpread]>,
    /// For the files' names, as the plan's.
    pub today: Option<Day>,
}

/// The radar's files are named after the scan, in both languages.
const RADAR_FILE_STEM: &str = "bouwstenen-scan";

#[derive(Clone, Copy)]
enum Format {
    Svg,
    Png,
}

/// Download the radar, with its title and legend, as SVG or PNG (drawn in the browser), or
/// print the results as a report.
pub fn export_box(props: &ExportBoxProps) -> Html {
    let texts = props.cx.locale.texts;
    let results_texts = texts.results();
    let download = |format: Format| {
        let (locale, host, series, overlays, spread, today) = (
            props.cx.locale,
            props.cx.host.clone(),
            props.series.to_vec(),
            props.overlays.to_vec(),
            props.spread.map(<[BlockSpread]>::to_vec),
            props.today,
        );
        Callback::from(move |_: MouseEvent| {
            let chart = chart_of(locale, &series, &overlays, spread.as_deref());
            let export = export_svg(&chart, locale.texts.results().export_file_title);
            match format {
                Format::Svg => host.0.download(
                    &file_name::dated(RADAR_FILE_STEM, today, "svg"),
                    "image/svg+xml",
                    &export.svg,
                ),
                Format::Png => host.0.download_png(
                    &file_name::dated(RADAR_FILE_STEM, today, "png"),
                    &export.svg,
                    export.width,
                    export.height,
                ),
            }
            host.0.notify(PageEvent::Share(match format {
                Format::Svg => ShareWay::Svg,
                Format::Png => ShareWay::Png,
            }));
        })
    };
    let print = {
        let host = props.cx.host.clone();
        Callback::from(move |_: MouseEvent| {
            host.0.notify(PageEvent::Share(ShareWay::Print));
            host.0.print();
        })
    };
    html! {
        <div class="export">
            <h3>{ results_texts.export_title }</h3>
            <div class="actions">
                <button type="button" class="button secondary" onclick={download(Format::Svg)}>{ texts.download_svg }</button>
                <button type="button" class="button secondary" onclick={download(Format::Png)}>{ texts.download_png }</button>
                <button type="button" class="button secondary" onclick={print}>{ texts.print }</button>
            </div>
        </div>
    }
}
