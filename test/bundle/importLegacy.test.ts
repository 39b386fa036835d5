/**
 * «Importer gammel logg» end to end: real .xlsx files in the shapes leaders keep, loaded the way Google's
 * conversion presents them, imported through the built dist/Code.js in a bare vm context.
 */
import { cellDateToIso } from '../../src/sheets/cellDates';
import { bundleHarness, holdLeaseElsewhere, type BundleHarness } from '../support/harness';
import { buildXlsx, contactLogSheet, matchesTwoTablesSheet, nameLeaks, PARTICIPANT_NAMES, PARTICIPANT_PHONES, participantListSheet, VOLUNTEER_NAMES, volunteerListSheet } from '../support/legacyLogs';
import { SAMPLE_NOW } from '../support/sampleAssociation';
import { loadXlsx } from '../support/xlsxLoader';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let h: BundleHarness;
/** A dialog call, its result passed through JSON as google.script.run would. */
const call = (fn: string, ...args: unknown[]): Json => JSON.parse(JSON.stringify(h.call(fn, args)));
const rows = (sheet: string) => {
  const grid = h.emu.sheetValues(sheet);
  const header = grid[0]!.map(String);
  return grid.slice(1).map((r) => Object.fromEntries(header.map((k, i) => [k, r[i] instanceof Date ? cellDateToIso(r[i] as Date, 'Europe/Oslo') : r[i]])));
};
const everything = (except: string[] = []) => JSON.stringify(h.emu.sheetNames().filter((n) => !except.includes(n)).map((n) => [n, h.emu.sheetValues(n), h.emu.sheetFormulas(n)]));

beforeEach(async () => {
  h = bundleHarness({ now: SAMPLE_NOW });
  h.call('menuSetupSheets');
  await loadXlsx(h.emu, await buildXlsx(volunteerListSheet, matchesTwoTablesSheet, contactLogSheet));
});

describe('preview', () => {
  test('opens with the importable tabs and the first one detected, mapped and previewed; reads only', () => {
    const writesBefore = h.emu.writes.length;
    const p = call('importPreview', {});
    expect(p.sheets).toEqual(['Frivillige (gammel)', 'Kopi av Koblinger', 'Kontaktlogg 2025']);
    expect(p.sheetName).toBe('Frivillige (gammel)');
    expect(p.blocks).toHaveLength(1);
    expect(p.blocks[0].kind).toBe('volunteers');
    const col = (key: string) => p.blocks[0].fields.find((f: Json) => f.key === key).column;
    expect([col('name'), col('phone'), col('email'), col('birthYear'), col('courseDate'), col('policeCertificateDate'), col('nksDeclarationDate'), col('status'), col('note')]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(p.counts).toEqual({ dataRows: 6, imported: 5, setAside: 1, alreadyImported: 0, skipped: 0, blank: 0, titleRows: 1, heldNotes: 0, flagged: 2, unmappedKept: 0, unusable: 0, heldNoNames: 0 });
    expect(p.rows[0]).toEqual({ row: 2, block: 0, outcome: 'importeres', reason: '', values: [['Frivillig', 'F-001'], ['Telefon', '400 00 001'], ['E-post', 'kari.nordmann@example.org'], ['Fødselsår', '1975'], ['Kurs fullført', '10.09.2024'], ['Politiattest vist', '20.09.2024'], ['Status', 'I kobling']] });
    expect(h.emu.writes.slice(writesBefore)).toEqual([]);
  });

  test('the contact log: header found under the merged title rows; changing kind and mapping re-plans', () => {
    const p = call('importPreview', { sheetName: 'Kontaktlogg 2025' });
    expect(p.blocks.map((b: Json) => [b.headerRow, b.lastRow, b.kind, b.title])).toEqual([[4, 15, 'contacts', 'Kontaktlogg Ressursvenn 2025 Eksempelby sanitetsforening – ikke del!']]);
    expect(p.counts).toMatchObject({ dataRows: 10, imported: 7, setAside: 3, blank: 1, heldNotes: 1 });
    // Unmapping the participant column: the rows now link by volunteer only.
    const q = call('importPreview', { sheetName: 'Kontaktlogg 2025', blocks: [{ mapping: { participant: null } }] });
    expect(q.blocks[0].fields.find((f: Json) => f.key === 'participant').column).toBeNull();
    expect(q.rows[0].values[0]).toEqual(['Frivillig', 'F-001']);
    const r = call('importPreview', { sheetName: 'Kontaktlogg 2025', blocks: [{ kind: 'volunteers' }] });
    expect(r.blocks[0].kind).toBe('volunteers');
    expect(r.blocks[0].fields.map((f: Json) => f.key)).toContain('phone');
  });

  test('the leader chooses the header row («Overskriftsrad»): the table is read from there', () => {
    const p = call('importPreview', { sheetName: 'Frivillige (gammel)', blocks: [{ headerRow: 2 }] });
    expect(p.blocks.map((b: Json) => [b.headerRow, b.lastRow, b.title])).toEqual([[2, 7, 'Navn Tlf. E-post Født/alder Kurs Politiattest Taushetserkl. Status Merknad']]);
    expect(p.counts).toMatchObject({ dataRows: 5, titleRows: 2 });
    expect(() => h.call('importPreview', [{ sheetName: 'Frivillige (gammel)', blocks: [{ headerRow: 0 }] }])).toThrow(/Ugyldig forespørsel: blocks\.0\.headerRow: Ugyldig rad\./);
  });

  test('a bad request is refused with a Norwegian message naming the field', () => {
    expect(() => h.call('importPreview', [{ sheetName: 'Kontaktlogg 2025', blocks: [{ kind: 'kaffe' }] }])).toThrow(/Ugyldig forespørsel: blocks\.0\.kind/);
    expect(() => h.call('importPreview', [{ sheetName: 'Frivillige' }])).toThrow('«Frivillige» er et av tilleggets egne ark og kan ikke importeres.');
  });
});

describe('import', () => {
  function importAll(): Json[] {
    return ['Frivillige (gammel)', 'Kopi av Koblinger', 'Kontaktlogg 2025'].map((sheetName) => call('importRun', { sheetName }));
  }

  test('volunteer list, two-table match list, contact log: counts, values, pseudonyms, Importavvik', () => {
    const [vol, mat, con] = importAll();
    expect(vol.counts).toEqual({ dataRows: 6, imported: 5, setAside: 1, alreadyImported: 0, skipped: 0, blank: 0, titleRows: 1, heldNotes: 0, flagged: 2, unmappedKept: 0, unusable: 0, heldNoNames: 0 });
    expect(vol.summary).toBe('Leste 6 rader fra «Frivillige (gammel)»: 5 importert, 1 satt til side. Nye poster: frivillige 5, deltakere 0, koblinger 0, kontakter 0. Importert med merknad (kontroller dem): 2. Se arket «Importavvik».');
    expect(mat.counts).toEqual({ dataRows: 5, imported: 5, setAside: 0, alreadyImported: 0, skipped: 0, blank: 1, titleRows: 4, heldNotes: 0, flagged: 3, unmappedKept: 0, unusable: 0, heldNoNames: 0 });
    expect(con.counts).toEqual({ dataRows: 10, imported: 7, setAside: 3, alreadyImported: 0, skipped: 0, blank: 1, titleRows: 3, heldNotes: 1, flagged: 5, unmappedKept: 0, unusable: 0, heldNoNames: 0 });
    for (const r of [vol, mat, con]) expect(r.counts.dataRows).toBe(r.counts.imported + r.counts.setAside + r.counts.alreadyImported + r.counts.skipped);
    expect(con.summary).toBe('Leste 10 rader fra «Kontaktlogg 2025»: 7 importert, 3 satt til side. Tomme rader hoppet over: 1. Nye poster: frivillige 0, deltakere 1, koblinger 1, kontakter 7. Koblinger utledet av kontaktloggen (kontroller dem): K-006 (avsluttet). Merknader holdt tilbake for gjennomgang: 1. Importert med merknad (kontroller dem): 5. Se arket «Importavvik».');
    expect(con.reminder).toMatch(/^Fanen «Kontaktlogg 2025» er ikke endret og inneholder fortsatt navn\./);

    // Volunteers: pseudonyms with initials; ages became birth years; «x»/«✓» where a date belongs went to the note.
    // Tone Berg's bad e-mail costs only the e-mail; Liv Aas «sluttet» without a date is Sluttet, the date flagged.
    expect(rows('Frivillige').map((v) => [v.ID, v['Alias/initialer'], v.Fødselsår, v['Kurs fullført'], v.Status, v.Merknad])).toEqual([
      ['F-001', 'KN', 1975, '2024-09-10', 'I kobling', 'Taushetserklæring N.K.S.: x (uten dato)'],
      ['F-002', 'BH', 1975, '2024-09-10', 'I kobling', 'Snakker arabisk Politiattest vist: ✓ (uten dato)'],
      ['F-003', 'SD', 1990, '2024-09-10', 'Godkjent', ''],
      ['F-004', 'TB', '', '', 'Påmeldt', ''],
      ['F-005', 'LA', 1962, '', 'Sluttet', 'Flyttet til Bergen'],
    ]);
    expect(rows('Kontaktinfo').map((c) => [c['Frivillig-ID'], c.Navn, c.Telefon, c['E-post']])).toEqual([
      ['F-001', 'Kari Nordmann', '400 00 001', 'kari.nordmann@example.org'],
      ['F-002', 'Berit Hansen', '400 00 002', 'berit@example.org'],
      ['F-003', 'Siri Dahl', '400 00 003', ''],
      ['F-004', 'Tone Berg', '400 00 004', ''],
      ['F-005', 'Liv Aas', '', ''],
    ]);
    expect(rows('Deltakere').map((d) => [d.ID, d.Status, d.Merknad])).toEqual([
      ['D-001', 'I kobling', 'Opprettet ved import fra «Kopi av Koblinger».'], ['D-002', 'I kobling', 'Opprettet ved import fra «Kopi av Koblinger».'],
      ['D-003', 'I kobling', 'Opprettet ved import fra «Kopi av Koblinger».'], ['D-004', 'Avsluttet', 'Opprettet ved import fra «Kopi av Koblinger».'],
      ['D-005', 'Avsluttet', 'Opprettet ved import fra «Kopi av Koblinger».'], ['D-006', 'Avsluttet', 'Opprettet ved import fra «Kontaktlogg 2025».'],
    ]);
    // Both tables of the match tab; «12 mnd», «desember 2024», «1.9.24»; her end reason kept in the note.
    expect(rows('Koblinger').map((m) => [m.ID, m['Frivillig-ID'], m['Deltaker-ID'], m.Status, m.Startdato, m['Avtalt lengde (mnd)'], m['Planlagt slutt'], m.Sluttdato, m.Sluttårsak, m.Merknad])).toEqual([
      ['K-001', 'F-001', 'D-001', 'Aktiv', '2025-01-10', 12, '2026-01-10', '', '', ''],
      ['K-002', 'F-002', 'D-002', 'Aktiv', '2025-04-01', 9, '2026-01-01', '', '', ''],
      // «på pause» without dates: kept, the missing start and pause dates flagged (the data check lists it).
      ['K-003', 'F-003', 'D-003', 'Pause', '', 12, '', '', '', ''],
      ['K-004', 'F-005', 'D-004', 'Avsluttet', '2023-03-01', 12, '2024-03-01', '2024-03-01', 'Fullført periode', ''],
      ['K-005', 'F-005', 'D-005', 'Avsluttet', '2024-09-01', 12, '2025-09-01', '2024-12-01', 'Annet', 'Sluttårsak (opprinnelig): hun flyttet'],
      // Only in the 2025 log, and its 12 months are over: ended with the last contact.
      ['K-006', 'F-004', 'D-006', 'Avsluttet', '2025-06-20', 12, '2026-06-20', '2025-06-20', 'Annet', 'Opprettet ved import fra «Kontaktlogg 2025»: startdato er første og sluttdato siste loggførte kontakt; avsluttet fordi 12 måneder er gått. Kontroller.'],
    ]);
    const log = rows('Kontaktlogg');
    expect(log.map((c) => [c.ID, c.Dato, c['Koblings-ID'], c['Frivillig-ID'], c.Kanal, c['Hvordan går det'], c['Møter siden sist'], c.Merknad])).toEqual([
      ['L-00001', '2025-01-15', 'K-001', '', 'Telefon', 'Bra', 3, '[frivillig] og [deltaker] har gått tur'],
      ['L-00002', '2025-02-15', 'K-001', '', 'Møte', 'Svært bra', 4, '[deltaker]s sønn var med'],
      ['L-00003', '2025-03-01', 'K-001', '', 'SMS', 'Greit', 2, ''],
      ['L-00004', '2025-04-15', 'K-002', '', 'Telefon', 'Utfordrende', 1, '[deltaker] trenger mer støtte'],
      ['L-00005', '2025-05-15', 'K-002', '', 'Video', 'Greit', 2, '[deltaker]s lege ringte'],
      ['L-00006', '2025-05-01', '', 'F-003', 'Telefon', '', '', 'Venter fortsatt på kobling'],
      ['L-00007', '2025-06-20', 'K-006', '', 'Møte', 'Svært bra', 3, '[deltaker] og [frivillig] var på biblioteket'],
    ]);

    const shortForm = (role: string, id: string) => `${role} er skrevet med kortform og knyttet til ${id}; kontroller at det er riktig person.`;
    const nameRemoved = 'Navn fjernet fra merknad (Merknad).';
    expect(rows('Importavvik').map((r) => [r['Kilde-ark'], r.Rad, r.Utfall, r.Årsak, r['Opprettet ID']])).toEqual([
      ['Frivillige (gammel)', 5, 'Importert med merknad', 'E-post kunne ikke leses og er ikke importert; se kildefanen.', 'F-004'],
      ['Frivillige (gammel)', 6, 'Importert med merknad', 'Sluttet dato: Status er «Sluttet», men sluttdato mangler. Raden er importert likevel; datasjekken viser den til verdien er fylt inn.', 'F-005'],
      ['Frivillige (gammel)', 7, 'Satt til side', 'Samme person som en rad over (F-001); bare den første importeres.', ''],
      ['Kopi av Koblinger', 3, 'Importert med merknad', shortForm('Frivillig', 'F-001'), 'K-001'],
      ['Kopi av Koblinger', 4, 'Importert med merknad', `${shortForm('Frivillig', 'F-002')} ${shortForm('Deltaker', 'D-002')}`, 'K-002'],
      ['Kopi av Koblinger', 5, 'Importert med merknad', 'Startdato: Status er «Pause», men startdato mangler. Pause fra: Status er «Pause», men «Pause fra» mangler. Raden er importert likevel; datasjekken viser den til verdien er fylt inn.', 'K-003'],
      ['Kontaktlogg 2025', 5, 'Importert med merknad', nameRemoved, 'L-00001'],
      ['Kontaktlogg 2025', 6, 'Importert med merknad', `${nameRemoved} ${shortForm('Frivillig', 'F-001')} ${shortForm('Deltaker', 'D-001')}`, 'L-00002'],
      ['Kontaktlogg 2025', 7, 'Merknad holdt tilbake', `Merknaden ser ut til å inneholde telefonnummer. Personopplysninger skal ikke stå i merknader. Raden er importert uten teksten; fjern personopplysningene og skriv den inn for L-00003 om den trengs. ${nameRemoved} ${shortForm('Frivillig', 'F-001')}`, 'L-00003'],
      ['Kontaktlogg 2025', 8, 'Importert med merknad', nameRemoved, 'L-00004'],
      ['Kontaktlogg 2025', 9, 'Importert med merknad', `${nameRemoved} ${shortForm('Frivillig', 'F-002')} ${shortForm('Deltaker', 'D-002')}`, 'L-00005'],
      ['Kontaktlogg 2025', 11, 'Satt til side', 'Dato: «i fjor» er ikke en dato vi kan lese (skriv f.eks. 15.01.2026).', ''],
      ['Kontaktlogg 2025', 12, 'Importert med merknad', nameRemoved, 'L-00007'],
      ['Kontaktlogg 2025', 14, 'Satt til side', 'Verken frivillig eller deltaker er oppgitt, så kontakten kan ikke knyttes til noen.', ''],
      ['Kontaktlogg 2025', 15, 'Satt til side', 'Ser ut som en sumrad, ikke en registrering.', ''],
    ]);
    // Original values: names, contact details and birth dates masked; free text never quoted, only what it held.
    expect(rows('Importavvik')[0]!['Opprinnelige verdier']).toBe('Navn: [frivillig F-004] · Tlf.: [skjult] · E-post: [skjult] · Status: ny');
    expect(rows('Importavvik')[11]!['Opprinnelige verdier']).toBe('Dato: i fjor · Frivillig: [frivillig F-001] · Deltaker: [deltaker D-001] · Kontaktform: SMS · Hvordan går det?: bra · Møter siden sist: 1 · Kommentar: [tekst skjult]');
    expect(rows('Importavvik')[8]!['Opprinnelige verdier']).toBe('Merknad: [telefonnummer skjult]');
    expect(h.emu.sheetInfo('Importlogg').hidden).toBe(true);
    expect(h.emu.writesWithoutLock()).toEqual([]);

    // No participant name anywhere but in the source tabs; and after deleting them, nowhere at all.
    const sources = ['Frivillige (gammel)', 'Kopi av Koblinger', 'Kontaktlogg 2025'];
    const rest = everything(sources);
    // Every form: full, first name alone, lower case, possessive.
    expect(nameLeaks(rest, PARTICIPANT_NAMES)).toEqual([]);
    // Volunteer names only in Kontaktinfo.
    expect(nameLeaks(everything([...sources, 'Kontaktinfo']), VOLUNTEER_NAMES)).toEqual([]);
    for (const s of sources) expect(call('importDeleteSource', s)).toEqual({ deleted: true, message: expect.stringContaining(`Fanen «${s}» er slettet.`) });
    expect(nameLeaks(everything(), PARTICIPANT_NAMES)).toEqual([]);
  });

  test('importing the same tab again imports nothing twice and adds nothing to Importavvik', () => {
    importAll();
    const before = everything();
    const again = ['Frivillige (gammel)', 'Kopi av Koblinger', 'Kontaktlogg 2025'].map((sheetName) => call('importRun', { sheetName }));
    expect(again.map((r) => [r.counts.imported, r.counts.alreadyImported, r.counts.setAside])).toEqual([[0, 5, 1], [0, 5, 0], [0, 7, 3]]);
    expect(everything()).toBe(before);
  });

  test('volunteers the contact log created as placeholders are filled in from the list imported after it; later corrections are typed in by hand', () => {
    const log = call('importRun', { sheetName: 'Kontaktlogg 2025' });
    expect(log.created.volunteers).toBe(4);
    expect(rows('Frivillige').map((v) => [v.ID, v.Status])).toEqual([['F-001', 'Godkjent'], ['F-002', 'Godkjent'], ['F-003', 'Godkjent'], ['F-004', 'Godkjent']]);
    h.emu.calls.reset();
    const r = call('importRun', { sheetName: 'Frivillige (gammel)' });
    expect(r.counts).toMatchObject({ imported: 5, alreadyImported: 0, setAside: 1 });
    expect(r.summary).toContain('Frivillige fylt ut (opprettet uten opplysninger ved en tidligere import): F-001, F-002, F-003, F-004.');
    expect(r.created.volunteers).toBe(1);
    const tone = rows('Frivillige').find((v) => v.ID === 'F-004')!;
    // Her status from the row («ny»: her only match, inferred from the 2025 log, has ended); the placeholder note is gone.
    expect([tone.Status, tone.Merknad, tone['Alias/initialer']]).toEqual(['Påmeldt', '', 'TB']);
    expect(rows('Kontaktinfo').find((c) => c['Frivillig-ID'] === 'F-004')).toMatchObject({ Navn: 'Tone Berg', Telefon: '400 00 004', 'E-post': '' });
    expect(rows('Frivillige')).toHaveLength(5);
    expect(h.emu.calls.snapshot()['Range.setValues']).toBeLessThanOrEqual(6);
    // Her e-mail corrected in the tab: she is no placeholder now, so the row is set aside and says what to do.
    h.emu.typeByHand('Frivillige (gammel)', 5, 3, [['tone@example.org']]);
    const again = call('importRun', { sheetName: 'Frivillige (gammel)' });
    expect(again.counts).toMatchObject({ imported: 0, alreadyImported: 4, setAside: 2 });
    expect(rows('Importavvik').at(-1)!.Årsak).toBe('Finnes allerede som F-004, så raden er ikke importert på nytt. Endringer må skrives inn for F-004 for hånd (sidepanelet eller arket Frivillige).');
  });

  test('the source tab is never changed', () => {
    const before = JSON.stringify(['Frivillige (gammel)', 'Kopi av Koblinger', 'Kontaktlogg 2025'].map((n) => h.emu.sheetValues(n)));
    importAll();
    expect(JSON.stringify(['Frivillige (gammel)', 'Kopi av Koblinger', 'Kontaktlogg 2025'].map((n) => h.emu.sheetValues(n)))).toBe(before);
    expect(h.emu.writes.filter((w) => ['Frivillige (gammel)', 'Kopi av Koblinger', 'Kontaktlogg 2025'].includes(w.sheet))).toEqual([]);
  });

  test('a tab not yet imported, and the add-on\'s own sheets, are not deleted', () => {
    expect(() => h.call('importDeleteSource', ['Kopi av Koblinger'])).toThrow('«Kopi av Koblinger» er ikke importert ennå, så den slettes ikke.');
    expect(() => h.call('importDeleteSource', ['Kontaktlogg'])).toThrow('«Kontaktlogg» er et av tilleggets egne ark og slettes ikke.');
    expect(h.emu.sheetNames()).toEqual(expect.arrayContaining(['Koblinger', 'Kopi av Koblinger']));
  });

  test('batch: one read of the source tab, one write per target table, calls equal at 20 and 400 rows', async () => {
    const log = (n: number) => {
      const grid: unknown[][] = [['Dato', 'Frivillig', 'Deltaker', 'Kanal', 'Merknad']];
      for (let i = 0; i < n; i++) grid.push([`${(i % 28) + 1}.${(i % 12) + 1}.2025`, `Frivillig ${String.fromCharCode(65 + (i % 5))}`, `Deltaker ${String.fromCharCode(65 + (i % 5))}`, 'Telefon', 'Gikk tur']);
      return grid;
    };
    const measure = (name: string, n: number) => {
      h.emu.addSheet(name, log(n));
      h.emu.calls.reset();
      const r = call('importRun', { sheetName: name });
      expect(r.counts.imported).toBe(n);
      return h.emu.calls.snapshot();
    };
    // Each in a spreadsheet of its own: the plan reads every importable tab once (names on other tabs are scrubbed too).
    h = bundleHarness({ now: SAMPLE_NOW });
    h.call('menuSetupSheets');
    const small = measure('Logg A', 20);
    h = bundleHarness({ now: SAMPLE_NOW });
    h.call('menuSetupSheets');
    const large = measure('Logg B', 400);
    // The first import also creates Importlogg; compare like with like.
    expect(large).toEqual(small);
    expect(large['Range.setValues']).toBeLessThanOrEqual(7 + 2);
  });

  test('the lock held elsewhere: a clear Norwegian message and nothing written', () => {
    holdLeaseElsewhere(h.emu);
    h.emu.writes.length = 0;
    expect(() => h.call('importRun', [{ sheetName: 'Kopi av Koblinger' }])).toThrow('En annen lagrer i regnearket akkurat nå');
    expect(h.emu.writes.filter((w) => w.method === 'setValues')).toEqual([]);
  });
});

describe('a participant list', () => {
  test('«Navn» under a «Deltakere» tab is the participant: D- IDs, no names or phone numbers stored anywhere', async () => {
    h = bundleHarness({ now: SAMPLE_NOW });
    h.call('menuSetupSheets');
    await loadXlsx(h.emu, await buildXlsx(participantListSheet));
    const p = call('importPreview', { sheetName: 'Kopi av Deltakere' });
    expect(p.blocks.map((b: Json) => b.kind)).toEqual(['participants']);
    expect(p.blocks[0].fields.filter((f: Json) => f.column !== null).map((f: Json) => [f.key, f.column])).toEqual([['participant', 0], ['shelter', 2], ['needs', 4], ['referralDate', 3]]);
    const r = call('importRun', { sheetName: 'Kopi av Deltakere' });
    expect(r.counts).toMatchObject({ dataRows: 4, imported: 4, setAside: 0, heldNotes: 1 });
    expect(rows('Deltakere').map((d) => [d.ID, d.Krisesenter, d['Henvist dato'], d.Behov, d.Status])).toEqual([
      ['D-001', 'Eksempelby krisesenter', '2024-12-01', 'Norsktrening; [deltaker]s barn går i barnehage', 'Henvist'],
      ['D-002', 'Eksempelby krisesenter', '2025-03-15', 'Nettverk', 'Henvist'],
      ['D-003', '', '2025-03-01', '', 'Henvist'],
      ['D-004', 'Nabokommunen krisesenter', '', '', 'Henvist'],
    ]);
    expect(rows('Frivillige')).toEqual([]);
    expect(rows('Kontaktinfo')).toEqual([]);
    // A participant list has no phone field: the column is not silently dropped, it is named on every row it held a number.
    const phoneLeftOut = 'Kolonnen «Telefon» er ikke koblet og ikke importert (personopplysninger); se kildefanen.';
    expect(rows('Importavvik').map((x) => [x.Rad, x.Utfall, x.Årsak, x['Opprinnelige verdier']])).toEqual([
      [2, 'Importert med merknad', `${phoneLeftOut} Navn fjernet fra merknad (Behov).`, 'Navn: [deltaker D-001] · Telefon: [telefonnummer skjult] · Krisesenter: Eksempelby krisesenter · Henvist dato: 01.12.2024 · Behov: [tekst skjult]'],
      [3, 'Importert med merknad', phoneLeftOut, 'Navn: [deltaker D-002] · Telefon: [skjult] · Krisesenter: Eksempelby krisesenter · Henvist dato: 15.03.2025 · Behov: [tekst skjult]'],
      [4, 'Merknad holdt tilbake', expect.stringMatching(/^Merknaden ser ut til å inneholde telefonnummer\./), 'Behov: [telefonnummer skjult]'],
    ]);
    const rest = everything(['Kopi av Deltakere']);
    expect(nameLeaks(rest, PARTICIPANT_NAMES)).toEqual([]);
    const digits = rest.replace(/\D/g, '');
    for (const phone of PARTICIPANT_PHONES) expect([phone, rest.includes(phone) || digits.includes(phone.replace(/\D/g, ''))]).toEqual([phone, false]);
  });
});

test('the menu opens the import as a wide modal dialog', () => {
  h.call('menuImportLegacy');
  expect(h.emu.ui.dialogs).toHaveLength(1);
  expect(h.emu.ui.dialogs[0]).toMatchObject({ title: 'Importer gammel logg', modal: true, width: 1100, height: 720 });
  expect(h.emu.ui.dialogs[0]!.html).toContain('<!DOCTYPE html>');
});
