/**
 * The one lock (src/gas/ports.ts): a lease per spreadsheet id taken under the script lock. In an editor add-on
 * the script lock is shared by every association's document, so it must be held for the lease only, and one
 * association's lease must not make another's wait.
 */
import { LEASE_MS, LEASE_PREFIX } from '../../src/gas/ports';
import { gasHarness, holdLeaseElsewhere, type GasHarness } from '../support/harness';

let h: GasHarness;
beforeEach(() => { h = gasHarness({ deployment: 'addon' }); });
afterEach(() => h.dispose());

test('the script lock is held only while the lease is taken and given back, never during the work', () => {
  const during = h.run((p) => p.lock.withLock(() => h.emu.locks.heldByCurrent()));
  expect(during).toEqual([]);
  // Take the lease, work, flush, give the lease back.
  expect(h.emu.locks.events.map((e) => `${e.kind}:${e.scope}`)).toEqual(['acquire:script', 'release:script', 'flush:', 'acquire:script', 'release:script']);
  expect(h.emu.scriptProperties()).toEqual({}); // given back
});

test("another association's lease does not make this one wait; this spreadsheet's own lease does", () => {
  holdLeaseElsewhere(h.emu, 'another-associations-spreadsheet');
  const before = h.emu.clock.now().getTime();
  expect(h.run((p) => p.lock.withLock(() => 'ran'))).toBe('ran');
  expect(h.emu.clock.now().getTime()).toBe(before); // no wait at all
  holdLeaseElsewhere(h.emu);
  expect(() => h.run((p) => p.lock.withLock(() => 'ran'))).toThrow('En annen lagrer i regnearket akkurat nå');
  expect(h.emu.clock.now().getTime() - before).toBeLessThanOrEqual(10_000); // the bounded wait
});

test('a lease left by an execution that was killed frees itself after LEASE_MS', () => {
  holdLeaseElsewhere(h.emu);
  h.emu.clock.advance(LEASE_MS + 1);
  expect(h.run((p) => p.lock.withLock(() => 'ran'))).toBe('ran');
  expect(Object.keys(h.emu.scriptProperties()).filter((k) => k.startsWith(LEASE_PREFIX))).toEqual([]);
});

test('re-entrant within one execution (a use case calling another that locks)', () => {
  expect(h.run((p) => p.lock.withLock(() => p.lock.withLock(() => 'inner')))).toBe('inner');
});

test('a lease that is not ours is never given back by us', () => {
  h.run((p) => p.lock.withLock(() => {
    // Our lease expired meanwhile and another execution took it (a run longer than LEASE_MS).
    h.emu.clock.advance(LEASE_MS + 1);
    holdLeaseElsewhere(h.emu);
  }));
  expect(JSON.parse(h.emu.scriptProperties()[LEASE_PREFIX + h.emu.spreadsheetId]!).token).toBe('another-execution');
});
