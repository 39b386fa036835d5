import { parseBirthYear, parseCount, parseEmail, parseLegacyBool, parseLegacyDate, parsePhone, serialToIso } from '../../../src/domain/legacy/values';
import { mapWord, CHANNEL, HOW_IT_GOES, MATCH_STATUS, VOLUNTEER_STATUS, END_REASON } from '../../../src/domain/legacy/words';

const TODAY = '2026-11-20';
const value = <T>(p: { ok: true; value: T | null } | { ok: false; reason: string }) => (p.ok ? p.value : `FEIL: ${p.reason}`);

describe('dates as people type them', () => {
  test.each([
    ['2026-01-15', '2026-01-15'],
    ['15.01.2026', '2026-01-15'],
    ['15.1.26', '2026-01-15'],
    ['  15.01.2026 ', '2026-01-15'],
    ['15 . 1 . 2026', '2026-01-15'],
    ['15/01/2026', '2026-01-15'],
    ['15-1-2026', '2026-01-15'],
    ['2026.01.15', '2026-01-15'],
    ['15. jan. 2026', '2026-01-15'],
    ['15 januar 2026', '2026-01-15'],
    ['3. mai 2025', '2025-05-03'],
    ['1. des 25', '2025-12-01'],
    ['January 15, 2026', '2026-01-15'],
    ['januar 2026', '2026-01-01'],
    ['Okt. 2025', '2025-10-01'],
    [46037, '2026-01-15'],
    ['46037', '2026-01-15'],
    ['29.02.2028', '2028-02-29'],
    ['', null],
    [null, null],
  ])('%p → %p', (input, expected) => {
    expect(value(parseLegacyDate(input))).toBe(expected);
  });

  test.each([['31.02.2026'], ['i fjor'], ['snart'], [2026], [true], ['15.13.2026'], ['smurf 2026']])('%p is not a date, with a Norwegian reason', (input) => {
    const p = parseLegacyDate(input);
    expect(p.ok).toBe(false);
    expect(p.ok ? '' : p.reason).toMatch(/dato/);
  });

  test('serial numbers count from 1899-12-30, as Excel and Sheets do', () => {
    expect(serialToIso(1)).toBe('1899-12-31');
    expect(serialToIso(60)).toBe('1900-02-28');
    expect(serialToIso(46022)).toBe('2025-12-31');
  });
});

describe('yes/no', () => {
  test.each([
    ['ja', true], ['Ja', true], ['x', true], ['X', true], ['✓', true], ['✔', true], ['✅', true], ['✔️', true], [true, true], [1, true], ['yes', true], ['signert', true], ['12.03.2026', true],
    ['nei', false], ['Nei', false], ['', false], [null, false], [false, false], [0, false], ['-', false], ['no', false],
  ])('%p → %p', (input, expected) => {
    expect(value(parseLegacyBool(input))).toBe(expected);
  });
  test('anything else is an error', () => {
    expect(parseLegacyBool('kanskje').ok).toBe(false);
  });
});

describe('birth year from age or year', () => {
  test.each([
    [1975, 1975], ['1975', 1975], [51, 1975], ['51 år', 1975], ['ca 50', 1976], ['ca. 50', 1976], ['15.03.1980', 1980], ['1980-03-15', 1980],
    ['født 1984', 1984], ['', null],
    // A two-digit year in a birth date is a birth year: 19xx, or 20xx when that makes an adult today.
    ['12.03.65', 1965], ['1.2.99', 1999], ['01.02.05', 2005],
    // A bare two-digit number: an age when plausible (18–90), otherwise a year.
    [75, 1951], ['75', 1951], [18, 2008], [90, 1936], [95, 1995], ['95', 1995], ['05', 2005], ['75 år', 1951],
  ])('%p → %p', (input, expected) => {
    expect(value(parseBirthYear(input, TODAY))).toBe(expected);
  });
  // «12»: not a plausible age, and 1912 is before the earliest birth year; «5» is neither.
  test.each([[1890], ['1890'], [5], ['ung'], [2020], [12], ['12.03.15'], [150]])('%p is refused', (input) => {
    expect(parseBirthYear(input, TODAY).ok).toBe(false);
  });
});

describe('phones with and without +47', () => {
  test.each([
    ['40000001', '400 00 001'], ['400 00 001', '400 00 001'], ['+47 400 00 001', '400 00 001'], ['0047 40000001', '400 00 001'],
    ['+4740000001', '400 00 001'], [40000001, '400 00 001'], ['400.00.001', '400 00 001'], ['+46 70 123 45 67', '+46 70 123 45 67'], ['', null],
    // Mobiles (4, 9) 3-2-3; a landline or other number 2-2-2-2.
    ['91234567', '912 34 567'], ['22 33 44 55', '22 33 44 55'], ['22334455', '22 33 44 55'], ['+47 51 22 33 44', '51 22 33 44'], [73001122, '73 00 11 22'],
  ])('%p → %p', (input, expected) => {
    expect(value(parsePhone(input))).toBe(expected);
  });
  test('too short is an error', () => {
    expect(parsePhone('1234').ok).toBe(false);
  });
});

test.each<[{ ok: true; value: unknown } | { ok: false; reason: string }, unknown]>([
  [parseEmail(' Kari@Example.org '), 'kari@example.org'],
  [parseEmail('mailto:kari@example.org'), 'kari@example.org'],
  [parseCount('3 ganger', 0, 60), 3],
  [parseCount(4, 0, 60), 4],
])('small parsers %#', (p, expected) => {
  expect(value(p)).toBe(expected);
});

describe('the leader\'s own words', () => {
  test.each([
    [VOLUNTEER_STATUS, 'klar for kobling', 'Godkjent'],
    [VOLUNTEER_STATUS, 'AKTIV', 'I kobling'],
    [VOLUNTEER_STATUS, 'har sluttet', 'Sluttet'],
    [VOLUNTEER_STATUS, 'Påmeldt', 'Påmeldt'],
    [VOLUNTEER_STATUS, 'pameldt', 'Påmeldt'],
    [MATCH_STATUS, 'pågår', 'Aktiv'],
    [MATCH_STATUS, 'ferdig', 'Avsluttet'],
    [MATCH_STATUS, 'på pause', 'Pause'],
    [MATCH_STATUS, 'avbrutt', 'Avsluttet'],
    [MATCH_STATUS, 'Avbrutt av deltaker', 'Avsluttet'],
    [MATCH_STATUS, 'avbrutt av frivillig', 'Avsluttet'],
    [MATCH_STATUS, 'kobla', 'Aktiv'],
    [MATCH_STATUS, 'venter på møte', 'Koblingsmøte avtalt'],
    [VOLUNTEER_STATUS, 'pause', 'Godkjent'],
    [VOLUNTEER_STATUS, 'Permisjon', 'Godkjent'],
    [CHANNEL, 'ringte', 'Telefon'],
    [CHANNEL, 'kafé', 'Møte'],
    [CHANNEL, 'Teams', 'Video'],
    [HOW_IT_GOES, 'veldig bra', 'Svært bra'],
    [HOW_IT_GOES, 'bra, men travelt', 'Bra'],
    [HOW_IT_GOES, 'OK', 'Greit'],
    [END_REASON, 'hun ble lei', 'Annet'],
  ])('%#: %p', (list, input, expected) => {
    expect(value(mapWord(list as never, input))).toBe(expected);
  });
  test('an unknown status names the choices', () => {
    const p = mapWord(VOLUNTEER_STATUS, 'grønn');
    expect(p.ok ? '' : p.reason).toBe('«grønn» er ikke en verdi vi kjenner igjen. Bruk en av: Påmeldt, Under kartlegging, Godkjent, I kobling, Sluttet.');
  });
});
