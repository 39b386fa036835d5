import { findLayout, proposeMapping, rankKinds } from '../../../src/domain/legacy/detect';
import { initials, nameKey, resolveNameKeys } from '../../../src/domain/legacy/names';
import { makeScrubber } from '../../../src/domain/legacy/scrub';
import { rowFingerprints } from '../../../src/domain/legacy/fingerprint';
import type { SourceCell } from '../../../src/domain/legacy/text';

describe('a header with many columns the add-on does not know', () => {
  // A member register kept for the whole association: four of ten headers are known.
  const grid: SourceCell[][] = [
    ['Medlemsregister frivillige 2024'],
    [],
    ['Nr', 'Navn', 'Adresse', 'Postnr', 'Poststed', 'Mobil', 'Yrke', 'Arbeidsgiver', 'Kurs', 'Status'],
    [1, 'Kari Nordmann', 'Storgata 1', '0150', 'Oslo', '400 00 001', 'Lærer', 'Oslo kommune', '10.09.2024', 'aktiv'],
    [2, 'Ola Hansen', 'Lia 2', '0151', 'Oslo', '400 00 002', 'Sykepleier', 'OUS', '', 'ny'],
  ];

  test('falls back to the row with the most known headers (two or more) among the first 30', () => {
    const layout = findLayout(grid);
    expect(layout.roles).toEqual(['title', 'blank', 'header', 'data', 'data']);
    expect(layout.blocks.map((b) => [b.headerRow, b.kind])).toEqual([[2, 'volunteers']]);
    expect(layout.blocks[0]!.mapping).toMatchObject({ name: 1, phone: 5, courseDate: 8, status: 9, email: null });
  });

  test('no row with two known headers: no table, unless the leader names the header row', () => {
    const unknown: SourceCell[][] = [['Hvem', 'Adresse', 'Yrke'], ['Kari', 'Storgata 1', 'Lærer']];
    expect(findLayout(unknown).blocks).toEqual([]);
    const chosen = findLayout(unknown, 'Frivillige', [0]);
    expect(chosen.roles).toEqual(['header', 'data']);
    expect(chosen.blocks.map((b) => [b.headerRow, b.end, b.kind])).toEqual([[0, 2, 'volunteers']]);
  });

  test('a chosen header row replaces the detected one; rows above it become titles', () => {
    const layout = findLayout(grid, '', [3]);
    expect(layout.roles).toEqual(['title', 'blank', 'title', 'header', 'data']);
    expect(layout.blocks.map((b) => [b.headerRow, b.end, b.title])).toEqual([[3, 5, 'Medlemsregister frivillige 2024 Nr Navn Adresse Postnr Poststed Mobil Yrke Arbeidsgiver Kurs Status']]);
  });
});

describe('header row and tables on a tab', () => {
  test('title rows, a merged title (one cell) and blank rows above the header', () => {
    const grid: SourceCell[][] = [
      ['Kontaktlogg Ressursvenn 2025', '', '', ''],
      ['Eksempelby sanitetsforening', '', '', ''],
      ['', '', '', ''],
      ['Dato', 'Frivillig', 'Kanal', 'Kommentar'],
      ['2025-01-15', 'Kari N.', 'Telefon', 'Bra'],
      ['', '', '', ''],
      ['2025-02-15', 'Kari N.', 'SMS', ''],
    ];
    const layout = findLayout(grid);
    expect(layout.roles).toEqual(['title', 'title', 'blank', 'header', 'data', 'blank', 'data']);
    expect(layout.blocks).toHaveLength(1);
    expect(layout.blocks[0]).toMatchObject({ headerRow: 3, end: 7, kind: 'contacts', title: 'Kontaktlogg Ressursvenn 2025 Eksempelby sanitetsforening' });
    expect(layout.blocks[0]!.mapping).toMatchObject({ date: 0, volunteer: 1, channel: 2, note: 3, participant: null });
  });

  test('two tables on one tab: a second title and header start a second table of another kind', () => {
    const grid: SourceCell[][] = [
      ['Navn', 'Telefon', 'E-post', 'Kurs'],
      ['Kari Nordmann', '40000001', 'kari@example.org', '2025-01-10'],
      ['', '', '', ''],
      ['Koblinger', '', '', ''],
      ['Frivillig', 'Deltaker', 'Startdato', 'Status'],
      ['Kari N.', 'Fatima', '2025-02-01', 'Aktiv'],
    ];
    const layout = findLayout(grid);
    expect(layout.roles).toEqual(['header', 'data', 'blank', 'title', 'header', 'data']);
    expect(layout.blocks.map((b) => [b.headerRow, b.end, b.kind])).toEqual([[0, 3, 'volunteers'], [4, 6, 'matches']]);
  });

  test('a data row with a status word is not taken for a header', () => {
    const grid: SourceCell[][] = [['Navn', 'Status', 'Kurs'], ['Kari', 'Påmeldt', 'ja'], ['Ola', 'Kurs', 'Påmeldt']];
    expect(findLayout(grid).roles).toEqual(['header', 'data', 'data']);
  });

  test('no header anywhere: no tables', () => {
    expect(findLayout([['a', 'b'], [1, 2]]).blocks).toEqual([]);
  });
});

describe('kind and mapping from Norwegian and English headers', () => {
  test.each([
    [['Date', 'Volunteer', 'Participant', 'Channel', 'Notes'], 'contacts'],
    [['Dato', 'Ressursvenn', 'Hvordan går det', 'Neste oppfølging'], 'contacts'],
    [['Navn', 'Tlf.', 'E-post', 'Fødselsår', 'Politiattest', 'Status'], 'volunteers'],
    [['Name', 'Phone', 'Email', 'Age', 'Course'], 'volunteers'],
    [['Frivillig', 'Deltaker', 'Oppstart', 'Slutt', 'Status'], 'matches'],
    [['Deltaker', 'Krisesenter', 'Alder', 'Tolk', 'Henvist'], 'participants'],
  ])('%p → %p', (header, kind) => {
    expect(rankKinds(header, '')[0]!.kind).toBe(kind);
  });

  test('the title decides between close kinds', () => {
    expect(rankKinds(['Navn', 'Dato', 'Merknad'], 'Frivillige 2024')[0]!.kind).toBe('volunteers');
  });

  test('each column is used once, best match first', () => {
    expect(proposeMapping('volunteers', ['Navn', 'Taushetserklæring krisesenter', 'Taushetserklæring', 'Tlf', 'Sluttet'])).toMatchObject({
      name: 0, shelterDeclarationDate: 1, nksDeclarationDate: 2, phone: 3, quitDate: 4, email: null,
    });
  });
});

describe('names written differently for the same person', () => {
  test.each([
    ['Kari N.', 'kari n'], ['kari n', 'kari n'], ['  Kari   Nordmann ', 'kari nordmann'], ['Nordmann, Kari', 'kari nordmann'], ['Åse Ødegård', 'ase odegard'],
  ])('%p → %p', (raw, key) => expect(nameKey(raw)).toBe(key));

  test('abbreviations and lone first names join the one full name they fit', () => {
    const m = resolveNameKeys(['kari nordmann', 'kari n', 'kari', 'ola h', 'ola hansen', 'ola hagen', 'ola', 'per']);
    expect(Object.fromEntries(m)).toEqual({
      'kari nordmann': 'kari nordmann', 'kari n': 'kari nordmann', kari: 'kari nordmann',
      'ola h': 'ola h', 'ola hansen': 'ola hansen', 'ola hagen': 'ola hagen', ola: 'ola', per: 'per',
    });
  });

  test('initials for the alias column', () => {
    expect([initials('Kari N.'), initials('Anne-Lise Berg'), initials('kari')]).toEqual(['KN', 'ALB', 'K']);
  });
});

test('names in free text are replaced by role words', () => {
  const scrub = makeScrubber(['Kari Nordmann', 'Kari N.'], ['Fatima Ali', 'Li']);
  expect(scrub('Kari og Fatima gikk tur; Fatima Ali var glad. Kariann kom ikke. Li ble med.')).toBe('[frivillig] og [deltaker] gikk tur; [deltaker] var glad. Kariann kom ikke. Li ble med.');
});

test('row fingerprints ignore trailing blanks and count identical rows', () => {
  const f = rowFingerprints('Logg', [['a', 1, ''], ['a', 1], ['b'], ['a', 1, null]]);
  expect(f[0]).toBe(f[0]!.replace(/#.*/, ''));
  expect(f[1]).toBe(`${f[0]}#2`);
  expect(f[3]).toBe(`${f[0]}#3`);
  expect(f[2]).not.toBe(f[0]);
  expect(rowFingerprints('Annen fane', [['a', 1]])[0]).not.toBe(f[0]);
});
