import { decodeCell, encodeCell, numberFormatFor } from '../../src/sheets/cells';

const TZ = 'Europe/Oslo';

describe('cell codecs', () => {
  test('dates from Date cells and typed text', () => {
    expect(decodeCell('date', new Date('2026-01-14T23:00:00Z'), TZ)).toEqual({ ok: true, value: '2026-01-15' });
    expect(decodeCell('date', '15.01.2026', TZ)).toEqual({ ok: true, value: '2026-01-15' });
    expect(decodeCell('date', '', TZ)).toEqual({ ok: true, value: null });
  });

  test.each([
    ['31.02.2026', '«31.02.2026» er ikke en gyldig dato (skriv dd.mm.åååå).'],
    ['snart', '«snart» er ikke en gyldig dato (skriv dd.mm.åååå).'],
    [12, '«12» er ikke en dato (skriv dd.mm.åååå).'],
    [1980, '«1980» er ikke en dato (skriv dd.mm.åååå).'],
    [true, '«true» er ikke en dato (skriv dd.mm.åååå).'],
  ])('date %j is refused: %s', (value, message) => {
    expect(decodeCell('date', value, TZ)).toEqual({ ok: false, message });
  });

  test.each([
    [46000, '2025-12-09'],
    [46037, '2026-01-15'],
    [46037.99, '2026-01-15'], // a time of day does not move the day
    [45351, '2024-02-29'],
  ])('a number in a date column is a Sheets serial date: %j → %s', (serial, iso) => {
    expect(decodeCell('date', serial, TZ)).toEqual({ ok: true, value: iso });
  });

  test.each([
    [46037.5, '2026-01-15T12:00'],
    [46037 + 23.5 / 24, '2026-01-15T23:30'],
  ])('a number in a date-time column is a serial with its time of day: %j → %s', (serial, value) => {
    expect(decodeCell('datetime', serial, TZ)).toEqual({ ok: true, value });
  });

  test('integers', () => {
    expect(decodeCell('int', 1980, TZ)).toEqual({ ok: true, value: 1980 });
    expect(decodeCell('int', ' 1980 ', TZ)).toEqual({ ok: true, value: 1980 });
    expect(decodeCell('int', 19.5, TZ)).toEqual({ ok: false, message: '«19.5» er ikke et helt tall.' });
    expect(decodeCell('int', 'nitten', TZ)).toEqual({ ok: false, message: '«nitten» er ikke et tall.' });
  });

  test('booleans accept checkboxes and ja/nei/x', () => {
    expect(decodeCell('bool', true, TZ)).toEqual({ ok: true, value: true });
    expect(decodeCell('bool', 'ja', TZ)).toEqual({ ok: true, value: true });
    expect(decodeCell('bool', 'x', TZ)).toEqual({ ok: true, value: true });
    expect(decodeCell('bool', 'Nei', TZ)).toEqual({ ok: true, value: false });
    expect(decodeCell('bool', '', TZ)).toEqual({ ok: true, value: false });
    expect(decodeCell('bool', 'kanskje', TZ).ok).toBe(false);
  });

  test('encoding guards text and writes dates as zone midnight', () => {
    // Text kinds go into plain-text cells (the writer sets the format), so the text is kept exactly as typed.
    expect(encodeCell('note', '=HYPERLINK("x")', TZ)).toBe('=HYPERLINK("x")');
    expect((encodeCell('date', '2026-07-01', TZ) as Date).toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(encodeCell('date', null, TZ)).toBe('');
    expect(encodeCell('bool', null, TZ)).toBe(false);
    expect(() => encodeCell('date', '2026-02-30', TZ)).toThrow();
  });

  test('text kinds are plain text so leading zeros survive', () => {
    expect(numberFormatFor('phone')).toBe('@');
    expect(numberFormatFor('id')).toBe('@');
    expect(numberFormatFor('date')).toBe('dd.mm.yyyy');
  });
});
