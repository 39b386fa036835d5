import { findLayout } from '../../../src/domain/legacy/detect';
import { personFingerprint } from '../../../src/domain/legacy/fingerprint';
import { nameKey } from '../../../src/domain/legacy/names';
import { planImport, type ExistingData, type ImportPlan } from '../../../src/domain/legacy/plan';
import type { SourceCell } from '../../../src/domain/legacy/text';

const TODAY = '2026-11-20';

function empty(): ExistingData {
  return { ids: { volunteer: [], participant: [], match: [], contact: [] }, volunteerNames: [], participantPrints: new Map(), matches: [], rowLog: new Map(), placeholders: new Map() };
}

function plan(grid: SourceCell[][], existing = empty(), sheetName = 'Gammel logg'): ImportPlan {
  const layout = findLayout(grid, sheetName);
  return planImport({ sheetName, grid, roles: layout.roles, blocks: layout.blocks, existing, today: TODAY, salt: 'salt', loggedBy: 'leder@example.org', loggedAt: '2026-11-20T09:00', previewLimit: 50 });
}

/** What the spreadsheet holds after `p` was imported on top of `into`, as existingData reads it back. */
function carry(p: ImportPlan, into = empty()): ExistingData {
  const inferred = new Set(into.inferredMatches);
  const e: ExistingData = { ...into, ids: { ...into.ids }, participantPrints: new Map(into.participantPrints), rowLog: new Map(into.rowLog), placeholders: new Map(into.placeholders), inferredMatches: inferred };
  for (const l of p.log) {
    if (l.outcome === 'plassholder') e.placeholders.set(l.ids, { volunteer: p.volunteers.find((v) => v.id === l.ids)!, info: p.contactInfo.find((c) => c.volunteerId === l.ids)! });
    else if (l.outcome === 'utfylt') e.placeholders.delete(l.ids);
    else if (l.outcome === 'utledet') inferred.add(l.ids);
    else if (l.outcome === 'erstattet') inferred.delete(l.ids);
    else if (l.outcome !== 'deltaker') e.rowLog.set(l.fingerprint, l.outcome);
    else { const had = e.participantPrints.get(l.fingerprint); e.participantPrints.set(l.fingerprint, had === undefined || had === l.ids ? l.ids : ''); }
  }
  e.volunteerNames = [...into.volunteerNames, ...p.contactInfo.map((c) => ({ id: c.volunteerId, name: c.name }))];
  e.ids = { volunteer: [...e.ids.volunteer, ...p.volunteers.map((v) => v.id)], participant: [...e.ids.participant, ...p.participants.map((x) => x.id)], match: [...e.ids.match, ...p.matches.map((m) => m.id)], contact: [...e.ids.contact, ...p.contacts.map((c) => c.id)] };
  e.matches = [...into.matches, ...p.matches.map((m) => ({ id: m.id, volunteerId: m.volunteerId, participantId: m.participantId, status: m.status }))];
  return e;
}

const everywhere = (p: ImportPlan) => JSON.stringify([p.volunteers, p.participants, p.matches, p.contacts, p.deviations, p.log]);

describe('contact log', () => {
  const grid: SourceCell[][] = [
    ['Kontaktlogg 2025'],
    [],
    ['Dato', 'Frivillig', 'Deltaker', 'Hvordan', 'Status', 'Kommentar'],
    ['15.01.2025', 'Kari Nordmann', 'Fatima Ali', 'ringte', 'bra', 'Kari og Fatima gikk tur'],
    ['2025-02-15', 'Kari N.', 'fatima', 'kafé', 'veldig bra', ''],
    [45717, 'kari n', 'Fatima Ali', 'SMS', 'ok', 'Ring henne på 412 34 567'],
    ['i fjor', 'Kari N.', 'Fatima Ali', 'SMS', '', ''],
    ['15. mars 2025', 'Berit', '', 'Telefon', '', 'Venter på kobling'],
    ['', '', '', '', '', ''],
    ['16.03.2025', '', '', 'Telefon', '', 'hvem?'],
    ['Sum', '', '', '', '', ''],
  ];
  const p = plan(grid);

  test('counts: rows read = imported + set aside, blanks apart', () => {
    expect(p.counts).toEqual({ dataRows: 7, imported: 4, setAside: 3, alreadyImported: 0, skipped: 0, blank: 1, titleRows: 2, heldNotes: 1, flagged: 2, unmappedKept: 0, unusable: 0, heldNoNames: 0 });
  });

  test('one volunteer and one participant however they are written; a match inferred from the pair, ended since its 12 months are over', () => {
    expect(p.volunteers.map((v) => [v.id, v.alias, v.status])).toEqual([['F-001', 'KN', 'Godkjent'], ['F-002', 'B', 'Godkjent']]);
    expect(p.contactInfo).toEqual([
      { volunteerId: 'F-001', name: 'Kari Nordmann', phone: '', email: '', preferredChannel: null },
      { volunteerId: 'F-002', name: 'Berit', phone: '', email: '', preferredChannel: null },
    ]);
    expect(p.participants.map((x) => [x.id, x.status])).toEqual([['D-001', 'Avsluttet']]);
    expect(p.matches).toHaveLength(1);
    // Started 15.01.2025; 12 months later is before today (20.11.2026): ended with the last contact (01.03.2025).
    expect(p.matches[0]).toMatchObject({ id: 'K-001', volunteerId: 'F-001', participantId: 'D-001', status: 'Avsluttet', startDate: '2025-01-15', agreedMonths: 12, plannedEnd: '2026-01-15', endDate: '2025-03-01', endReason: 'Annet' });
    expect(p.matches[0]!.note).toBe('Opprettet ved import fra «Gammel logg»: startdato er første og sluttdato siste loggførte kontakt; avsluttet fordi 12 måneder er gått. Kontroller.');
    expect(p.inferred).toEqual([{ id: 'K-001', status: 'Avsluttet' }]);
  });

  test('contacts: dates, channels, how it goes, links, notes scrubbed and held back', () => {
    expect(p.contacts.map((c) => [c.id, c.date, c.matchId, c.volunteerId, c.channel, c.howItGoes, c.note])).toEqual([
      ['L-00001', '2025-01-15', 'K-001', null, 'Telefon', 'Bra', '[frivillig] og [deltaker] gikk tur'],
      ['L-00002', '2025-02-15', 'K-001', null, 'Møte', 'Svært bra', ''],
      ['L-00003', '2025-03-01', 'K-001', null, 'SMS', 'Greit', ''],
      ['L-00004', '2025-03-15', null, 'F-002', 'Telefon', null, 'Venter på kobling'],
    ]);
    expect(p.contacts.every((c) => c.kind === 'Månedlig oppfølging' && c.withWhom === 'Frivillig' && c.loggedBy === 'leder@example.org')).toBe(true);
  });

  test('Importavvik: reasons in Norwegian, names masked, the held note kept for review', () => {
    expect(p.deviations.map((d) => [d.row, d.outcome, d.reason])).toEqual([
      [4, 'Importert med merknad', 'Navn fjernet fra merknad (Merknad).'],
      [5, 'Importert med merknad', 'Frivillig er skrevet med kortform og knyttet til F-001; kontroller at det er riktig person. Deltaker er skrevet med kortform og knyttet til D-001; kontroller at det er riktig person.'],
      [6, 'Merknad holdt tilbake', 'Merknaden ser ut til å inneholde telefonnummer. Personopplysninger skal ikke stå i merknader. Raden er importert uten teksten; fjern personopplysningene og skriv den inn for L-00003 om den trengs. Frivillig er skrevet med kortform og knyttet til F-001; kontroller at det er riktig person.'],
      [7, 'Satt til side', 'Dato: «i fjor» er ikke en dato vi kan lese (skriv f.eks. 15.01.2026).'],
      [10, 'Satt til side', 'Verken frivillig eller deltaker er oppgitt, så kontakten kan ikke knyttes til noen.'],
      [11, 'Satt til side', 'Ser ut som en sumrad, ikke en registrering.'],
    ]);
    // Importavvik says what kind of thing was held back, never the text itself.
    expect(p.deviations[2]!.values).toBe('Merknad: [telefonnummer skjult]');
    expect(p.deviations[2]!.id).toBe('L-00003');
    expect(p.deviations[3]!.values).toBe('Dato: i fjor · Frivillig: [frivillig F-001] · Deltaker: [deltaker D-001] · Hvordan: SMS');
    expect(p.deviations[0]!.values).toBe('Dato: 15.01.2025 · Frivillig: [frivillig F-001] · Deltaker: [deltaker D-001] · Hvordan: ringte · Status: bra · Kommentar: [tekst skjult]');
  });

  test('no participant name anywhere in what is written', () => {
    expect(everywhere(p)).not.toMatch(/fatima|ali\b/i);
    expect(JSON.stringify([p.volunteers, p.participants, p.matches, p.contacts, p.deviations])).not.toMatch(/Kari|Nordmann|Berit/);
  });

  test('preview shows rows as they will be imported', () => {
    expect(p.preview[0]).toEqual({ row: 4, block: 0, outcome: 'importeres', reason: 'Navn fjernet fra merknad (Merknad).', values: [['Deltaker', 'D-001'], ['Frivillig', 'F-001'], ['Kobling', 'K-001'], ['Dato', '15.01.2025'], ['Kanal', 'Telefon'], ['Hvordan går det', 'Bra'], ['Merknad', '[frivillig] og [deltaker] gikk tur']] });
  });

  test('a second run with the log of the first imports nothing and adds no deviation twice', () => {
    const existing = carry(p);
    const again = plan(grid, existing);
    expect(again.counts).toMatchObject({ dataRows: 7, imported: 0, alreadyImported: 4, setAside: 3 });
    expect([again.volunteers, again.participants, again.matches, again.contacts, again.deviations]).toEqual([[], [], [], [], []]);
    // The fixed row imports the next time, linked to the same people and match.
    const fixed = grid.map((r) => [...r]);
    fixed[6]![0] = '20.03.2025';
    const third = plan(fixed, existing);
    expect(third.counts).toMatchObject({ imported: 1, alreadyImported: 4 });
    expect(third.contacts.map((c) => [c.id, c.matchId])).toEqual([['L-00005', 'K-001']]);
    expect(third.volunteers).toEqual([]);
  });
});

test('Importavvik masks columns the import does not read, unless plainly a code, date or number, and anything scanNote flags', () => {
  const p = plan([
    ['Dato', 'Frivillig', 'Deltaker', 'Kanal', 'Adresse', 'Telefon', 'Nr', 'Opprettet', 'Sak', 'Kommentar'],
    ['i fjor', 'Kari Nordmann', 'Fatima Ali', 'tlf', 'Storgata 1, 0150 Oslo', '912 34 567', 7, '2025-01-15', 'K-12', 'Ring 41234567 eller kari@example.org'],
    ['i fjor', 'Kari Nordmann', 'Fatima Ali', 'tlf', '', 41234567, '3', '', '', ''],
  ]);
  expect(p.deviations.map((d) => d.values)).toEqual([
    'Dato: i fjor · Frivillig: [navn skjult] · Deltaker: [navn skjult] · Kanal: tlf · Adresse: [skjult] · Telefon: [telefonnummer skjult] · Nr: 7 · Opprettet: 15.01.2025 · Sak: K-12 · Kommentar: [tekst skjult]',
    'Dato: i fjor · Frivillig: [navn skjult] · Deltaker: [navn skjult] · Kanal: tlf · Telefon: [telefonnummer skjult] · Nr: 3',
  ]);
  expect(JSON.stringify(p.deviations)).not.toMatch(/Storgata|912 34|41234567|kari@/);
});

test('her own words: «permisjon» kept in the note, «avbrutt av deltaker» says who ended the match', () => {
  const vol = plan([['Navn', 'Status'], ['Kari Nordmann', 'permisjon']], empty(), 'Frivillige');
  expect(vol.volunteers.map((v) => [v.status, v.note])).toEqual([['Godkjent', 'Status (opprinnelig): permisjon']]);
  const mat = plan([['Frivillig', 'Deltaker', 'Start', 'Slutt', 'Status'], ['Kari N.', 'Fatima A.', '01.01.2026', '01.03.2026', 'avbrutt av deltaker']], empty(), 'Koblinger');
  expect(mat.matches.map((m) => [m.status, m.endedBy, m.endReason])).toEqual([['Avsluttet', 'Deltaker', 'Annet']]);
});

describe('two tables on a tab', () => {
  const grid: SourceCell[][] = [
    ['Frivillig', 'Deltaker', 'Startdato', 'Status'],
    ['Kari N.', 'Fatima Ali', '01.02.2026', 'aktiv'],
    ['Berit H.', 'Amina Y.', '01.03.2026', 'aktiv'],
    ['Siri D.', 'Zofia K.', '01.04.2026', 'aktiv'],
    [],
    ['Oppsummering'],
    ['Frivillig', 'Antall', 'Status'],
    ['Sum', 3, 'ok'],
    ['Snitt', 1, ''],
  ];
  const layout = findLayout(grid);
  const run = (kinds: Array<'matches' | 'volunteers' | 'skip'>, previewLimit: number) => planImport({
    sheetName: 'Koblinger', grid, roles: layout.roles, blocks: layout.blocks.map((b, i) => ({ ...b, kind: kinds[i]! })), existing: empty(), today: TODAY,
    salt: 'salt', loggedBy: 'leder@example.org', loggedAt: '2026-11-20T09:00', previewLimit,
  });

  test('the preview cap is per table: the second table shows its rows too', () => {
    const p = run(['matches', 'volunteers'], 2);
    expect(p.preview.map((r) => [r.block, r.row])).toEqual([[0, 2], [0, 3], [1, 8], [1, 9]]);
  });

  test('«Ikke importer»: the totals table is counted as skipped, not set aside; Importavvik names it once, with its range', () => {
    const p = run(['matches', 'skip'], 50);
    expect(p.counts).toMatchObject({ dataRows: 5, imported: 3, setAside: 0, skipped: 2, unusable: 1 });
    expect(p.deviations.map((d) => [d.row, d.outcome, d.reason])).toEqual([[7, 'Ikke importert', 'Tabellen er valgt bort («Ikke importer»): 2 rader er ikke importert.']]);
    expect(p.log.filter((l) => l.row !== null).map((l) => l.row)).toEqual([2, 3, 4, 7]);
    expect(p.preview.every((r) => r.block === 0)).toBe(true);
  });
});

describe('volunteer list', () => {
  const grid: SourceCell[][] = [
    ['Navn', 'Tlf', 'E-post', 'Alder', 'Kurs', 'Politiattest', 'Status', 'Sluttet', 'Årsak'],
    ['Kari Nordmann', '400 00 001', 'kari@example.org', 51, '2025-01-10', 'ja', 'aktiv', '', ''],
    ['Ola Hansen', '+4740000002', '', '1980', '10.1.25', '', '', '', ''],
    ['kari nordmann', '', '', '', '', '', '', '', ''],
    ['Siri Berg', '0047 400 00 003', 'siri(at)example', '', '', '', '', '', ''],
    ['Tone Dahl', '', '', '', '', '', 'sluttet', '', 'flyttet'],
    ['Anne Lie', '', '', '', '', '', 'Sluttet', '01.06.2025', 'ble lei'],
  ];
  const p = plan(grid);

  test('records, statuses mapped or derived, contact info only in Kontaktinfo rows', () => {
    expect(p.volunteers.map((v) => [v.id, v.alias, v.birthYear, v.courseDate, v.status, v.quitReason, v.note])).toEqual([
      ['F-001', 'KN', 1975, '2025-01-10', 'I kobling', null, 'Politiattest vist: ja (uten dato)'],
      ['F-002', 'OH', 1980, '2025-01-10', 'Under kartlegging', null, ''],
      ['F-003', 'SB', null, null, 'Påmeldt', null, ''],
      // «sluttet» without a date: Sluttet, the date left empty and flagged (the data check lists her).
      ['F-004', 'TD', null, null, 'Sluttet', 'Flyttet', ''],
      ['F-005', 'AL', null, null, 'Sluttet', 'Annet', 'Sluttårsak (opprinnelig): ble lei'],
    ]);
    expect(p.contactInfo.map((c) => [c.volunteerId, c.name, c.phone, c.email])).toEqual([
      ['F-001', 'Kari Nordmann', '400 00 001', 'kari@example.org'],
      ['F-002', 'Ola Hansen', '400 00 002', ''],
      ['F-003', 'Siri Berg', '400 00 003', ''],
      ['F-004', 'Tone Dahl', '', ''],
      ['F-005', 'Anne Lie', '', ''],
    ]);
    expect(JSON.stringify(p.volunteers)).not.toMatch(/Kari|Nordmann|400 00/);
  });

  test('a duplicate is set aside; a bad email or a missing quit date costs only the value, flagged', () => {
    expect(p.deviations.map((d) => [d.row, d.outcome, d.reason])).toEqual([
      [4, 'Satt til side', 'Samme person som en rad over (F-001); bare den første importeres.'],
      [5, 'Importert med merknad', 'E-post kunne ikke leses og er ikke importert; se kildefanen.'],
      [6, 'Importert med merknad', 'Sluttet dato: Status er «Sluttet», men sluttdato mangler. Sluttet dato: Sluttårsak er fylt ut, men sluttdato mangler. Raden er importert likevel; datasjekken viser den til verdien er fylt inn.'],
    ]);
    // The bad address is neither stored nor quoted.
    expect(p.deviations[1]!.values).toBe('Navn: [frivillig F-003] · Tlf: [skjult] · E-post: [skjult]');
    expect(JSON.stringify(p)).not.toMatch(/siri\(at\)/);
    expect(p.counts).toMatchObject({ dataRows: 6, imported: 5, setAside: 1, flagged: 2 });
  });
});

describe('match list after the volunteer list', () => {
  test('volunteers found by their Kontaktinfo name, participants by an earlier fingerprint, never their names', () => {
    const existing = empty();
    existing.ids.volunteer = ['F-001', 'F-007'];
    existing.volunteerNames = [{ id: 'F-001', name: 'Kari Nordmann' }];
    existing.ids.participant = ['D-004'];
    existing.participantPrints.set(personFingerprint('salt', nameKey('Amina Y.')), 'D-004');
    existing.ids.match = ['K-002'];
    const p = plan([
      ['Frivillig', 'Deltaker', 'Oppstart', 'Varighet', 'Slutt', 'Status'],
      ['Kari N.', 'Amina Y.', '01.02.2025', '9 mnd', '', 'pågår'],
      ['Ny Frivillig', 'Helt Ny', '01.03.2025', '', '01.09.2025', ''],
      ['Kari', 'Amina Y.', '01.05.2025', '', '', ''],
      ['Ola', 'Zara', '', '', '', 'Pause'],
    ], existing);
    expect(p.matches.map((m) => [m.id, m.volunteerId, m.participantId, m.status, m.agreedMonths, m.plannedEnd, m.endReason])).toEqual([
      ['K-003', 'F-001', 'D-004', 'Aktiv', 9, '2025-11-01', null],
      ['K-004', 'F-008', 'D-005', 'Avsluttet', 12, '2026-03-01', 'Annet'],
      // «Pause» without a start: kept as Pause, the missing dates flagged.
      ['K-005', 'F-009', 'D-006', 'Pause', 12, null, null],
    ]);
    expect(p.volunteers.map((v) => [v.id, v.status])).toEqual([['F-008', 'Godkjent'], ['F-009', 'I kobling']]);
    expect(p.participants.map((x) => [x.id, x.status])).toEqual([['D-005', 'Avsluttet'], ['D-006', 'I kobling']]);
    expect(p.deviations.map((d) => [d.row, d.outcome, d.reason])).toEqual([
      [2, 'Importert med merknad', 'Frivillig er skrevet med kortform og knyttet til F-001; kontroller at det er riktig person.'],
      [4, 'Satt til side', 'Koblingen mellom F-001 og D-004 finnes allerede (K-003).'],
      [5, 'Importert med merknad', 'Startdato: Status er «Pause», men startdato mangler. Pause fra: Status er «Pause», men «Pause fra» mangler. Raden er importert likevel; datasjekken viser den til verdien er fylt inn.'],
    ]);
    // The set-aside row gave its new IDs back: the next row got the next numbers.
    expect(p.matches.map((m) => m.id)).toEqual(['K-003', 'K-004', 'K-005']);
    expect(p.defaults).toEqual(expect.arrayContaining(['Avtalt lengde 12 måneder der den manglet.', 'Sluttårsak «Annet» for avsluttede koblinger uten årsak.']));
    // «Helt Ny» is known to the next import as «helt ny», and by the short forms «~helt n» and «~helt».
    expect(p.log.filter((l) => l.outcome === 'deltaker').map((l) => l.ids)).toEqual(['D-005', 'D-005', 'D-005', 'D-006']);
  });
});

describe('the same participant written differently in a later tab', () => {
  const matchList: SourceCell[][] = [
    ['Frivillig', 'Deltaker', 'Startdato', 'Status'],
    ['Kari Nordmann', 'Fatima Ali', '01.09.2026', 'aktiv'],
    ['Berit Hansen', 'Amina Yusuf', '01.09.2026', 'aktiv'],
    ['Berit Hansen', 'Zofia Kowalska', '01.10.2026', 'aktiv'],
  ];
  const first = plan(matchList, empty(), 'Koblinger');
  const existing = carry(first);

  test('«Fatima» and «Fatima A.» in the contact log are the D- ID of «Fatima Ali»: no new participant, no new match', () => {
    const p = plan([
      ['Dato', 'Frivillig', 'Deltaker', 'Kanal'],
      ['15.10.2026', 'Kari N.', 'Fatima', 'tlf'],
      ['15.11.2026', 'Kari Nordmann', 'Fatima A.', 'tlf'],
      // «Fatma»: not known by any form, but Kari has one open match from before this log.
      ['16.11.2026', 'Kari', 'Fatma', 'tlf'],
    ], existing, 'Kontaktlogg');
    expect([p.participants, p.matches, p.volunteers]).toEqual([[], [], []]);
    // «Kari N.» and «Kari» stand for Kari Nordmann: linked, and flagged for the leader to check.
    expect(p.deviations.map((d) => [d.row, d.outcome, d.id])).toEqual([[2, 'Importert med merknad', 'L-00001'], [4, 'Importert med merknad', 'L-00003']]);
    expect(p.contacts.map((c) => [c.date, c.matchId])).toEqual([['2026-10-15', 'K-001'], ['2026-11-15', 'K-001'], ['2026-11-16', 'K-001']]);
  });

  test('a volunteer with two open matches and an unknown participant: set aside with the reason', () => {
    const p = plan([
      ['Dato', 'Frivillig', 'Deltaker', 'Kanal'],
      ['15.10.2026', 'Berit H.', 'Amina', 'tlf'],
      ['15.10.2026', 'Berit H.', 'Anna K.', 'tlf'],
    ], existing, 'Kontaktlogg');
    expect(p.contacts.map((c) => c.matchId)).toEqual(['K-002']);
    expect([p.participants, p.matches]).toEqual([[], []]);
    expect(p.deviations.map((d) => [d.row, d.reason])).toEqual([[2, 'Frivillig er skrevet med kortform og knyttet til F-002; kontroller at det er riktig person.'], [3, 'Deltakeren er ikke kjent fra før, og F-002 har flere åpne koblinger (K-002, K-003), så vi vet ikke hvilken kontakten gjelder. Skriv deltakeren slik hun står i koblingslisten, eller før kontakten inn i sidepanelet.']]);
  });

  test('a short form that fits two people imported before is not guessed', () => {
    const second = carry(plan([['Frivillig', 'Deltaker', 'Startdato', 'Status'], ['Siri Dahl', 'Fatima Hassan', '01.09.2026', 'aktiv']], existing, 'Koblinger 2'), existing);
    const p = plan([['Dato', 'Frivillig', 'Deltaker', 'Kanal'], ['15.10.2026', 'Tone Berg', 'Fatima', 'tlf'], ['16.10.2026', 'Tone Berg', 'Fatima H.', 'tlf']], second, 'Kontaktlogg');
    expect(p.deviations.map((d) => d.reason)).toEqual(['Deltakerens navn passer på flere deltakere som er importert før. Skriv hele navnet, eller før kontakten inn i sidepanelet.']);
    expect(p.contacts.map((c) => c.matchId)).toEqual(['K-005']);
    expect(p.matches.map((m) => m.participantId)).toEqual(['D-004']);
    // First contact 16.10.2026: within its 12 months, so still running.
    expect(p.inferred).toEqual([{ id: 'K-005', status: 'Aktiv' }]);
    expect(p.participants).toEqual([]);
  });
});

test('linear: 20,000 rows plan without quadratic work', () => {
  const grid: SourceCell[][] = [['Dato', 'Frivillig', 'Deltaker', 'Kanal', 'Merknad']];
  for (let i = 0; i < 20_000; i++) grid.push([`${(i % 28) + 1}.${(i % 12) + 1}.2025`, `Frivillig ${i % 500}`, `Deltaker ${i % 500}`, 'Telefon', 'Gikk tur']);
  const p = plan(grid);
  expect(p.counts.imported).toBe(20_000);
  expect(p.volunteers).toHaveLength(500);
  expect(p.matches).toHaveLength(500);
});

describe('order does not matter', () => {
  const log: SourceCell[][] = [['Dato', 'Frivillig', 'Deltaker', 'Kanal'], ['15.10.2026', 'Kari N.', 'Fatima', 'tlf'], ['15.11.2026', 'Kari Nordmann', 'Fatima Ali', 'tlf']];
  const list: SourceCell[][] = [['Frivillig', 'Deltaker', 'Startdato', 'Varighet', 'Status'], ['Kari Nordmann', 'Fatima Ali', '01.10.2026', 9, 'aktiv']];
  const names = { volunteers: ['Kari Nordmann'], participants: ['Fatima Ali'] };
  const withOthers = (grid: SourceCell[][], existing: ExistingData, sheetName: string, others: typeof names) => {
    const layout = findLayout(grid, sheetName);
    return planImport({ sheetName, grid, roles: layout.roles, blocks: layout.blocks, existing, today: TODAY, salt: 'salt', loggedBy: 'x', loggedAt: '2026-11-20T09:00', otherNames: others });
  };

  test('a match inferred from the contact log and the same match in the match list are one match, whichever comes first', () => {
    const listFirst = withOthers(list, empty(), 'Koblinger', names);
    const thenLog = withOthers(log, carry(listFirst), 'Kontaktlogg', names);
    const logFirst = withOthers(log, empty(), 'Kontaktlogg', names);
    const thenList = withOthers(list, carry(logFirst), 'Koblinger', names);
    expect(thenLog.matches).toEqual([]);
    expect(thenLog.contacts.map((c) => c.matchId)).toEqual(['K-001', 'K-001']);
    // The inferred match gets the list's values under its own ID; no second match, no second participant.
    expect([thenList.matches, thenList.participants, thenList.volunteers]).toEqual([[], [], []]);
    const { id, ...fromList } = listFirst.matches[0]!;
    expect(thenList.matchUpdates).toEqual([{ id: 'K-001', ...fromList }]);
    expect(logFirst.contacts.map((c) => c.matchId)).toEqual(['K-001', 'K-001']);
    // Importing the list again replaces nothing twice.
    expect(withOthers(list, carry(thenList, carry(logFirst)), 'Koblinger 2', names).matchUpdates).toEqual([]);
  });
});
