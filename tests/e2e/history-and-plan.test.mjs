// Then and now, ambitions and the action plan. One visitor in one browser profile does the scan,
// comes back a month later and does it again, sets ambitions, downloads the plan, shares it, and
// clears their history; a colleague opens the shared link in a profile of their own.
// Needs the release build in dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { audit, colleagueResult, openPage, useServersAndBrowser } from './support/helpers.mjs';
import { ScanPage, scanOn, tableRows, startButton } from './support/scan-page.mjs';
import { settle } from './support/wait.mjs';
import { storageKey } from './support/contract.mjs';

const env = useServersAndBrowser();

const STAGES = [
  { name: 'Startend', from: 0 },
  { name: 'Verkennend', from: 21 },
  { name: 'In ontwikkeling', from: 41 },
  { name: 'Gevorderd', from: 61 },
  { name: 'Datagedreven', from: 81 },
];

const HISTORY_KEY = storageKey('history');

/** "38%" → 38; "onbekend" → null. */
const percent = (text) => (/^\d+%$/.test(text) ? Number.parseInt(text, 10) : null);

/** The text of an RTF document: `\uN?` escapes decoded, control words and groups dropped. */
function rtfText(rtf) {
  return rtf
    .replace(/\\u(-?\d+)\?/g, (_, n) => String.fromCharCode(Number(n) & 0xffff))
    .replace(/\\par\b/g, '\n')
    .replace(/\\[a-z]+-?\d* ?/g, '')
    .replace(/[{}]/g, '')
    .replace(/\\([\\{}])/g, '$1');
}

test('then and now, ambitions, the plan and its download, a shared plan, and clearing the history', async () => {
  // One browser profile (context) for the visitor, as a person's own browser.
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/a11y.html`, { clock: new Date('2026-03-03T10:00:00') });
  const widget = scanOn(page);
  // Blocks 1 to 3 at the top level then, the rest low: the second scan goes down and up.
  const visitor = new ScanPage(page, widget);
  await visitor.complete((step, i) => (step < 3 ? 4 : (step + i) % 3));
  const then = await tableRows(widget);
  // Nothing is kept before the visitor chooses it; then this result, with what it means.
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), HISTORY_KEY), null);
  assert.equal(await widget.locator('#keep-help').textContent(), 'De uitslag blijft 12 maanden in deze browser staan, met de datum, en ook de uitslagen die u daarna maakt. Ze gaan niet naar ons of naar deze website. U kunt ze altijd wissen.');
  await visitor.keep();
  // The first time: kept in the history, nothing to compare with yet.
  await widget.getByRole('button', { name: 'Stop met bewaren' }).waitFor();
  assert.deepEqual(await widget.locator('.history-list li .history-date').allTextContents(), ['3 maart 2026']);
  assert.equal(await widget.locator('svg.radar-wide .previous').count(), 0);

  // A month later: the results are still there, then the scan again with other answers.
  // 30 days: the answers are still kept (on the 31st they expire, see docs/privacy.md).
  await context.clock.setFixedTime(new Date('2026-04-02T10:00:00'));
  await page.reload();
  await new ScanPage(page, widget).waitForResults();
  await new ScanPage(page, widget).changeAnswers((step, i) => (step * 2 + i) % 5);

  // The previous result on the radar, with its own line, marker and legend entry.
  await widget.locator('svg.radar-wide polygon.previous').waitFor();
  assert.equal(await widget.locator('svg.radar-wide polygon.previous').getAttribute('stroke-dasharray'), '2 5');
  assert.ok((await widget.locator('svg.radar-wide .overlay-marker.previous').count()) > 0);
  assert.deepEqual(await widget.locator('.legend li').allTextContents(), ['Uw uitslag', 'Vorige keer, 3 maart 2026']);
  assert.match(await widget.locator('svg.radar-wide').getAttribute('aria-label'), /Vorige keer, 3 maart 2026: Werk aan een data-cultuur: \d+%\./);
  // The table: then, and the change per block (+12, −5, 0; blank where unknown).
  const headers = await widget.locator('.score-table thead th').allTextContents();
  assert.deepEqual(headers, ['Bouwsteen', 'Score', 'Fase', 'Vorige keer, 3 maart 2026', 'Verschil sinds vorige keer']);
  const now = await tableRows(widget);
  assert.equal(now.length, 7);
  const changes = now.map(([title, score, , previous, change], index) => {
    assert.equal(previous, then[index][1], `${title}: then`);
    const [a, b] = [percent(score), percent(previous)];
    const expected = a === null || b === null ? '' : a > b ? `+${a - b}` : a < b ? `\u2212${b - a}` : '0';
    assert.equal(change, expected, `${title}: change`);
    return change;
  });
  assert.ok(changes.some((c) => c.startsWith('+')) && changes.some((c) => c.startsWith('\u2212')), `${changes}`);
  assert.deepEqual(await widget.locator('.history-list li .history-date').allTextContents(), ['2 april 2026', '3 maart 2026']);

  // Ambitions: a native select per block, labelled with the block; the plan follows them.
  const choose = async (title, stage) => widget.getByLabel(`Ambitie voor ${title}`, { exact: true }).selectOption({ label: stage });
  const titles = now.map(([title]) => title.replace(/^\d\. /, ''));
  const scores = now.map(([, score]) => percent(score));
  const targets = { 0: 'Datagedreven', 2: 'Gevorderd', 4: 'Gevorderd', 6: 'Datagedreven' };
  for (const [index, stage] of Object.entries(targets)) {
    const options = await widget.getByLabel(`Ambitie voor ${titles[index]}`, { exact: true }).locator('option').allTextContents();
    // The stage the block is in now is marked in the list.
    const current = options.find((option) => option.endsWith(' (nu)'));
    await choose(titles[index], current === `${stage} (nu)` ? current : stage);
  }
  const expectedPlan = Object.entries(targets)
    .map(([index, stage]) => ({ index: Number(index), gap: STAGES.find((s) => s.name === stage).from - scores[index] }))
    .filter(({ gap }) => gap > 0)
    .sort((a, b) => b.gap - a.gap || a.index - b.index)
    .map(({ index }) => now[index][0]);
  assert.ok(expectedPlan.length >= 2, `a plan of ${expectedPlan.length}`);
  await widget.locator('.plan-items li').nth(expectedPlan.length - 1).waitFor();
  assert.deepEqual(await widget.locator('.plan-items h4').allTextContents(), expectedPlan);
  // The headings carry the block's number: the list draws no number of its own before it
  // ("1. 6. Creëer…"); the order is the lead's ("De grootste afstand staat bovenaan").
  assert.deepEqual(
    await widget.locator('.plan-items li').evaluateAll((items) => items.map((item) => getComputedStyle(item).listStyleType)),
    expectedPlan.map(() => 'none'),
  );
  const first = widget.locator('.plan-items li').first();
  assert.match(await first.locator('.plan-status').textContent(), /^Nu: .+ \(\d+%\) · Ambitie: (Gevorderd|Datagedreven)$/);
  assert.match(await first.getByRole('link').textContent(), /^Lees bouwsteen \d: /);
  // The ambition on the radar (dashed, open diamonds) and in the table.
  assert.equal(await widget.locator('svg.radar-wide path.ambition:not(.overlay-marker)').getAttribute('stroke-dasharray'), '10 6');
  assert.equal(await widget.locator('svg.radar-wide .overlay-marker.ambition').count(), 4);
  assert.deepEqual((await widget.locator('.legend li').allTextContents()).at(-1), 'Ambitie');
  const withTargets = await tableRows(widget);
  assert.deepEqual(withTargets.map((row) => row[5]), now.map((_, index) => targets[index] ?? ''));

  assert.deepEqual(await audit(page, 'plan (light)'), []);
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  assert.deepEqual(await audit(page, 'plan (dark)'), []);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: null });

  // The download: an RTF file that holds the plan, in order, with the articles.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    widget.getByRole('button', { name: 'Download actieplan' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'actieplan-bouwstenen-scan-2026-04-02.rtf');
  const rtf = await readFile(await download.path(), 'latin1');
  assert.ok(rtf.startsWith('{\\rtf1\\ansi'), rtf.slice(0, 40));
  const text = rtfText(rtf);
  const positions = expectedPlan.map((heading) => text.indexOf(`${heading}\n`));
  assert.ok(positions.every((at) => at > 0), `${expectedPlan} in ${text}`);
  assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'in the plan order');
  assert.ok(text.includes('Actieplan datagedreven werken') && text.includes('2 april 2026'));
  assert.ok(text.includes('Wat gaan wij doen? Wie doet het? Wanneer is het klaar?'));
  assert.ok(text.includes('HYPERLINK "https://'));

  // Printed with the report: the plan, no selects, no history; at most three A4 pages.
  await page.emulateMedia({ media: 'print' });
  const printed = await widget.evaluate((host) => {
    const root = host.shadowRoot;
    const shown = (el) => el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
    return {
      plan: [...root.querySelectorAll('.plan-items h4')].filter(shown).length,
      selects: [...root.querySelectorAll('select')].filter(shown).length,
      history: shown(root.querySelector('.history')),
    };
  });
  assert.deepEqual(printed, { plan: expectedPlan.length, selects: 0, history: false });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 3, `${pages} pages`);
  await page.emulateMedia({ media: 'screen' });

  // The share link carries the ambitions: a colleague sees them and the same plan, and their
  // own history stays empty.
  const link = await widget.locator('#share-link').inputValue();
  const colleague = await openPage(env.browser, link);
  const theirs = scanOn(colleague.page);
  // The heading is there while the results' part is still on its way: wait for the results.
  await new ScanPage(colleague.page, theirs).waitForResults('Gedeelde uitslag');
  assert.deepEqual((await tableRows(theirs)).map((row) => row[3]), now.map((_, index) => targets[index] ?? ''));
  assert.deepEqual(await theirs.locator('.plan-items h4').allTextContents(), expectedPlan);
  assert.equal(await theirs.locator('select').count(), 0, 'not theirs to change');
  assert.equal(await theirs.locator('.history').count(), 0);
  await theirs.getByRole('button', { name: 'Doe de scan zelf' }).click();
  await startButton(theirs).waitFor();
  await settle(colleague.page);
  assert.equal(await colleague.page.evaluate((key) => localStorage.getItem(key), HISTORY_KEY), null);
  await colleague.context.close();

  // An earlier result opens, and leads back.
  await widget.getByRole('button', { name: 'Bekijk uitslag van 3 maart 2026' }).click();
  await widget.getByRole('heading', { name: 'Uw uitslag van 3 maart 2026' }).waitFor();
  assert.match(await widget.locator('.in-words').textContent(), /^Uw organisatie zit in de fase/);
  assert.deepEqual((await tableRows(widget)).map((row) => row.slice(0, 3)), then);
  await widget.getByRole('button', { name: 'Terug naar mijn uitslag' }).click();
  await new ScanPage(page, widget).waitForResults();
  // Back where the visitor was: the list they opened it from, not the top of the results.
  await page.waitForFunction(() => document.querySelector('[data-bouwstenen]').shadowRoot.activeElement?.textContent === 'Eerdere uitslagen');
  // The ambition selects offer no stage below where a block is now.
  const offered = await widget.getByLabel('Ambitie voor Werf data-expertise', { exact: true }).locator('option').allTextContents();
  assert.equal(offered[0], 'Geen ambitie gekozen');
  assert.ok(offered[1].endsWith(' (nu)'), `the stage it is in now comes first: ${offered}`);

  // One removed: gone from the list and from storage, so also after a reload.
  await widget.getByRole('button', { name: 'Verwijder uitslag van 3 maart 2026' }).click();
  await widget.locator('.history-list li').nth(1).waitFor({ state: 'detached' });
  assert.equal(await widget.locator('svg.radar-wide .previous').count(), 0, 'no then left');
  await page.reload();
  await new ScanPage(page, widget).waitForResults();
  assert.deepEqual(await widget.locator('.history-list li .history-date').allTextContents(), ['2 april 2026']);

  // Clear my history: asks first; then then is gone, here and after a reload.
  await widget.getByRole('button', { name: 'Wis mijn geschiedenis' }).click();
  await widget.getByRole('button', { name: 'Ja, wis de geschiedenis' }).click();
  // Nothing is kept, not even the choice: the visitor is asked again.
  await widget.getByRole('button', { name: 'Bewaar deze uitslag op dit apparaat om later te vergelijken' }).waitFor();
  assert.equal(await widget.locator('svg.radar-wide .previous').count(), 0);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), HISTORY_KEY), null);
  await page.reload();
  await new ScanPage(page, widget).waitForResults();
  assert.equal(await widget.locator('.history-list').count(), 0);
  assert.equal(await widget.locator('.plan-items li').count(), expectedPlan.length, 'the ambitions stay');

  // A colleague's link pasted into the address bar of the open page does not enter it either.
  const pasted = (await colleagueResult(env, { pick: () => 1 })).hash;
  await page.evaluate((hash) => { location.hash = hash; }, pasted);
  await widget.getByRole('heading', { name: 'Gedeelde uitslag' }).waitFor();
  await settle(page);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), HISTORY_KEY), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('in English, the plan and then and now speak English; garbage history drops only its bad lines', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/a11y-en.html`, { clock: new Date('2026-03-03T10:00:00') });
  const widget = scanOn(page);
  // A stored history with garbage around one good line (an old share link from this scan).
  await startButton(widget, 'en').waitFor();
  const good = '1|2026-02-01|AwABAQsAAAD0'; // format 3: statement 11 at level 0
  await page.evaluate(([key, lines]) => localStorage.setItem(key, lines), [HISTORY_KEY, `kapot\n${good}\n1|2026-13-01|AAAA\n\u0000`]);
  await page.reload();
  await new ScanPage(page, widget, 'en').complete(() => 3);
  assert.deepEqual(await widget.locator('.history-list li .history-date').allTextContents(), ['3 March 2026', '1 February 2026']);
  assert.deepEqual(await widget.locator('.legend li').allTextContents(), ['Your results', 'Previous, 1 February 2026']);
  await widget.getByLabel('Target for Create a data architecture', { exact: true }).selectOption({ label: 'Data-driven' });
  await widget.getByRole('heading', { name: 'Your action plan' }).waitFor();
  assert.deepEqual(await widget.locator('.plan-items h4').allTextContents(), ['3. Create a data architecture']);
  assert.match(await widget.locator('.plan-status').textContent(), /^Now: Advanced \(75%\) · Target: Data-driven$/);
  assert.equal(await widget.getByRole('button', { name: 'Download action plan' }).count(), 1);
  assert.deepEqual(await audit(page, 'plan in English'), []);
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * The paragraphs of the results screen a visitor reads, as text: the article links, the
 * printed-only addresses and the lines that point to where a block's advice stands left out (a
 * link or a pointer may stand wherever its block is named).
 */
function readParagraphs(widget) {
  return widget.locator('.results p:not(.article-link):not(.print-only):not(.advice-elsewhere)').evaluateAll((nodes) =>
    nodes
      .filter((node) => node.getClientRects().length > 0)
      .map((node) => node.textContent.trim())
      .filter((text) => text.length > 30),
  );
}

/** The texts in `texts` that stand more than once. */
const repeated = (texts) => [...new Set(texts.filter((text, i) => texts.indexOf(text) !== i))];

test('each block\'s advice stands once on the results screen, without ambitions and with; the plan has no general stage lines', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`);
  const widget = scanOn(page);
  // Blocks 2 and 5 lowest: "Begin hier" names them.
  await new ScanPage(page, widget).complete((step, i) => ([1, 4].includes(step) ? 1 : (step + i) % 4 + 1));
  assert.deepEqual(await widget.locator('.start-here li strong').allTextContents(), ['2. Werf data-expertise', '5. Bied ruimte voor experimenten']);
  assert.deepEqual(repeated(await readParagraphs(widget)), [], 'without ambitions');
  // A start-here block's card says where its advice stands.
  assert.match(await widget.locator('.card').nth(1).textContent(), /Het advies .*Begin hier/);

  // An ambition for a start-here block and for another: the plan holds the other's advice.
  const titles = (await tableRows(widget)).map(([title]) => title.replace(/^\d\. /, ''));
  await widget.getByLabel(`Ambitie voor ${titles[1]}`, { exact: true }).selectOption({ label: 'Datagedreven' });
  await widget.getByLabel(`Ambitie voor ${titles[0]}`, { exact: true }).selectOption({ label: 'Datagedreven' });
  await widget.locator('.plan-items li').nth(1).waitFor();
  const paragraphs = await readParagraphs(widget);
  assert.deepEqual(repeated(paragraphs), [], 'with ambitions');
  // The pointers say where the advice is, and it is there.
  const pointers = await widget.locator('.results .advice-elsewhere').allTextContents();
  assert.ok(pointers.length >= 3 && pointers.every((text) => /^Het advies voor deze bouwsteen staat hierboven, (bij Begin hier|in het actieplan)\.$/.test(text)), `${pointers}`);
  assert.equal(paragraphs.filter((text) => /^Volgende fase/.test(text)).length, 0, 'no stage summary dressed as the block\'s next stage');
  assert.match(await widget.locator('.card').nth(0).textContent(), /Het advies .*actieplan/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a returning visitor whose answers have expired sees their kept results from the start screen', async () => {
  const { context, page, errors } = await openPage(env.browser, `${env.servers.pages.url}/plain.html`, { clock: new Date('2026-03-03T10:00:00') });
  const scan = new ScanPage(page);
  await scan.complete();
  await scan.keep();
  const [overall] = await scan.historyScores();
  // 40 days later the answers (30 days) have expired; the kept result (12 months) has not.
  await context.clock.setFixedTime(new Date('2026-04-12T10:00:00'));
  await page.goto(`${env.servers.pages.url}/plain.html`);
  await startButton(scan.widget).waitFor();
  await scan.widget.getByText('U heeft eerder uitslagen bewaard in deze browser.').waitFor();
  await scan.widget.getByRole('button', { name: 'Bekijk uw bewaarde uitslagen' }).click();
  await scan.waitForResults('Uw uitslag van 3 maart 2026');
  assert.deepEqual(await scan.historyScores(), [overall]);
  assert.equal(await scan.widget.getByRole('button', { name: /^Verwijder/ }).count(), 0, 'the list to open them; removing is on the own results');
  await scan.widget.getByRole('button', { name: 'Terug naar het begin' }).click();
  await startButton(scan.widget).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
