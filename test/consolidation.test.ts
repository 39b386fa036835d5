/** Definitions that once existed in several places now live in one: a second copy fails here. */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : []; });
}
const sources = files(join(__dirname, '..', 'src')).map((p) => ({ p: p.slice(p.indexOf('src')), text: readFileSync(p, 'utf8') }));
const where = (re: RegExp) => sources.filter((s) => re.test(s.text)).map((s) => s.p).sort();

test.each<[string, RegExp, string[]]>([
  ['escapeHtml', /function escapeHtml\b/, ['src/domain/html.ts']],
  ['Norwegian month names', /'januar', 'februar'/, ['src/domain/report/month.ts']],
  ['match status sets', /new Set\(\[[^\]]*'(?:Aktiv|Pause|Foreslått|Henvist)'/, ['src/domain/matchStatus.ts']],
  ['the approval rule (screening and age)', /function (?:approved(?:On|Date|Since)|isApprovedOn)\b/, ['src/domain/screening.ts']],
  ['a second plannedEnd (start + agreed months) beside matchWindow.plannedEndOf', /agreedMonths !== null \? addMonths/, []],
  ['follow-up due', /function (?:followUpState|followUpDue)\b/, ['src/domain/followUpDue.ts']],
])('%s is defined once', (_name, re, expected) => {
  expect(where(re)).toEqual(expected);
});
