/** The report email: HTML escaped, plain text alike, and a privacy scan of everything that would leave the sheet. */
import { computeMonthlyReport } from '../../../src/domain/report/compute';
import { composeReportEmail } from '../../../src/domain/report/email';
import { FIGURE_DEFS } from '../../../src/domain/report/definitions';
import type { MonthlyReport } from '../../../src/domain/report/types';
import { escapeHtml } from '../../../src/domain/html';
import { figureText } from '../../../src/domain/report/format';
import { monthName } from '../../../src/domain/report/month';
import { FIGURE_KEYS } from '../../../src/domain/report/types';
import { leaksInEmailText, PROTECTED_SPLIT_LABELS } from '../../support/reportPrivacy';
import { freeTextProblems, nameParts } from '../../../src/domain/report/freeTextCheck';
import { CONTACTS, INQUIRIES, MATCHES, PARTICIPANTS, scenario, VOLUNTEERS } from './scenario';

const freeText = {
  'Gode historier': 'En deltaker har fått jobb <b>&</b> trives.',
  Utfordringer: 'Få frivillige i Nordfjell.',
  'Ønsker og behov': 'Flere kurs til våren.',
};

const ID = /\b(?:F|D|K|L|H|KU)-\d{3,}\b/;
const aliases = (VOLUNTEERS as Array<{ alias: string }>).map((v) => v.alias);
const notes = [...(PARTICIPANTS as Array<{ note: string }>), ...(MATCHES as Array<{ note: string }>), ...(CONTACTS as Array<{ note: string }>), ...(INQUIRIES as Array<{ note: string }>)]
  .map((r) => r.note).filter((n) => n !== '');


describe.each([
  ['2026-03', 3], ['2026-05', 3], ['2026-03', 5],
])('email for %s with threshold %i', (month, threshold) => {
  const report = computeMonthlyReport(scenario(month));
  const email = composeReportEmail(report, freeText, { associationName: 'Eksempelby sanitetsforening', threshold });
  const all = `${email.subject}\n${email.text}\n${email.html}`;

  test('no ID, alias or note text', () => {
    expect(all).not.toMatch(ID);
    for (const a of aliases) expect([a, new RegExp(`(?<![\\p{L}])${a}(?![\\p{L}])`, 'u').test(all)]).toEqual([a, false]);
    for (const n of notes) expect([n, all.includes(n)]).toEqual([n, false]);
  });

  test(`no count of people from 1 to ${threshold - 1}, never exactly one hidden in a list; they read «<${threshold}»`, () => {
    expect(leaksInEmailText(email.text, threshold)).toEqual([]);
    expect(email.text).toMatch(new RegExp(`^ {4}.+: <${threshold}$`, 'm'));
  });

  test('the check fails when a protected count shows (so it can fail)', () => {
    const leaked = email.text.replace(new RegExp(`^( {4}.+: )<${threshold}$`, 'm'), '$11');
    expect(leaksInEmailText(leaked, threshold).length).toBeGreaterThan(0);
  });

  test('activity figures are exact, with their one-line definitions', () => {
    for (const key of FIGURE_KEYS) {
      if (PROTECTED_SPLIT_LABELS.includes(FIGURE_DEFS[key].label)) continue;
      expect(email.text).toContain(`\n${FIGURE_DEFS[key].label}: ${figureText(report.figures[key])}\n`);
      expect(email.text).toContain(`${FIGURE_DEFS[key].label} – ${FIGURE_DEFS[key].definition}`);
      expect(email.html).toContain(escapeHtml(FIGURE_DEFS[key].definition));
    }
    for (const t of report.trend) expect(email.text).toContain(`${monthName(t.month)}: ${t.activeMatches}\n`);
  });

  test('the free text is there, HTML-escaped in the HTML part', () => {
    expect(email.text).toContain('En deltaker har fått jobb <b>&</b> trives.');
    expect(email.html).toContain('En deltaker har fått jobb &lt;b&gt;&amp;&lt;/b&gt; trives.');
    expect(email.html).not.toContain('<b>');
  });
});

describe('a split of ended matches does not give away a hidden count', () => {
  const t = 3;
  const base = computeMonthlyReport(scenario('2026-03'));
  const emailWith = (figures: Partial<MonthlyReport['figures']>) =>
    composeReportEmail({ ...base, figures: { ...base.figures, ...figures } }, freeText, { associationName: '', threshold: t }).text;
  const count = (n: number) => ({ kind: 'count' as const, n });

  test.each([
    // planned, early, shown for both
    [4, 1, '– (for få)'], // «5 ended» and «4 planned» reveal 1 early
    [1, 4, '– (for få)'],
    [3, 3, null],
    [5, 0, null],
    [0, 0, null],
  ])('ended as planned %i, early %i', (planned, early, hidden) => {
    const text = emailWith({ 'matches.ended': count(planned + early), 'matches.endedPlanned': count(planned), 'matches.endedEarly': count(early) });
    expect(text).toContain(`Avsluttet som planlagt: ${hidden ?? planned}\n`);
    expect(text).toContain(`Avsluttet tidlig: ${hidden ?? early}\n`);
  });

  test('shares of activity are exact: 1 of 3 matches reaching nine months reads 33 %', () => {
    expect(emailWith({ 'matches.ended': count(3), 'matches.reachedNineMonths': { kind: 'share', num: 1, den: 3 } })).toContain('Andel som nådde 9 måneder: 33 %\n');
  });
});

test('with threshold 1 nothing is hidden and the exact figures show', () => {
  const email = composeReportEmail(computeMonthlyReport(scenario('2026-03')), freeText, { associationName: '', threshold: 1 });
  expect(email.text).toContain('Aktive koblinger fulgt opp: 50 %');
  expect(email.text).toContain('Henvendelser: 3');
  expect(email.subject).toBe('Ressursvenn månedsrapport mars 2026 – lokalforeningen');
});

test('a month not yet ended says «(hittil, per dd.mm.åååå)» in subject, text and heading', () => {
  const email = composeReportEmail(computeMonthlyReport({ ...scenario('2026-05'), today: '2026-05-20' }), freeText, { associationName: '', threshold: 1 });
  expect(email.subject).toBe('Ressursvenn månedsrapport mai 2026 (hittil, per 20.05.2026) – lokalforeningen');
  expect(email.text).toContain('Månedsrapport for mai 2026 (hittil, per 20.05.2026) (01.05.2026–20.05.2026)');
  expect(email.html).toContain('Månedsrapport mai 2026 (hittil, per 20.05.2026)');
});

test('escapeHtml covers the five characters', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

describe('free-text check before sending', () => {
  const names = nameParts(['Kari Nordmann'], ['AB', 'Sol']);
  test.each([
    ['Samtale med F-012 gikk fint.', ['F-012']],
    ['Kari har hjulpet mye.', ['Kari']],
    ['AB og hennes deltaker dro på tur.', ['AB']],
    ['Sol skinte hele dagen.', ['Sol']],
    ['solen skinte, ABC-kurs og karina', []],
    ['Ring meg på 912 34 567.', ['912 34 567']],
    ['Skriv til kari@example.org', ['kari@example.org']],
    ['Vi fikk 3 nye frivillige og holdt kurs 12.03.2026.', []],
  ])('%s', (text, found) => {
    const problems = freeTextProblems({ 'Gode historier': text, Utfordringer: '', 'Ønsker og behov': '' }, names);
    expect(problems.map((p) => p.found).sort()).toEqual([...found].sort());
  });
});
