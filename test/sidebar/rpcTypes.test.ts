/**
 * The sidebar's calls are checked against src/main.ts at compile time: `npm run typecheck` fails if any
 * `@ts-expect-error` below stops being an error. The calls are never run.
 */
import { call, openPage } from '../../src/sidebar/rpc';

export function neverCalled(): void {
  // @ts-expect-error a function the server does not export
  void call('sidebarDeleteEverything');
  // @ts-expect-error a menu function is not an RPC
  void call('menuSetupSheets');
  // @ts-expect-error a payload of the wrong shape
  void call('sidebarSaveFollowUp', { date: 20261120 });
  // @ts-expect-error a page that does not exist
  void openPage('admin');
  void openPage('followUp').then((r) => (r.ok ? r.matches.map((m) => m.due) : r.fieldErrors));
}

test('the typed RPC declarations compile (see npm run typecheck)', () => {
  expect(typeof neverCalled).toBe('function');
});
