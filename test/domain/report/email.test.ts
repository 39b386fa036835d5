/** The report email: HTML escaped, plain text alike, and a privacy scan of everything that would leave the sheet. */
import { computeMonthlyReport } from '../../../src/domain/report/compute';
import { composeReportEmail } from '../../../src/domain/report/email';
import { FIGURE_DEFS } from '../../../src/domain/report/definitions';
import type { MonthlyReport } from '../../../src/domain/report/types';
import { escapeHtml } from '../../../src/domain/html';
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

/** Every number shown as a value: HTML value cells and «label: value» lines of the text. */
function shownValues(email: { text: string; html: string }): string[] {
  const html = [...email.html.matchAll(/<td class="num"[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]!.replace(/&lt;/g, '<'));
  const text = email.text.split('\n').map((l) => /^\s*[^:]+: (.+)$/.exec(l)?.[1]).filter((v): v is string => v !== undefined);
  return [...html, ...text];
}

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

  test(`no count from 1 to ${threshold - 1}; small counts read «<${threshold}»`, () => {
    const values = shownValues(email);
    expect(values.length).toBeGreaterThan(40);
    for (const v of values) {
      const n = /^\d+$/.test(v) ? Number(v) : null;
      expect([v, n !== null && n > 0 && n < threshold]).toEqual([v, false]);
    }
    expect(values).toContain(`<${threshold}`);
  });

  test('shares over too few are not shown', () => {
    // March: 1 of 2 active matches followed up; both months have fewer than 3 ended matches.
    expect(email.text).toContain('Andel som nådde 9 måneder: – (for få)');
    expect(email.text).not.toMatch(/\d+ %/);
  });

  test('the free text is there, HTML-escaped in the HTML part', () => {
    expect(email.text).toContain('En deltaker har fått jobb <b>&</b> trives.');
    expect(email.html).toContain('En deltaker har fått jobb &lt;b&gt;&amp;&lt;/b&gt; trives.');
    expect(email.html).not.toContain('<b>');
  });
});

describe('a share or a split does not give away a hidden count', () => {
  const t = 3;
  const base = computeMonthlyReport(scenario('2026-03'));
  const emailWith = (figures: Partial<MonthlyReport['figures']>) =>
    composeReportEmail({ ...base, figures: { ...base.figures, ...figures } }, freeText, { associationName: '', threshold: t }).text;
  const share = (num: number, den: number) => ({ kind: 'share' as const, num, den });
  const count = (n: number) => ({ kind: 'count' as const, n });

  test.each([
    // reached nine, ended, shown
    [1, 3, '– (for få)'], // «3 ended» and «33 %» reveal 1
    [2, 3, '– (for få)'], // 67 % of 3 reveals the 1 that did not
    [0, 3, '0 %'],
    [3, 3, '100 %'],
    [1, 10, '– (for få)'],
    [8, 10, '– (for få)'], // 2 did not
    [7, 10, '70 %'],
    [0, 0, '–'],
  ])('%i of %i reached nine months → «%s»', (num, den, shown) => {
    expect(emailWith({ 'matches.ended': count(den), 'matches.reachedNineMonths': share(num, den) })).toContain(`Andel som nådde 9 måneder: ${shown}\n`);
  });

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

  test('every share shown as a percentage has a part and a rest of 0 or at least the threshold (the scenarios)', () => {
    for (const month of ['2026-03', '2026-05']) {
      const report = computeMonthlyReport(scenario(month));
      const text = composeReportEmail(report, freeText, { associationName: '', threshold: t }).text;
      for (const [key, v] of Object.entries(report.figures)) {
        if (v.kind !== 'share' || !text.includes(`${FIGURE_DEFS[key as keyof typeof FIGURE_DEFS].label}: ${Math.round((v.num / Math.max(v.den, 1)) * 100)} %`)) continue;
        for (const n of [v.num, v.den - v.num]) expect([key, n > 0 && n < t]).toEqual([key, false]);
      }
    }
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
