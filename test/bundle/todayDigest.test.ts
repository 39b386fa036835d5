/**
 * «I dag» and the morning digest are one evaluation: on the sample association the tab lists exactly the digest's
 * lines, in its order; with reminders never switched on; and still after the digest went out (the ledger decides
 * what is emailed again, never what the leader sees in the tab).
 */
import { sidebarFixture } from '../support/sidebar';

test('the tab lists the digest\'s lines, in order, before and after the digest is sent', () => {
  const { h, rpc } = sidebarFixture({ withBadRows: true });
  expect(h.emu.triggers.list()).toEqual([]);
  const before = rpc('sidebarOpen', 'today');
  expect(before.ok).toBe(true);
  const lines = (page: typeof before) => page.items.map((i: { code: string; text: string }) => `${i.code}: ${i.text}`);
  expect(lines(before).length).toBeGreaterThan(8);

  h.call('menuRunReminders');
  const digest = h.emu.mail.sent.find((m) => m.to === 'leder@example.org')!;
  const digestLines = digest.body.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
  expect(digestLines).toEqual(lines(before));

  // Everything is in Varsellogg now, so tomorrow's digest would skip it; the tab does not.
  const after = rpc('sidebarOpen', 'today');
  expect(lines(after)).toEqual(lines(before));
  expect(after.items.filter((i: { code: string }) => /rad \d+$/.test(i.code)).length).toBeGreaterThan(0);
});
