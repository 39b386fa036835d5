/**
 * Shelter and municipality are typed in Deltakere, so their labels are checked for what a contact detail or an ID
 * looks like. By content only: the same label shows the same way whatever names the sheets hold today.
 */
import { computeMonthlyReport, WITHHELD_LABEL } from '../../../src/domain/report/compute';
import { participant, rows } from '../reminders/fixtures';

test.each<[string, string, string]>([
  ['a plain name stays', 'Krisesenteret i Nordby', 'Krisesenteret i Nordby'],
  ['a phone number is withheld', 'Krisesenter, tlf 411 22 333', WITHHELD_LABEL],
  ['an email address is withheld', 'post@krisesenter.example.org', WITHHELD_LABEL],
  ['a national ID number is withheld', 'Senter 01017000027', WITHHELD_LABEL],
  ['a name is not looked for (today\'s names would make old months change)', 'Hos Astrid', 'Hos Astrid'],
  ['an ID is withheld', 'se D-004', WITHHELD_LABEL],
])('%s', (_name, typed, shown) => {
  const report = computeMonthlyReport({
    month: '2026-03', settings: { followUpEveryDays: 30, overdueAfterDays: 45 }, volunteers: [], matches: [], contacts: [], inquiries: [], courses: [], notCounted: [],
    participants: rows([participant({ referralDate: '2026-03-10', shelter: typed, municipality: typed })]),
  });
  expect(report.breakdowns['participants.byShelter']).toEqual([{ label: shown, count: 1 }]);
  expect(report.breakdowns['participants.byMunicipality']).toEqual([{ label: shown, count: 1 }]);
});
