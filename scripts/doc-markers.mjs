// Tables the tools write into the docs (scripts/bundle-size.mjs, bench/run.mjs): between
// `<!-- name: … -->` and `<!-- /name -->`, so that a figure in the docs is one a tool measured.
import { readFileSync, writeFileSync } from 'node:fs';

/** Puts `content` between the `name` markers of the Markdown file at `path`. */
export function replaceBetweenMarkers(path, name, content) {
  const text = readFileSync(path, 'utf8');
  const start = new RegExp(`<!-- ${name}: [^>]*-->\\n`);
  const begin = text.search(start);
  const end = text.indexOf(`<!-- /${name} -->`);
  if (begin < 0 || end < begin) throw new Error(`${path} has no <!-- ${name}: … --> … <!-- /${name} --> markers`);
  const opening = text.slice(begin).match(start)[0];
  const written = `${text.slice(0, begin)}${opening}${content}\n${text.slice(end)}`;
  if (written !== text) writeFileSync(path, written);
}
