/** «I dag»'s counts on the sample association at fixed dates: the 30-day window for endings, edges included. */
import { sidebarFixture } from '../support/sidebar';

const at = (iso: string) => new Date(`${iso}T08:00:00Z`);

test.each<[string, string, Record<string, number>]>([
  // K-002 (active) ends 10.12.2026, K-003 (paused) 01.01.2027, K-001 01.06.2027.
  ['31 days before K-002 ends: none yet', '2026-11-09', { endingSoon: 0 }],
  ['30 days before: K-002 is in', '2026-11-10', { endingSoon: 1 }],
  ['K-002 and the paused K-003 (22 days)', '2026-12-10', { endingSoon: 2 }],
  ['the day after K-002\'s planned end it no longer counts as ending soon', '2026-12-11', { endingSoon: 1 }],
])('%s (%s)', (_name, today, expected) => {
  const { rpc } = sidebarFixture({ now: at(today) });
  const page = rpc('sidebarOpen', 'today');
  expect(page.ok).toBe(true);
  expect(page.today).toBe(today);
  expect(page.overview).toEqual({ active: 2, paused: 1, volunteersWaiting: 2, participantsWaiting: 1, ...expected });
});
