// docs/toegankelijkheid.md is a report per success criterion: every criterion of WCAG 2.2 at
// levels A and AA exactly once, each with its level, a result of the three a report may give,
// and, where it cites a test file, a file that exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

// WCAG 2.2 (W3C Recommendation, 5 October 2023), levels A and AA; 4.1.1 is no longer part of it.
const A = ['1.1.1', '1.2.1', '1.2.2', '1.2.3', '1.3.1', '1.3.2', '1.3.3', '1.4.1', '1.4.2', '2.1.1', '2.1.2', '2.1.4', '2.2.1',
  '2.2.2', '2.3.1', '2.4.1', '2.4.2', '2.4.3', '2.4.4', '2.5.1', '2.5.2', '2.5.3', '2.5.4', '3.1.1', '3.2.1', '3.2.2', '3.2.6',
  '3.3.1', '3.3.2', '3.3.7', '4.1.2'];
const AA = ['1.2.4', '1.2.5', '1.3.4', '1.3.5', '1.4.3', '1.4.4', '1.4.5', '1.4.10', '1.4.11', '1.4.12', '1.4.13', '2.4.5',
  '2.4.6', '2.4.7', '2.4.11', '2.5.7', '2.5.8', '3.1.2', '3.2.3', '3.2.4', '3.3.3', '3.3.4', '3.3.8', '4.1.3'];

test('the accessibility report gives every WCAG 2.2 A and AA criterion once, with a result and real tests', () => {
  const report = readFileSync(`${root}/docs/toegankelijkheid.md`, 'utf8');
  const table = report.slice(report.indexOf('<!-- criteria -->'), report.indexOf('<!-- /criteria -->'));
  const rows = [...table.matchAll(/^\| (\d+\.\d+\.\d+) \| ([^|]+) \| (A|AA) \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/gm)];
  const numbers = rows.map(([, number]) => number);
  assert.deepEqual([...numbers].sort(), [...A, ...AA].sort(), 'each criterion once');
  for (const [, number, , level, result, how] of rows) {
    assert.equal(level, A.includes(number) ? 'A' : 'AA', `${number}: its level`);
    assert.ok(['voldoet', 'voldoet niet', 'niet van toepassing'].includes(result.trim()), `${number}: "${result}"`);
    assert.ok(how.trim().length > 10, `${number}: how it is met`);
  }
  for (const [, file] of table.matchAll(/`([\w-]+\.test\.mjs|[\w/]+\.rs)`/g)) {
    const found = [`tests/e2e/${file}`, `src/model/${file}`, `src/${file}`, `tests/${file}`].some((path) => existsSync(`${root}/${path}`));
    assert.ok(found || file.startsWith('src/') && existsSync(`${root}/${file}`), `the cited test ${file} exists`);
  }
});
