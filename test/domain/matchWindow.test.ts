import { frameEnd, lengthMonths, plannedEnd, windowState } from '../../src/domain/matchWindow';

describe('match window', () => {
  test.each([
    ['2026-01-31', 9, '2026-10-31'],
    ['2026-05-31', 9, '2027-02-28'],
    ['2027-05-31', 9, '2028-02-29'],
    ['2026-03-15', 12, '2027-03-15'],
  ])('plannedEnd(%s, %i) = %s', (start, months, end) => {
    expect(plannedEnd(start, months)).toBe(end);
  });

  test('agreed length outside 9–12 is refused', () => {
    expect(() => plannedEnd('2026-01-01', 8)).toThrow(RangeError);
    expect(() => plannedEnd('2026-01-01', 13)).toThrow(RangeError);
    expect(() => plannedEnd('2026-01-01', 9.5)).toThrow(RangeError);
  });

  test('state on a given day', () => {
    expect(windowState('2026-01-15', '2026-10-15', '2026-09-15')).toEqual({ monthsRun: 8, daysToPlannedEnd: 30, pastPlannedEnd: false, outsideFrame: false });
    expect(windowState('2026-01-15', '2026-10-15', '2026-10-16').pastPlannedEnd).toBe(true);
    expect(windowState('2026-01-15', null, '2027-01-16').outsideFrame).toBe(true);
    expect(windowState('2026-01-15', null, '2027-01-15').outsideFrame).toBe(false);
    expect(frameEnd('2026-02-28')).toBe('2027-02-28');
  });

  test('length of an ended match in whole months', () => {
    expect(lengthMonths('2026-01-15', '2026-10-14')).toBe(8);
    expect(lengthMonths('2026-01-15', '2026-10-15')).toBe(9);
  });
});
