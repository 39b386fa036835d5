/**
 * A real leader's log is messier than the add-on's own shapes: cells that name no person, short forms that fit two,
 * one unreadable value in an otherwise good row, names from other tabs in the notes, birth dates, declined pairings.
 */
import { findLayout } from '../../../src/domain/legacy/detect';
import { notAPerson } from '../../../src/domain/legacy/names';
import { planImport, type ExistingData, type ImportPlan, type PlanInput } from '../../../src/domain/legacy/plan';
import type { SourceCell } from '../../../src/domain/legacy/text';

const TODAY = '2026-11-20';

function empty(): ExistingData {
  return { ids: { volunteer: [], participant: [], match: [], contact: [] }, volunteerNames: [], participantPrints: new Map(), matches: [], rowLog: new Map(), placeholders: new Map() };
}

function plan(grid: SourceCell[][], sheetName = 'Gammel logg', extra: Partial<PlanInput> = {}): ImportPlan {
  const layout = findLayout(grid, sheetName);
  return planImport({ sheetName, grid, roles: layout.roles, blocks: layout.blocks, existing: empty(), today: TODAY, salt: 'salt', loggedBy: 'leder@example.org', loggedAt: '2026-11-20T09:00', previewLimit: 50, ...extra });
}

const outcomes = (p: ImportPlan) => p.deviations.map((d) => [d.row, d.outcome]);

describe('people are people', () => {
  test.each([
    ['kommunen', 'et sted eller en tjeneste, ikke en person'],
    ['NAV', 'et sted eller en tjeneste, ikke en person'],
    ['Eksempelby krisesenter', 'et sted eller en tjeneste, ikke en person'],
    ['✓ = ferdig', 'en tegnforklaring, ikke en person'],
    ['Totalt:', 'en overskrift eller sumtekst, ikke en person'],
    ['Sum aktive', 'en sum- eller bunntekst, ikke en person'],
    ['12', 'et tall, ikke en person'],
    ['Kari Nordmann', null],
    ['Nordmann, Kari', null],
    ['Anne-Lise B.', null],
  ])('%p → %p', (cell, reason) => {
    expect(notAPerson(cell)).toBe(reason);
  });

  test('a volunteer list: places are set aside «uklart hvem», legends and footers as no registration, and nobody is created from them', () => {
    const p = plan([
      ['Navn', 'Telefon', 'Status'],
      ['Kari Nordmann', '400 00 001', 'aktiv'],
      ['kommunen', '', ''],
      ['✓ = ferdig', '', ''],
      ['Sum aktive', '', 1],
    ], 'Frivillige');
    expect(p.volunteers.map((v) => v.id)).toEqual(['F-001']);
    expect(p.deviations.map((d) => [d.row, d.outcome, d.reason])).toEqual([
      [3, 'Satt til side', 'Uklart hvem: frivillig-feltet er et sted eller en tjeneste, ikke en person.'],
      // A legend or footer row is no registration at all.
      [4, 'Satt til side', 'Ser ut som en tegnforklaring, ikke en registrering.'],
      [5, 'Satt til side', 'Ser ut som en sum- eller bunntekst, ikke en registrering.'],
    ]);
  });

  test('a contact with a place for the volunteer is imported for her participant, flagged; a short form for two people is not guessed', () => {
    const p = plan([
      ['Dato', 'Frivillig', 'Deltaker', 'Kanal'],
      ['01.03.2026', 'Anne Berg', 'Fatima Ali', 'tlf'],
      ['02.03.2026', 'Anne Bakke', 'Amina Yusuf', 'tlf'],
      ['03.03.2026', 'NAV', 'Fatima Ali', 'tlf'],
      ['04.03.2026', 'Anne B.', '', 'tlf'],
    ]);
    expect(p.volunteers.map((v) => v.id)).toEqual(['F-001', 'F-002']);
    expect(p.contacts.map((c) => [c.date, c.matchId])).toEqual([['2026-03-01', 'K-001'], ['2026-03-02', 'K-002'], ['2026-03-03', 'K-001']]);
    expect(p.deviations.map((d) => [d.row, d.outcome, d.reason])).toEqual([
      [4, 'Importert med merknad', 'Uklart hvem: frivillig-feltet er et sted eller en tjeneste, ikke en person. Kontakten er importert uten denne personen.'],
      [5, 'Satt til side', 'Uklart hvem: frivilligen er skrevet som en kortform som passer på flere personer. Skriv hele navnet i kildefanen og importer på nytt.'],
    ]);
  });

  test('spellings that differ only by case, spaces, no-break spaces or Unicode composition are one person, silently', () => {
    const p = plan([
      ['Dato', 'Frivillig', 'Deltaker', 'Kanal'],
      ['01.03.2026', 'Åse Ødegård', 'Zofia Kowalska', 'tlf'],
      ['02.03.2026', 'A\u030ase  \u00d8dega\u030ard', 'zofia\u00a0kowalska', 'tlf'],
      ['03.03.2026', ' ÅSE ØDEGÅRD ', 'ZOFIA KOWALSKA', 'tlf'],
    ]);
    expect([p.volunteers.length, p.participants.length, p.matches.length, p.contacts.length]).toEqual([1, 1, 1, 3]);
    expect(p.contactInfo[0]!.name).toBe('Åse Ødegård');
    expect(p.deviations).toEqual([]);
  });
});

describe('nothing leaks', () => {
  test('names known only from other tabs are scrubbed from the notes, and Importavvik says a name was removed', () => {
    const p = plan([
      ['Dato', 'Frivillig', 'Kanal', 'Kommentar'],
      ['01.03.2026', 'Kari Nordmann', 'tlf', 'Zainab og Berits datter var med'],
    ], 'Kontaktlogg', { otherNames: { volunteers: ['Berit Hansen'], participants: ['Zainab Noor'] } });
    expect(p.contacts.map((c) => c.note)).toEqual(['[deltaker] og [frivillig]s datter var med']);
    expect(outcomes(p)).toEqual([[2, 'Importert med merknad']]);
    expect(p.deviations[0]!.reason).toBe('Navn fjernet fra merknad (Merknad).');
    expect(JSON.stringify(p)).not.toMatch(/zainab|berit/i);
  });

  test('a birth date becomes a birth year, and Importavvik never quotes it, a note, a phone or an address', () => {
    const p = plan([
      ['Navn', 'Fødselsdato', 'Telefon', 'E-post', 'Merknad'],
      ['Kari Nordmann', '12.03.1965', '400 00 001', 'kari@example.org', 'Ring Kari på 400 00 001 etter kl 16'],
      ['kari nordmann', '12.03.1965', '400 00 001', 'kari@example.org', 'Dobbelt oppført, hun har sønn på 12'],
    ], 'Frivillige');
    expect(p.volunteers.map((v) => [v.birthYear, v.note])).toEqual([[1965, '']]);
    const avvik = JSON.stringify(p.deviations);
    expect(avvik).not.toMatch(/12\.03|1965|400 00|kari@|Ring|sønn|Dobbelt/);
    expect(p.deviations.map((d) => d.values)).toEqual(['Merknad: [telefonnummer skjult]', 'Navn: [frivillig F-001] · Fødselsdato: [skjult] · Telefon: [skjult] · E-post: [skjult] · Merknad: [tekst skjult]']);
  });
});

describe('one bad cell does not cost a row', () => {
  const p = plan([
    ['Dato', 'Frivillig', 'Deltaker', 'Kanal', 'Neste oppfølging', 'Merknad'],
    ['01.03.2026', 'Kari Nordmann', 'Fatima Ali', 'traff henne på biblioteket', 'etter påske', 'Gikk tur'],
    ['02.03.2026', 'Kari Nordmann', 'Fatima Ali', 'tlf', 'uke 40', ''],
    ['03.03.2026', 'Kari Nordmann', 'Fatima Ali', 'tlf', 'ring 912 34 567', ''],
    ['i påska', 'Kari Nordmann', 'Fatima Ali', 'tlf', '', ''],
  ]);

  test('the value is left empty (or the nearest honest one), her words go to the note, the row is flagged', () => {
    expect(p.contacts.map((c) => [c.channel, c.nextFollowUp, c.note])).toEqual([
      ['Møte', null, 'Gikk tur Kanal (opprinnelig): traff henne på biblioteket Neste oppfølging (opprinnelig): etter påske'],
      ['Telefon', null, 'Neste oppfølging (opprinnelig): uke 40'],
      // A phone number is not carried into the note.
      ['Telefon', null, ''],
    ]);
    expect(p.deviations.map((d) => [d.row, d.outcome, d.reason])).toEqual([
      [2, 'Importert med merknad', 'Kanal er tolket som «Møte»; det som sto der, er lagt i merknaden. Neste oppfølging kunne ikke leses; feltet er tomt, og det som sto der, er lagt i merknaden.'],
      [3, 'Importert med merknad', 'Neste oppfølging kunne ikke leses; feltet er tomt, og det som sto der, er lagt i merknaden.'],
      [4, 'Importert med merknad', 'Neste oppfølging kunne ikke leses og er ikke importert; se kildefanen.'],
      // The date is the contact's point: without it the row is set aside.
      [5, 'Satt til side', 'Dato: «i påska» er ikke en dato vi kan lese (skriv f.eks. 15.01.2026).'],
    ]);
    expect(JSON.stringify(p)).not.toMatch(/912 34/);
  });

  test('status words as leaders write them; a declined pairing never becomes active', () => {
    const m = plan([
      ['Frivillig', 'Deltaker', 'Start', 'Status'],
      ['Kari Nordmann', 'Fatima Ali', '', 'takket nei'],
      ['Berit Hansen', 'Amina Yusuf', '', 'not accepted'],
      ['Siri Dahl', 'Zofia Kowalska', '01.02.2026', 'på vent'],
    ], 'Koblinger');
    expect(m.matches.map((x) => x.status)).toEqual(['Avslått', 'Avslått', 'Pause']);
    expect(m.participants.map((x) => x.status)).toEqual(['Venter på kobling', 'Venter på kobling', 'I kobling']);
    const v = plan([['Navn', 'Status'], ['Kari Nordmann', 'på vent'], ['Berit Hansen', 'ikke relevant'], ['Siri Dahl', 'sluttet']], 'Frivillige');
    expect(v.volunteers.map((x) => [x.status, x.quitDate])).toEqual([['Godkjent', null], ['Sluttet', null], ['Sluttet', null]]);
    expect(v.deviations.map((d) => d.outcome)).toEqual(['Importert med merknad', 'Importert med merknad']);
  });
});

describe('nothing lost', () => {
  test('two tables side by side, each with a merged title above its own header, are two tables', () => {
    const grid: SourceCell[][] = [
      ['Koblinger 2025', null, null, null, null, 'Frivillige', null],
      [null, null, null, null, null, null, null],
      ['Frivillig', 'Deltaker', 'Startdato', null, null, 'Navn', 'Telefon'],
      ['Kari Nordmann', 'Fatima Ali', '01.02.2026', null, null, 'Kari Nordmann', '400 00 001'],
      ['Berit Hansen', 'Amina Yusuf', '01.03.2026', null, null, 'Berit Hansen', ''],
      [null, null, null, null, null, 'Siri Dahl', '400 00 003'],
    ];
    const layout = findLayout(grid, 'Oversikt');
    expect(layout.blocks.map((b) => [b.kind, b.headerRow, b.cols, b.title])).toEqual([
      ['matches', 2, { first: 0, end: 3 }, 'Koblinger 2025'],
      ['volunteers', 2, { first: 5, end: 7 }, 'Frivillige'],
    ]);
    const p = plan(grid, 'Oversikt');
    expect(p.matches.map((m) => [m.volunteerId, m.participantId])).toEqual([['F-001', 'D-001'], ['F-002', 'D-002']]);
    expect(p.contactInfo.map((c) => [c.volunteerId, c.name, c.phone])).toEqual([['F-001', 'Kari Nordmann', '400 00 001'], ['F-002', 'Berit Hansen', ''], ['F-003', 'Siri Dahl', '400 00 003']]);
    // Every row of both tables: read = imported + set aside + skipped; the empty left half of row 6 is not a row.
    expect(p.counts).toMatchObject({ dataRows: 5, imported: 5, setAside: 0 });
  });

  test('a column no field reads is kept in the note, scrubbed; a personal one is left out and flagged', () => {
    const p = plan([
      ['Dato', 'Frivillig', 'Kanal', 'Samtalen', 'Kommentar 2', 'Adresse'],
      ['01.03.2026', 'Kari Nordmann', 'tlf', 'Gikk tur', 'Kari var sliten', 'Storgata 1'],
    ], 'Kontaktlogg');
    expect(p.contacts.map((c) => c.note)).toEqual(['Gikk tur Kommentar 2: [frivillig] var sliten']);
    expect(p.counts).toMatchObject({ imported: 1, unmappedKept: 1, flagged: 1 });
    expect(p.deviations[0]!.reason).toBe('Navn fjernet fra merknad (Kommentar 2). Kolonnen «Adresse» er ikke koblet og ikke importert (personopplysninger); se kildefanen.');
    expect(JSON.stringify({ ...p, contactInfo: [] })).not.toMatch(/Storgata|Kari/);
  });

  test('a table left out and a tab with no table are named in Importavvik with their range, once', () => {
    const grid: SourceCell[][] = [
      ['Frivillig', 'Deltaker', 'Startdato'],
      ['Kari Nordmann', 'Fatima Ali', '01.02.2026'],
      [],
      ['Oppsummering'],
      ['Frivillig', 'Antall', 'Status'],
      ['Alle', 3, 'ok'],
    ];
    const layout = findLayout(grid, 'Koblinger');
    const run = (existing = empty()) => planImport({ sheetName: 'Koblinger', grid, roles: layout.roles, blocks: [layout.blocks[0]!, { ...layout.blocks[1]!, kind: 'skip' }], existing, today: TODAY, salt: 's', loggedBy: 'x', loggedAt: '2026-11-20T09:00' });
    const p = run();
    expect(p.deviations.map((d) => [d.row, d.outcome, d.area])).toEqual([[5, 'Ikke importert', { top: 5, left: 1, bottom: 6, right: 3 }]]);
    expect(p.counts).toMatchObject({ dataRows: 2, imported: 1, skipped: 1, unusable: 1 });
    const existing = empty();
    for (const l of p.log) if (l.row !== null) existing.rowLog.set(l.fingerprint, l.outcome as 'importert');
    expect(run(existing).deviations).toEqual([]);

    const stats = plan([['Statistikk 2025'], ['Måned', 'Antall'], ['Januar', 4], ['Februar', 2]], 'Statistikk');
    expect(stats.deviations.map((d) => [d.outcome, d.area])).toEqual([['Ikke en logg', { top: 1, left: 1, bottom: 4, right: 2 }]]);
    expect(stats.counts).toMatchObject({ dataRows: 0, unusable: 1 });
  });
});

describe('names only in the notes', () => {
  // An export with people as codes: nothing on the tab tells the import which words in the notes are names.
  const grid: SourceCell[][] = [
    ['meeting_date', 'mentor_id', 'mentee_id', 'contact_method', 'notes', 'Kommentar 2'],
    ['2026-03-01', 'V-102', 'P-17', 'phone', 'Ayesha ringte om leiligheten', 'Hilsen Ayesha'],
    ['2026-03-02', 'V-102', 'P-17', 'meeting', '', ''],
  ];
  const run = (notesReviewed: boolean) => plan(grid, 'export', { notesReviewed });

  test('snake_case headers and codes for people are mapped; the notes are held back by default and counted', () => {
    const layout = findLayout(grid, 'export');
    expect(layout.blocks.map((b) => [b.kind, b.mapping.date, b.mapping.volunteer, b.mapping.participant, b.mapping.channel, b.mapping.note])).toEqual([['contacts', 0, 1, 2, 3, 4]]);
    const p = run(false);
    expect(p.contacts.map((c) => [c.date, c.channel, c.note])).toEqual([['2026-03-01', 'Telefon', ''], ['2026-03-02', 'Møte', '']]);
    expect(p.counts).toMatchObject({ imported: 2, heldNotes: 1, heldNoNames: 1 });
    expect(p.deviations.map((d) => [d.row, d.outcome, d.values])).toEqual([[2, 'Merknad holdt tilbake', 'Merknad: [tekst skjult]']]);
    expect(JSON.stringify(p)).not.toMatch(/Ayesha/);
  });

  test('once she has read them, the notes are imported as they are', () => {
    const p = run(true);
    expect(p.contacts.map((c) => c.note)).toEqual(['Ayesha ringte om leiligheten Kommentar 2: Hilsen Ayesha', '']);
    expect(p.counts).toMatchObject({ heldNotes: 0, heldNoNames: 0 });
  });
});

test('a match keeps her shelter: the participant the match list creates gets it', () => {
  const p = plan([
    ['Frivillig', 'Deltaker', 'Startdato', 'Krisesenter'],
    ['Kari Nordmann', 'Fatima Ali', '01.02.2026', 'Eksempelby krisesenter'],
    ['Berit Hansen', 'Amina Yusuf', 'i fjor', 'Nabokommunen krisesenter'],
  ], 'Koblinger');
  expect(p.participants.map((x) => [x.id, x.shelter])).toEqual([['D-001', 'Eksempelby krisesenter'], ['D-002', 'Nabokommunen krisesenter']]);
  expect(p.matches.map((m) => m.note)).toEqual(['', 'Startdato (opprinnelig): i fjor']);
});
