import { isNationalIdNumber, nameInAlias, scanNote } from '../../src/domain/privacy';

// Synthetic numbers built to pass / fail the mod-11 check; not real people.
const VALID_FNR = '15019012317';

describe('note privacy scan', () => {
  test('national ID numbers need both control digits right', () => {
    expect(isNationalIdNumber(VALID_FNR)).toBe(true);
    expect(isNationalIdNumber('15019012318')).toBe(false);
    expect(isNationalIdNumber('12345678901')).toBe(false);
    expect(isNationalIdNumber('0101015001')).toBe(false);
  });

  test('finds ID numbers, phones and emails, and names what it found', () => {
    const findings = scanNote(`Ring 912 34 567 eller +47 41234567, skriv til kari@example.org. Fnr ${VALID_FNR}.`);
    expect(findings.map((f) => f.kind).sort()).toEqual(['e-postadresse', 'fødselsnummer', 'telefonnummer', 'telefonnummer']);
  });

  test('ordinary notes, dates and counts are not flagged', () => {
    expect(scanNote('Møttes 3 ganger, gikk tur 15.01.2026 og 2026-02-01. Alt vel.')).toEqual([]);
    expect(scanNote('12345678901 er ikke et gyldig nummer')).toEqual([]);
  });
});

describe('an alias must not contain the name', () => {
  test.each([
    ['NN', 'Nina Nyesen', null],
    ['Nina N', 'Nina Nyesen', 'Nina'],
    ['nyesen', 'Nina Nyesen', 'Nyesen'],
    ['N. Nyesen-Berg', 'Nina Nyesen-Berg', 'Nyesen'],
    ['ÅSE', 'Åse Ødegård', 'Åse'],
    ['Bo', 'Bo Li', null],
    ['XBEAX', 'Bea Øyen', 'Bea'],
    ['AØ', 'Anne Øyen', null],
  ])('alias %j, name %j → %j', (alias, name, found) => {
    expect(nameInAlias(alias, name)).toBe(found);
  });
});
