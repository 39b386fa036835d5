import { approvedSince, eligibility, isApprovedOn, missingScreeningSteps, screeningStatus, volunteerBirthYearProblem, volunteerBirthYears } from '../../src/domain/screening';

const ready = {
  birthYear: 1980, courseDate: '2026-01-10', interviewDate: '2026-01-12', policeCertificateDate: '2026-01-14',
  nksDeclarationDate: '2026-01-15', shelterDeclarationDate: '2026-01-16', status: 'Godkjent' as const,
};

describe('screening gates matching', () => {
  test('a fully screened volunteer of 25+ is eligible', () => {
    expect(eligibility(ready, '2026-02-01')).toEqual({ eligible: true, missing: [] });
  });

  test('every missing step is named, in programme order', () => {
    const v = { ...ready, courseDate: null, policeCertificateDate: null, shelterDeclarationDate: null };
    expect(missingScreeningSteps(v, '2026-02-01').map((s) => s.key)).toEqual(['course', 'policeCertificate', 'shelterDeclaration']);
  });

  test.each([
    [2001, '2026-06-01', true],
    [2002, '2026-06-01', false],
    [2002, '2027-01-01', true],
  ])('born %i, start %s: age ok = %s', (birthYear, start, ok) => {
    expect(eligibility({ ...ready, birthYear }, start).eligible).toBe(ok);
  });

  test('a step dated after the start is a plan, not a completed step', () => {
    const r = eligibility({ ...ready, policeCertificateDate: '2026-02-10' }, '2026-02-01');
    expect(r.eligible).toBe(false);
    expect(r.missing).toEqual([{ key: 'policeCertificate', label: 'Politiattest ikke vist før oppstart (datert 10.02.2026)' }]);
    expect(eligibility({ ...ready, policeCertificateDate: '2026-02-01' }, '2026-02-01').eligible).toBe(true);
  });

  test('unknown birth year blocks matching with a reason', () => {
    const r = eligibility({ ...ready, birthYear: null }, '2026-02-01');
    expect(r.eligible).toBe(false);
    expect(r.missing[0]!.label).toMatch(/Fødselsår mangler/);
  });

  test('a volunteer who quit is never eligible', () => {
    expect(eligibility({ ...ready, status: 'Sluttet' }, '2026-02-01').missing.map((s) => s.key)).toEqual(['status']);
  });

  test('screeningStatus follows the dates', () => {
    const none = { ...ready, courseDate: null, interviewDate: null, policeCertificateDate: null, nksDeclarationDate: null, shelterDeclarationDate: null };
    expect(screeningStatus(none, '2026-02-01')).toBe('Påmeldt');
    expect(screeningStatus({ ...none, courseDate: '2026-01-10' }, '2026-02-01')).toBe('Under kartlegging');
    expect(screeningStatus(ready, '2026-02-01')).toBe('Godkjent');
  });
});

describe('one approval rule: all five steps and old enough (from 1 January of the year she turns 25)', () => {
  test.each([
    // birth year, last step, approved since
    [1980, '2026-01-16', '2026-01-16'],
    [2001, '2026-01-16', '2026-01-16'], // turns 25 in 2026: old enough from 1 January 2026
    [2002, '2026-03-10', '2027-01-01'], // screened at 24: approved from the year she turns 25
    [2002, '2027-02-01', '2027-02-01'],
    [null, '2026-01-16', null],
  ])('born %s, last step %s: approved since %s', (birthYear, last, since) => {
    expect(approvedSince({ ...ready, birthYear, shelterDeclarationDate: last })).toBe(since);
  });

  test('a step missing: never approved', () => {
    expect(approvedSince({ ...ready, interviewDate: null })).toBeNull();
  });

  // The gate (eligibility), the status the sidebar stores (screeningStatus) and isApprovedOn say the same on every day.
  test.each([
    [2002, '2026-12-31'], [2002, '2027-01-01'], [2001, '2026-01-01'], [2001, '2025-12-31'], [1980, '2026-01-15'], [1980, '2026-01-16'], [null, '2030-01-01'],
  ])('born %s, on %s: the gate, the stored status and the rule agree', (birthYear, day) => {
    const v = { ...ready, birthYear };
    const approved = isApprovedOn(v, day);
    expect(eligibility(v, day).eligible).toBe(approved);
    expect(screeningStatus(v, day) === 'Godkjent').toBe(approved);
  });
});

describe('a volunteer\'s birth year moves with today', () => {
  test.each([
    ['2026-11-20', 1926, 2001], ['2027-01-01', 1927, 2002], ['2031-06-30', 1931, 2006],
  ])('on %s: born %i to %i', (today, min, max) => {
    expect(volunteerBirthYears(today)).toEqual({ min, max });
  });

  test.each([
    [2010, '2026-11-20', 'Født 2010: en frivillig må fylle 25 i år eller tidligere (født 2001 eller før).'], // 16 years old
    [2002, '2026-11-20', 'Født 2002: en frivillig må fylle 25 i år eller tidligere (født 2001 eller før).'],
    [2002, '2027-01-01', null],
    [2001, '2026-11-20', null],
    [1925, '2026-11-20', 'Født 1925: over 100 år; sjekk årstallet (født 1926 eller senere).'],
    [null, '2026-11-20', null],
  ])('born %s on %s: %s', (birthYear, today, problem) => {
    expect(volunteerBirthYearProblem(birthYear, today)).toBe(problem);
  });
});
