import { cellDateToIso, isoToCellDate, todayIn, wallTimeToInstant } from '../../src/sheets/cellDates';

const OSLO = 'Europe/Oslo';

describe('cell dates in the spreadsheet time zone', () => {
  test.each([
    ['2026-01-15', '2026-01-14T23:00:00.000Z'], // winter, UTC+1
    ['2026-07-15', '2026-07-14T22:00:00.000Z'], // summer, UTC+2
    ['2026-03-29', '2026-03-28T23:00:00.000Z'], // DST starts at 02:00 that day: midnight is still UTC+1
    ['2026-10-25', '2026-10-24T22:00:00.000Z'], // DST ends at 03:00 that day: midnight is still UTC+2
  ])('%s is local midnight %s', (iso, instant) => {
    expect(isoToCellDate(iso, OSLO).toISOString()).toBe(instant);
    expect(cellDateToIso(new Date(instant), OSLO)).toBe(iso);
  });

  test('round trip in other zones', () => {
    for (const tz of ['UTC', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata']) {
      for (const iso of ['2026-01-01', '2026-03-08', '2026-11-01', '2028-02-29']) {
        expect(cellDateToIso(isoToCellDate(iso, tz), tz)).toBe(iso);
      }
    }
  });

  test('today depends on the zone, not the process', () => {
    const lateEvening = new Date('2026-12-31T23:30:00Z');
    expect(todayIn(lateEvening, OSLO)).toBe('2027-01-01');
    expect(todayIn(lateEvening, 'UTC')).toBe('2026-12-31');
  });

  test('wall time with hours', () => {
    expect(wallTimeToInstant('2026-06-01', OSLO, 7, 30).toISOString()).toBe('2026-06-01T05:30:00.000Z');
  });
});
