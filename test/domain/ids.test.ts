import { formatId, isId, nextIds, highestIdNumber } from '../../src/domain/ids';

describe('pseudonymous IDs', () => {
  test('format with the table prefix and padding', () => {
    expect(formatId('volunteer', 7)).toBe('F-007');
    expect(formatId('contact', 12)).toBe('L-00012');
    expect(formatId('course', 1)).toBe('KU-001');
    expect(formatId('volunteer', 1234)).toBe('F-1234');
  });

  test('recognise only their own kind', () => {
    expect(isId('volunteer', 'F-001')).toBe(true);
    expect(isId('volunteer', 'F-01')).toBe(false);
    expect(isId('volunteer', 'D-001')).toBe(false);
    expect(isId('match', 'KU-001')).toBe(false);
    expect(isId('course', 'KU-001')).toBe(true);
  });

  test('next IDs follow the highest ever seen, never reuse', () => {
    expect(nextIds('volunteer', ['F-001', 'F-004', 'garbage', 'D-009'], 0)).toEqual(['F-005']);
    // F-006 was deleted from the sheet but the high-water mark remembers it.
    expect(nextIds('volunteer', ['F-001', 'F-004'], 6, 2)).toEqual(['F-007', 'F-008']);
    expect(highestIdNumber('match', [])).toBe(0);
    expect(nextIds('match', [], 0)).toEqual(['K-001']);
  });
});
