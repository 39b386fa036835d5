/** The data check's cross-table rules about approval: the same rule as the matching gate, the report and the reminders. */
import { crossCheck, type CheckInput } from '../../src/domain/consistency';
import type { Volunteer } from '../../src/domain/records';
import { volunteer } from './reminders/fixtures';

const check = (v: Volunteer, today: string) => {
  const input: CheckInput = { today, volunteers: [{ row: 2, record: v }], participants: [], matches: [], contacts: [], contactInfo: [], shelters: [], notes: [] };
  return crossCheck(input).map((f) => `${f.field} ${f.severity}: ${f.message}`);
};

// Screened in September 2025 (fixtures.ts).
test.each<[string, Partial<Volunteer>, string, string[]]>([
  ['approved, status «Godkjent»', { status: 'Godkjent' }, '2025-10-01', []],
  ['screened at 24, status «Godkjent»', { status: 'Godkjent', birthYear: 2001 }, '2025-10-01', ['status advarsel: Status er «Godkjent», men: Under 25 år ved oppstart.']],
  ['the year she turns 25, status «Godkjent»', { status: 'Godkjent', birthYear: 2001 }, '2026-01-01', []],
  ['no birth year, status «Godkjent»', { status: 'Godkjent', birthYear: null }, '2025-10-01', ['status advarsel: Status er «Godkjent», men: Fødselsår mangler (må være minst 25 år).']],
  ['approved by the rule, status «Under kartlegging»', { status: 'Under kartlegging' }, '2025-10-01', ['status advarsel: Godkjenningsstegene er fullført og hun er gammel nok: status bør være «Godkjent», ikke «Under kartlegging».']],
  ['a 16-year-old volunteer', { status: 'Påmeldt', birthYear: 2010, courseDate: null }, '2026-11-20', ['birthYear advarsel: Født 2010: under 18 år i år; sjekk årstallet. En frivillig kan kobles fra 1. januar i året hun fyller 25.']],
  ['registered at 23, not yet approved: no warning (she can be approved from the year she turns 25)', { status: 'Påmeldt', birthYear: 2003, courseDate: null }, '2026-11-20', []],
  ['over 100', { status: 'Påmeldt', birthYear: 1925, courseDate: null }, '2026-11-20', ['birthYear advarsel: Født 1925: over 100 år; sjekk årstallet.']],
  ['a volunteer who has quit is not checked for age', { status: 'Sluttet', birthYear: 2010, quitDate: '2026-01-01', quitReason: 'Flyttet' }, '2026-11-20', []],
])('%s', (_name, patch, today, expected) => {
  expect(check(volunteer(patch), today)).toEqual(expected);
});
