/** Shelter and municipality are typed in Deltakere, so their labels get the free text's privacy check. */
import { computeMonthlyReport, WITHHELD_LABEL } from '../../../src/domain/report/compute';
import { participant, rows } from '../reminders/fixtures';

test.each<[string, string, string]>([
  ['a plain name stays', 'Krisesenteret i Nordby', 'Krisesenteret i Nordby'],
  ['a phone number is withheld', 'Krisesenter, tlf 411 22 333', WITHHELD_LABEL],
  ['a volunteer\'s alias is withheld', 'Hos Astrid', WITHHELD_LABEL],
  ['an ID is withheld', 'se D-004', WITHHELD_LABEL],
])('%s', (_name, typed, shown) => {
  const report = computeMonthlyReport({
    month: '2026-03', settings: { followUpEveryDays: 30, overdueAfterDays: 45 }, volunteers: [], matches: [], contacts: [], inquiries: [], courses: [], notCounted: [],
    participants: rows([participant({ referralDate: '2026-03-10', shelter: typed, municipality: typed })]), names: ['Astrid'],
  });
  expect(report.breakdowns['participants.byShelter']).toEqual([{ label: shown, count: 1 }]);
  expect(report.breakdowns['participants.byMunicipality']).toEqual([{ label: shown, count: 1 }]);
});
