import { activeOn, ageBand, pausedDuring, pausedOn, runningOn } from '../../../src/domain/report/timeline';
import { approvedSince } from '../../../src/domain/screening';
import { isMonth, monthBounds, monthsEndingWith, parseTypedMonth, previousMonth } from '../../../src/domain/report/month';
import { MatchSchema } from '../../../src/domain/records';
import { M0 } from './scenario';

const match = (over: object) => MatchSchema.parse({ ...M0, id: 'K-001', volunteerId: 'F-001', participantId: 'D-001', ...over });
const running = match({ status: 'Avsluttet', startDate: '2026-01-31', agreedMonths: 9, endDate: '2026-04-30', endReason: 'Flyttet', pauseStart: '2026-02-28', pauseEnd: '2026-03-31' });

describe('a match on a date (half-open intervals)', () => {
  test.each([
    ['2026-01-30', false, false, false],
    ['2026-01-31', true, false, true], // start day counts
    ['2026-02-27', true, false, true],
    ['2026-02-28', true, true, false], // pause from its first day
    ['2026-03-30', true, true, false],
    ['2026-03-31', true, false, true], // «Pause til» is the day it runs again
    ['2026-04-29', true, false, true],
    ['2026-04-30', false, false, false], // ended on its end date
  ])('%s: running %s, paused %s, active %s', (d, r, p, a) => {
    expect([runningOn(running, d), pausedOn(running, d), activeOn(running, d)]).toEqual([r, p, a]);
  });

  test.each([
    ['2026-02-01', '2026-02-27', false],
    ['2026-02-01', '2026-02-28', true],
    ['2026-03-31', '2026-04-30', false],
    ['2026-03-01', '2026-03-31', true],
  ])('paused during %s – %s: %s', (first, last, want) => {
    expect(pausedDuring(running, first, last)).toBe(want);
  });

  test('an open pause on an ended match stops at the end date', () => {
    const m = match({ status: 'Avsluttet', startDate: '2026-01-10', agreedMonths: 9, endDate: '2026-02-15', endReason: 'Annet', pauseStart: '2026-02-01' });
    expect(pausedDuring(m, '2026-03-01', '2026-03-31')).toBe(false);
    expect(pausedDuring(m, '2026-02-01', '2026-02-28')).toBe(true);
  });

  test('a proposal with a planned start date never runs', () => {
    expect(runningOn(match({ status: 'Foreslått', startDate: '2026-01-01' }), '2026-02-01')).toBe(false);
  });
});

describe('volunteers', () => {
  test('approved on the last of the five steps, null while one is missing', () => {
    const steps = { birthYear: 1980, courseDate: '2026-01-05', interviewDate: '2026-02-01', policeCertificateDate: '2026-01-20', nksDeclarationDate: '2026-01-10', shelterDeclarationDate: '2026-01-11' };
    expect(approvedSince(steps)).toBe('2026-02-01');
    expect(approvedSince({ ...steps, policeCertificateDate: null })).toBeNull();
  });

  test.each([
    [2002, 'Under 25'], [2001, '25–34'], [1992, '25–34'], [1991, '35–44'], [1962, '55–64'], [1961, '65 og eldre'], [null, 'Ukjent'],
  ])('born %s → %s in 2026', (year, band) => {
    expect(ageBand(year, '2026-12-31')).toBe(band);
  });
});

describe('months', () => {
  test.each([
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2028-02', '2028-02-01', '2028-02-29'],
    ['2026-12', '2026-12-01', '2026-12-31'],
  ])('%s runs %s – %s', (m, first, last) => {
    expect(monthBounds(m)).toEqual({ month: m, first, last });
  });

  test.each([['2026-01-15', '2025-12'], ['2026-03-31', '2026-02'], ['2026-03-01', '2026-02']])('before %s comes %s', (today, m) => {
    expect(previousMonth(today)).toBe(m);
  });

  test('12 months back across a year end', () => {
    expect(monthsEndingWith('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  test.each([['2026-03', '2026-03'], ['3.2026', '2026-03'], ['03/2026', '2026-03'], ['13.2026', null], ['2026-13', null], ['mars', null]])('typed %s → %s', (typed, want) => {
    expect(parseTypedMonth(typed)).toBe(want);
    if (want) expect(isMonth(want)).toBe(true);
  });
});
