/** «Lag månedsrapport» and «Send til nasjonal prosjektleder» on the emulated sample association. */
import { generateMonthlyReport, sendMonthlyReport } from '../../src/server/monthlyReport';
import { runMonthlyReport, runSendMonthlyReport } from '../../src/server/reportActions';
import { setupSheets } from '../../src/server/setupSheets';
import { CHART_TITLE } from '../../src/sheets/reportWriter';
import { gasHarness, type GasHarness } from '../support/harness';
import { leaksInEmailText, leaksInRows } from '../support/reportPrivacy';
import { PNG_SIGNATURE, pdfText } from '../emulator/blob';
import { parseCsv } from '../../src/domain/report/attachment';
import { FIGURE_DEFS } from '../../src/domain/report/definitions';
import { SAMPLE_CONTACT_INFO, SAMPLE_CONTACTS, SAMPLE_MATCHES, SAMPLE_NOW, SAMPLE_VOLUNTEERS, typeRows, typeSampleAssociation, typeSettings } from '../support/sampleAssociation';

let h: GasHarness;
beforeEach(() => {
  h = gasHarness({ now: SAMPLE_NOW });
  h.run((p) => setupSheets(p));
  typeSampleAssociation(h.emu, { withBadRows: true });
});
afterEach(() => h.dispose());

const SHEET = 'Rapport 2026-10';
const rowOf = (sheet: string, label: string) => h.emu.sheetValues(sheet).findIndex((r) => r[0] === label);
const valueOf = (sheet: string, label: string) => h.emu.sheetValues(sheet)[rowOf(sheet, label)]?.[1];

describe('Lag månedsrapport', () => {
  test('blank month means the previous one; figures from the dates; chart of the last 12 months', () => {
    const s = h.run((p) => generateMonthlyReport(p, ''));
    expect(s).toMatchObject({ month: '2026-10', sheet: SHEET, activeMatches: 2 });
    // 31.10.2026: K-001 and K-002 active, K-003 paused since 01.10; K-005 and K-006 ended earlier.
    expect(valueOf(SHEET, 'Aktive koblinger ved månedsslutt')).toBe(2);
    expect(valueOf(SHEET, 'På pause ved månedsslutt')).toBe(1);
    expect(h.emu.sheetDisplayValues(SHEET)[rowOf(SHEET, 'Aktive koblinger fulgt opp')]![1]).toMatch(/^\d+ ?%$/);
    const charts = h.emu.sheetCharts(SHEET);
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ type: 'COLUMN', ranges: [{ sheet: SHEET, row: 4, col: 6, numRows: 13, numCols: 2 }], options: { title: CHART_TITLE } });
    expect(h.emu.sheetValues(SHEET).slice(4, 16).map((r) => r[6])).toHaveLength(12);
    expect(h.emu.writesWithoutLock()).toEqual([]);
  });

  test('rows that fail validation are named, never silently dropped', () => {
    h.run((p) => generateMonthlyReport(p, '2026-10'));
    const texts = h.emu.sheetValues(SHEET).map((r) => String(r[0]));
    const volunteersLine = texts.find((t) => t.startsWith('Frivillige: ikke talt'));
    // Header + 12 sample volunteers, then bad rows from row 14 (the duplicate F-004 among them; row 18's note is only a warning).
    expect(volunteersLine).toBe('Frivillige: ikke talt, sjekk rad 14, 15, 16, 17');
    expect(texts.filter((t) => t.includes('ikke talt'))).toHaveLength(1);
  });

  test('the free text is kept when the report is regenerated, even after rows were inserted above it', () => {
    h.run((p) => generateMonthlyReport(p, '2026-10'));
    const r = rowOf(SHEET, 'Gode historier') + 1;
    h.emu.typeByHand(SHEET, r, 4, [['- En deltaker har begynt på norskkurs.\nHun gleder seg.']]);
    h.emu.typeByHand(SHEET, r + 1, 2, [['Få frivillige i Nordfjell']]); // typed in B instead of D
    h.run((p) => p.spreadsheet().getSheetByName(SHEET)!.insertRowsBefore(1, 2));
    const s = h.run((p) => generateMonthlyReport(p, '2026-10'));
    expect(s.keptFreeText).toEqual(['Gode historier', 'Utfordringer']);
    const grid = h.emu.sheetValues(SHEET);
    expect(grid[rowOf(SHEET, 'Gode historier')]![3]).toBe('- En deltaker har begynt på norskkurs.\nHun gleder seg.');
    expect(grid[rowOf(SHEET, 'Utfordringer')]![3]).toBe('Få frivillige i Nordfjell');
    expect(h.emu.sheetFormulas(SHEET).flat().filter((f) => f !== '')).toEqual([]);
    expect(h.emu.sheetCharts(SHEET)).toHaveLength(1);
  });

  test('a month not begun and a month that is not a month are refused in Norwegian', () => {
    expect(() => h.run((p) => generateMonthlyReport(p, '2026-12'))).toThrow('desember 2026 har ikke begynt ennå.');
    expect(() => h.run((p) => generateMonthlyReport(p, '2026-13'))).toThrow('«2026-13» er ikke en måned');
  });

  test('service calls do not grow with rows', () => {
    h.run((p) => generateMonthlyReport(p, '2026-10'));
    h.emu.calls.reset();
    h.run((p) => generateMonthlyReport(p, '2026-10'));
    const small = h.emu.calls.total();
    const pad = (n: number) => String(n).padStart(5, '0');
    typeRows(h.emu, 'Kontaktlogg', Array.from({ length: 500 }, (_, i) => ({ ...SAMPLE_CONTACTS[1]!, ID: `L-${pad(1000 + i)}` })));
    h.emu.calls.reset();
    h.run((p) => generateMonthlyReport(p, '2026-10'));
    expect(h.emu.calls.total()).toBe(small);
    expect(h.emu.calls.get('Range.setValues')).toBe(1);
  });

  test('the menu item asks for the month and reports back', () => {
    h.emu.ui.answerNext({ button: 'OK', text: '10.2026' });
    h.run((p) => runMonthlyReport(p));
    const last = h.emu.ui.alerts[h.emu.ui.alerts.length - 1]!;
    expect(last.prompt).toContain('Rapporten for oktober 2026 står i arket «Rapport 2026-10».');
    expect(last.prompt).toContain('rader har feil og er ikke talt');
  });
});

describe('Send til nasjonal prosjektleder', () => {
  const ids = /\b(?:F|D|K|L|H|KU)-\d{3,}\b/;
  const aliases = SAMPLE_VOLUNTEERS.map((v) => String(v['Alias/initialer']));
  const names = SAMPLE_CONTACT_INFO.flatMap((c) => String(c.Navn).split(' '));
  const notes = [...SAMPLE_MATCHES, ...SAMPLE_CONTACTS].map((r) => r.Merknad).filter((n): n is string => typeof n === 'string' && n !== '');

  test('after confirmation, one email with aggregates only to the address in Innstillinger', () => {
    h.emu.ui.answerNext({ button: 'OK', text: '' }, 'YES');
    h.run((p) => runSendMonthlyReport(p));
    expect(h.emu.mail.sent).toHaveLength(1);
    const mail = h.emu.mail.sent[0]!;
    expect(mail.to).toBe('prosjektleder@example.org');
    expect(mail.subject).toBe('Ressursvenn månedsrapport oktober 2026 – Eksempelby Sanitetsforening');
    const all = `${mail.subject}\n${mail.body}\n${mail.htmlBody}`;
    expect(all).not.toMatch(ids);
    for (const w of [...aliases, ...names]) expect([w, new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(all)]).toEqual([w, false]);
    for (const n of notes) expect([n, all.includes(n)]).toEqual([n, false]);
    expect(leaksInEmailText(mail.body, 3)).toEqual([]);
    expect(mail.body).toContain('<3');
    // Activity is exact: the sample has one inquiry in October, which used to read «<3».
    expect(mail.body).toContain('\nHenvendelser: 1\n');
    expect(h.emu.ui.alerts[h.emu.ui.alerts.length - 1]!.prompt).toContain('er sendt til prosjektleder@example.org');
  });

  test('the email: chart as an inline image, definitions, a CSV that parses to the sheet\'s figures, and a PDF of the sheet', () => {
    h.run((p) => sendMonthlyReport(p, '2026-10'));
    const mail = h.emu.mail.sent[0]!;
    // The chart: the sheet's own chart as a PNG, shown where the HTML says cid:chart.
    expect(mail.htmlBody).toContain('<img src="cid:chart"');
    expect(mail.inlineImages.chart!.bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(mail.inlineImages.chart!.contentType).toBe('image/png');
    expect(mail.body).toContain(`Aktive koblinger ved månedsslutt – ${FIGURE_DEFS['matches.activeAtMonthEnd'].definition}`);
    const [csv, pdf] = mail.attachments;
    expect(csv!.name).toBe('ressursvenn-2026-10-eksempelby-sanitetsforening.csv');
    expect(csv!.contentType).toBe('text/csv');
    const rows = parseCsv(csv!.bytes.toString('utf8'));
    expect(rows.length).toBeGreaterThan(40);
    expect(new Set(rows.map((r) => r.schema))).toEqual(new Set(['ressursvenn-manedsrapport/1']));
    expect(new Set(rows.map((r) => `${r.association}|${r.month}`))).toEqual(new Set(['Eksempelby Sanitetsforening|2026-10']));
    // Every figure reads the same in the attachment as in the sheet.
    const grid = h.emu.sheetValues(SHEET);
    for (const r of rows.filter((x) => x.category === null && x.kind !== 'median')) {
      const cell = grid.find((g) => g[0] === r.label && g[1] !== '')?.[1]; // «Henvendelser» is a section title too
      const expected = r.value === null ? r.shown : r.kind === 'share' ? (r.value as number) / (r.base as number) : r.value;
      expect([r.figure, cell]).toEqual([r.figure, expected]);
    }
    expect(leaksInRows(rows.map((r) => ({ figure: String(r.figure), category: r.category as string | null, value: r.value as number | null })), 3)).toEqual([]);
    expect(pdf!.contentType).toBe('application/pdf');
    expect(pdf!.name).toBe('ressursvenn-2026-10-eksempelby-sanitetsforening.pdf');
    expect(pdf!.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdfLines = pdfText(pdf!.bytes);
    expect(pdfLines[0]).toBe('Månedsrapport oktober 2026 – Eksempelby Sanitetsforening');
    expect(pdfLines).toContain(`Aktive koblinger ved månedsslutt  2  ${FIGURE_DEFS['matches.activeAtMonthEnd'].definition}`);
    const all = [mail.body, mail.htmlBody, csv!.bytes.toString('utf8'), pdfLines.join('\n')].join('\n');
    expect(all).not.toMatch(ids);
    for (const n of notes) expect([n, all.includes(n)]).toEqual([n, false]);
  });

  test('saying no sends nothing', () => {
    h.emu.ui.answerNext({ button: 'OK', text: '' }, 'NO');
    h.run((p) => runSendMonthlyReport(p));
    expect(h.emu.mail.sent).toHaveLength(0);
  });

  test('a name in the free text stops the email, and says where', () => {
    h.run((p) => generateMonthlyReport(p, '2026-10'));
    h.emu.typeByHand(SHEET, rowOf(SHEET, 'Gode historier') + 1, 4, [['Astrid og deltakeren hennes har gått tur hver uke.']]);
    expect(() => h.run((p) => sendMonthlyReport(p, '2026-10'))).toThrow('«Astrid» (navn eller alias) i «Gode historier»');
    expect(h.emu.mail.sent).toHaveLength(0);
  });

  test('without the national project leader\'s address nothing is sent', () => {
    typeSettings(h.emu, { 'Nasjonal prosjektleder (e-post)': '' }, []);
    expect(() => h.run((p) => sendMonthlyReport(p, '2026-10'))).toThrow('Fyll inn «Nasjonal prosjektleder (e-post)» i Innstillinger');
    expect(h.emu.mail.sent).toHaveLength(0);
  });

  test('the small-count threshold is a setting', () => {
    typeSettings(h.emu, { 'Skjul tall under': 5 }, []);
    h.run((p) => sendMonthlyReport(p, '2026-10'));
    const body = h.emu.mail.sent[0]!.body;
    expect(body).toContain('<5');
    expect(leaksInEmailText(body, 5)).toEqual([]);
    // The sheet the PDF is made of shows the same protection.
    expect(h.emu.sheetValues(SHEET).map((r) => r[1])).toContain('<5');
  });
});

test('an old month\'s shelter labels do not change when Kontaktinfo is emptied (no name lookup for labels)', () => {
  const deltakere = h.emu.sheetValues('Deltakere');
  const shelterCol = deltakere[0]!.indexOf('Krisesenter') + 1;
  h.emu.typeByHand('Deltakere', deltakere.findIndex((r) => r[0] === 'D-001') + 1, shelterCol, [['Hos Astrid']]); // a word of F-001's name
  h.run((p) => generateMonthlyReport(p, '2026-10'));
  const before = h.emu.sheetValues(SHEET);
  expect(before.flat()).toContain('· Hos Astrid');
  const info = h.emu.sheetValues('Kontaktinfo');
  h.emu.typeByHand('Kontaktinfo', 2, 1, info.slice(1).map((r) => r.map(() => ''))); // as a purge leaves it
  h.run((p) => generateMonthlyReport(p, '2026-10'));
  expect(h.emu.sheetValues(SHEET)).toEqual(before);
});

describe('a month that has not ended (today is 20.11.2026)', () => {
  const REFUSED = 'Måneden er ikke slutt ennå; send rapporten for 2026-11 etter månedsslutt.';

  test('sending it is refused, nothing is recorded, and the real report goes out after month end', () => {
    expect(() => h.run((p) => sendMonthlyReport(p, '2026-11'))).toThrow(REFUSED);
    expect(h.emu.mail.sent).toHaveLength(0);
    expect(h.run((p) => p.spreadsheet().getSheetByName('Varsellogg')?.getLastRow() ?? 1)).toBeLessThanOrEqual(1);
    h.emu.clock.set(new Date('2026-12-01T08:00:00Z'));
    const s = h.run((p) => sendMonthlyReport(p, '2026-11'));
    expect(s.monthName).toBe('november 2026');
    expect(h.emu.mail.sent).toHaveLength(1);
    expect(h.emu.mail.sent[0]!.subject).not.toContain('hittil');
  });

  test('the menu refuses before asking to confirm', () => {
    h.emu.ui.answerNext({ button: 'OK', text: '2026-11' });
    h.run((p) => runSendMonthlyReport(p));
    expect(h.emu.ui.alerts.at(-1)!.prompt).toContain(REFUSED);
    expect(h.emu.ui.alerts.filter((a) => a.buttons === 'YES_NO')).toEqual([]);
    expect(h.emu.mail.sent).toHaveLength(0);
  });

  test('generating it is allowed: the title says «(hittil, per 20.11.2026)»', () => {
    const s = h.run((p) => generateMonthlyReport(p, '2026-11'));
    expect(s.monthName).toBe('november 2026 (hittil, per 20.11.2026)');
    const grid = h.emu.sheetValues('Rapport 2026-11');
    expect(String(grid[0]![0])).toBe('Månedsrapport november 2026 (hittil, per 20.11.2026) – Eksempelby Sanitetsforening');
    expect(String(grid[1]![0])).toContain('Periode 01.11.2026–20.11.2026.');
  });
});

describe('review fixes', () => {
  const ledgerKeys = () => h.emu.sheetValues('Varsellogg').slice(1).map((r) => String(r[2]));

  test('sent once: recorded as report:ÅÅÅÅ-MM; a second send is refused unless asked for', () => {
    h.run((p) => sendMonthlyReport(p, '2026-10'));
    expect(ledgerKeys()).toEqual(['report:2026-10']);
    expect(() => h.run((p) => sendMonthlyReport(p, '2026-10'))).toThrow('Rapporten for oktober 2026 er allerede sendt 20.11.2026');
    expect(h.emu.mail.sent).toHaveLength(1);
    h.run((p) => sendMonthlyReport(p, '2026-10', { resend: true }));
    expect(h.emu.mail.sent).toHaveLength(2);
  });

  test('the menu asks «allerede sendt dd.mm.åååå – send på nytt?» and sends again only on yes', () => {
    h.run((p) => sendMonthlyReport(p, '2026-10'));
    h.emu.ui.answerNext({ button: 'OK', text: '2026-10' }, 'NO');
    h.run((p) => runSendMonthlyReport(p));
    expect(h.emu.ui.alerts.some((a) => String(a.prompt).includes('Rapporten for oktober 2026 er allerede sendt 20.11.2026 – send på nytt?'))).toBe(true);
    expect(h.emu.mail.sent).toHaveLength(1);
    h.emu.ui.answerNext({ button: 'OK', text: '2026-10' }, 'YES');
    h.run((p) => runSendMonthlyReport(p));
    expect(h.emu.mail.sent).toHaveLength(2);
  });

  test('a transient mail error is retried like the reminders', () => {
    h.emu.mail.failOn(1);
    h.run((p) => sendMonthlyReport(p, '2026-10'));
    expect(h.emu.mail.sent).toHaveLength(1);
    expect(ledgerKeys()).toEqual(['report:2026-10']);
  });

  test('a write that fails midway keeps the free text; leftovers of a longer old report are blanked', () => {
    h.run((p) => generateMonthlyReport(p, '2026-10'));
    const r = rowOf(SHEET, 'Gode historier') + 1;
    h.emu.typeByHand(SHEET, r, 4, [['En god historie.']]);
    const below = h.emu.sheetValues(SHEET).length + 3;
    h.emu.typeByHand(SHEET, below, 1, [['gammel rad']]);
    h.emu.faults.failOn('Range.setValues', 1, 'Service Spreadsheets failed while accessing document');
    expect(() => h.run((p) => generateMonthlyReport(p, '2026-10'))).toThrow('Service Spreadsheets failed');
    expect(h.emu.sheetValues(SHEET)[rowOf(SHEET, 'Gode historier')]![3]).toBe('En god historie.');
    h.run((p) => generateMonthlyReport(p, '2026-10'));
    expect(h.emu.sheetValues(SHEET)[rowOf(SHEET, 'Gode historier')]![3]).toBe('En god historie.');
    expect(h.emu.sheetValues(SHEET).flat()).not.toContain('gammel rad');
    expect(h.emu.sheetCharts(SHEET)).toHaveLength(1);
  });
});
