import { eligibility, missingScreeningSteps, screeningStatus } from '../../src/domain/screening';

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
