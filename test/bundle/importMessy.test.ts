/**
 * A real leader's messy log (issue 9), three tabs built with exceljs: tables side by side with merged titles, a
 * statistics tab, legend and footer rows, free-text dates and channels, status words, names in notes from other
 * tabs, decomposed Unicode and no-break spaces, ambiguous short names. Imported through the built dist/Code.js
 * in two tab orders: every source row's outcome, the values, the people and matches, and a leak scan of every
 * sheet, cell note, property, log line and mail.
 */
import { cellDateToIso } from '../../src/sheets/cellDates';
import { bundleHarness, type BundleHarness } from '../support/harness';
import { buildXlsx, MESSY_PARTICIPANTS, MESSY_SECRETS, MESSY_VOLUNTEERS, messyContactLogSheet, nameLeaks, sideBySideSheet, statisticsSheet } from '../support/legacyLogs';
import { SAMPLE_NOW } from '../support/sampleAssociation';
import { loadXlsx } from '../support/xlsxLoader';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const TABS = ['Oversikt 2025', 'Oppfølging', 'Statistikk'];

interface Imported { h: BundleHarness; results: Json[] }

async function importInOrder(order: string[]): Promise<Imported> {
  const h = bundleHarness({ now: SAMPLE_NOW });
  h.call('menuSetupSheets');
  const loaded = await loadXlsx(h.emu, await buildXlsx(sideBySideSheet, messyContactLogSheet, statisticsSheet));
  expect(loaded).toEqual(TABS);
  const results = order.map((sheetName) => JSON.parse(JSON.stringify(h.call('importRun', [{ sheetName }]))));
  return { h, results };
}

const rows = (h: BundleHarness, sheet: string) => {
  const grid = h.emu.sheetValues(sheet);
  const header = grid[0]!.map(String);
  return grid.slice(1).map((r) => Object.fromEntries(header.map((k, i) => [k, r[i] instanceof Date ? cellDateToIso(r[i] as Date, 'Europe/Oslo') : r[i]])));
};

/**
 * Every source row's outcomes (two where tables stand side by side): Importavvik's word for it, else «importert»
 * for each row Importlogg has as imported.
 */
function outcomes(h: BundleHarness): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (key: string, o: string) => (out[key] ??= []).push(o);
  const imported = new Map<string, number>();
  for (const l of rows(h, 'Importlogg')) if (l.Rad !== '' && l.Utfall === 'importert') imported.set(`${l['Kilde-ark']}!${l.Rad}`, (imported.get(`${l['Kilde-ark']}!${l.Rad}`) ?? 0) + 1);
  for (const d of rows(h, 'Importavvik')) {
    const key = `${d['Kilde-ark']}!${d.Rad}`;
    const o = String(d.Utfall).toLowerCase();
    add(key, o);
    if (o === 'importert med merknad' || o === 'merknad holdt tilbake') imported.set(key, imported.get(key)! - 1);
  }
  for (const [key, n] of imported) for (let i = 0; i < n; i++) add(key, 'importert');
  for (const key of Object.keys(out)) out[key]!.sort();
  return out;
}

/** Everything the add-on keeps: every sheet but the named ones (values, formulas, cell notes), properties, logs, mail. */
function everything(h: BundleHarness, except: string[]): string {
  const sheets = h.emu.sheetNames().filter((n) => !except.includes(n)).map((n) => {
    const info = h.emu.sheetInfo(n);
    const notes: string[] = [];
    for (let r = 1; r <= info.lastRow; r++) for (let c = 1; c <= info.lastCol; c++) { const note = h.emu.cell(n, r, c)?.note; if (note) notes.push(note); }
    return [n, h.emu.sheetValues(n), h.emu.sheetFormulas(n), notes];
  });
  return JSON.stringify([sheets, h.emu.documentProperties(), h.emu.scriptProperties(), h.emu.userProperties(), h.emu.logs, h.emu.mail.sent]);
}

/** Every source row with content, and what became of it (match table A–D and volunteer table F–J share the rows). */
const EXPECTED: Record<string, string[]> = {
  // Ragnhild/Leila active | Ragnhild: birth date → 1965, the number Sheets made of her phone read back.
  'Oversikt 2025!4': ['importert', 'importert'],
  // Ingrid/Meron active | Ingrid: police certificate «søkt» → empty, flagged; «på vent» → Godkjent.
  'Oversikt 2025!5': ['importert', 'importert med merknad'],
  // Anne Berg/Hawa declined: never active | Anne Berg: «permisjon», a +44 number.
  'Oversikt 2025!6': ['importert', 'importert'],
  // Anne Bakke/Soraya «på pause» with no dates: kept, flagged | «sluttet» with no date: Sluttet, flagged.
  'Oversikt 2025!7': ['importert med merknad', 'importert med merknad'],
  // The legend «✓ = ferdig» is no volunteer | Åse Lie, «ok» for the police certificate kept in the note.
  'Oversikt 2025!8': ['importert', 'satt til side'],
  // The volunteer table's footer «Totalt:».
  'Oversikt 2025!9': ['satt til side'],
  // Contact log: every imported row has something to check (short form, free-text date or channel, a name removed).
  'Oppfølging!3': ['importert med merknad'], 'Oppfølging!4': ['importert med merknad'], 'Oppfølging!5': ['importert med merknad'],
  // «Anne B.» fits Anne Berg and Anne Bakke: not guessed. «NAV» is no volunteer: imported for Leila, flagged.
  'Oppfølging!6': ['satt til side'], 'Oppfølging!7': ['importert med merknad'], 'Oppfølging!8': ['importert med merknad'],
  // The legend and the footer.
  'Oppfølging!10': ['satt til side'], 'Oppfølging!11': ['satt til side'],
  'Statistikk!1': ['ikke en logg'],
};

describe.each([
  ['volunteer and match tab first', ['Oversikt 2025', 'Oppfølging', 'Statistikk']],
  ['statistics and contact log first', ['Statistikk', 'Oppfølging', 'Oversikt 2025']],
])('a messy log, %s', (_label, order) => {
  let run: Imported;
  beforeAll(async () => { run = await importInOrder(order); });

  test('nothing lost: every source row is imported or in Importavvik, and every table read adds up', () => {
    for (const r of run.results) expect(r.counts.dataRows).toBe(r.counts.imported + r.counts.setAside + r.counts.alreadyImported + r.counts.skipped);
    const got = outcomes(run.h);
    expect(got).toEqual(EXPECTED);
    const stats = rows(run.h, 'Importavvik').find((d) => d['Kilde-ark'] === 'Statistikk')!;
    expect(stats.Årsak).toMatch(/Område: A1:C5\.$/);
  });

  test('people are people: the right volunteers and participants, one each however written', () => {
    const names = rows(run.h, 'Kontaktinfo').map((c) => c.Navn).sort();
    expect(names).toEqual(['Anne Bakke', 'Anne Berg', 'Ingrid Sæther', 'Ragnhild Moe', 'Åse Lie']);
    expect(rows(run.h, 'Deltakere')).toHaveLength(4);
    const byName = new Map(rows(run.h, 'Kontaktinfo').map((c) => [c['Frivillig-ID'], c.Navn]));
    const volunteers = new Map(rows(run.h, 'Frivillige').map((v) => [byName.get(v.ID), v]));
    expect(['Ragnhild Moe', 'Ingrid Sæther', 'Anne Berg', 'Anne Bakke', 'Åse Lie'].map((n) => [n, volunteers.get(n)!.Fødselsår, volunteers.get(n)!['Politiattest vist']])).toEqual([
      ['Ragnhild Moe', 1965, '2024-09-01'], ['Ingrid Sæther', 1970, ''], ['Anne Berg', '', ''], ['Anne Bakke', '', ''], ['Åse Lie', 1980, ''],
    ]);
    expect(volunteers.get('Anne Bakke')!.Status).toBe('Sluttet');
    expect(volunteers.get('Ingrid Sæther')!.Merknad).toContain('Politiattest vist (opprinnelig): søkt');
    expect(rows(run.h, 'Kontaktinfo').find((c) => c.Navn === 'Anne Berg')!.Telefon).toBe('+447700900123');
  });

  test('matches: one per pair whichever tab came first; the declined one is never active; contacts on them', () => {
    const byName = new Map(rows(run.h, 'Kontaktinfo').map((c) => [c['Frivillig-ID'], c.Navn]));
    const matches = rows(run.h, 'Koblinger').map((m) => [byName.get(m['Frivillig-ID']), m.Status, m.Startdato]).sort();
    expect(matches).toEqual([['Anne Bakke', 'Pause', ''], ['Anne Berg', 'Avslått', ''], ['Ingrid Sæther', 'Aktiv', '2025-04-01'], ['Ragnhild Moe', 'Aktiv', '2025-01-10']]);
    const matchOf = new Map(rows(run.h, 'Koblinger').map((m) => [m.ID, byName.get(m['Frivillig-ID'])]));
    const contacts = rows(run.h, 'Kontaktlogg').map((c) => [c.Dato, matchOf.get(c['Koblings-ID']) ?? byName.get(c['Frivillig-ID']), c.Kanal, c['Neste oppfølging'], c.Merknad]);
    expect(contacts).toEqual([
      ['2025-02-01', 'Ragnhild Moe', 'Møte', '', '[deltaker] og [frivillig] gikk tur Kanal (opprinnelig): traff henne på biblioteket Neste oppfølging (opprinnelig): etter påske'],
      ['2025-02-15', 'Ingrid Sæther', 'Telefon', '', '[deltaker]s sønn begynner på skolen Neste oppfølging (opprinnelig): uke 40 Kommentar 2: [deltaker] hilste'],
      ['2025-03-01', 'Ingrid Sæther', 'SMS', '2025-03-15', '[deltaker]s venninne var med'],
      ['2025-03-10', 'Ragnhild Moe', 'Møte', '', 'møte om bolig'],
      ['2025-03-12', 'Åse Lie', 'Telefon', '', 'Venter på kobling Neste oppfølging (opprinnelig): september'],
    ]);
  });

  test('nothing leaks: no participant name anywhere, volunteer names and contact details only in Kontaktinfo, also after the source tabs are deleted', () => {
    const { h } = run;
    expect(nameLeaks(everything(h, TABS), MESSY_PARTICIPANTS)).toEqual([]);
    const outside = everything(h, [...TABS, 'Kontaktinfo']);
    expect(nameLeaks(outside, MESSY_VOLUNTEERS)).toEqual([]);
    for (const s of MESSY_SECRETS) expect([s, outside.includes(s)]).toEqual([s, false]);
    for (const s of TABS) h.call('importDeleteSource', [s]);
    expect(h.emu.sheetNames().filter((n) => TABS.includes(n))).toEqual([]);
    expect(nameLeaks(everything(h, []), MESSY_PARTICIPANTS)).toEqual([]);
  });
});
