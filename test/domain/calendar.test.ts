import { addDays, addMonths, daysBetween, fullMonthsBetween, isIsoDate, parseTypedDate, formatNorwegian } from '../../src/domain/calendar';

describe('calendar dates', () => {
  test.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-01-15', 9, '2026-10-15'],
    ['2026-05-31', 9, '2027-02-28'],
    ['2027-02-28', 12, '2028-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-12-31', -1, '2026-11-30'],
  ])('addMonths(%s, %i) = %s (month-end safe)', (d, n, expected) => {
    expect(addMonths(d, n)).toBe(expected);
  });

  test.each([
    ['2026-03-28', 1, '2026-03-29'], // DST starts in Europe on 29 March 2026
    ['2026-10-24', 2, '2026-10-26'], // DST ends on 25 October 2026
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
  ])('addDays(%s, %i) = %s across DST and year ends', (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
  });

  test('daysBetween counts calendar days across DST changes', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-02-01', '2026-01-01')).toBe(-31);
  });

  test('fullMonthsBetween counts a month once its day is reached', () => {
    expect(fullMonthsBetween('2026-01-31', '2026-02-27')).toBe(0);
    expect(fullMonthsBetween('2026-01-31', '2026-02-28')).toBe(1);
    expect(fullMonthsBetween('2026-01-15', '2026-10-14')).toBe(8);
    expect(fullMonthsBetween('2026-01-15', '2026-10-15')).toBe(9);
  });

  test('isIsoDate rejects impossible dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-01-01')).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
  });

  test.each([
    ['15.01.2026', '2026-01-15'],
    ['15.1.2026', '2026-01-15'],
    ['15.1.26', '2026-01-15'],
    [' 2026-01-15 ', '2026-01-15'],
    ['29.02.2028', '2028-02-29'],
    ['31.02.2026', null],
    ['29.02.2026', null],
    ['januar', null],
    ['15/01/2026', null],
  ])('parseTypedDate(%j) = %j', (input, expected) => {
    expect(parseTypedDate(input)).toBe(expected);
  });

  test('formatNorwegian', () => {
    expect(formatNorwegian('2026-01-05')).toBe('05.01.2026');
  });
});
