/**
 * The import dialog's calls are checked against src/main.ts at compile time (npx tsc): each `@ts-expect-error`
 * below must stay an error. The calls are never run.
 */
import { call } from '../../src/sidebar/pages/importRpc';

export function neverCalled(): void {
  void call('importPreview', {});
  void call('importRun', { sheetName: 'Kontaktlogg 2025', blocks: [{ headerRow: 4, kind: 'skip' }] });
  void call('importDeleteSource', 'Kontaktlogg 2025').then((r) => r.message);
  // @ts-expect-error a sidebar RPC is not one of the dialog's
  void call('sidebarOpen', 'followUp');
  // @ts-expect-error a function the server does not export
  void call('importEverything', {});
  // @ts-expect-error a kind that does not exist
  void call('importRun', { sheetName: 'X', blocks: [{ kind: 'kaffe' }] });
  // @ts-expect-error a header row as text
  void call('importPreview', { sheetName: 'X', blocks: [{ headerRow: '4' }] });
  // @ts-expect-error the tab to delete as an object
  void call('importDeleteSource', { sheetName: 'X' });
  // @ts-expect-error a misspelt field of the result
  void call('importPreview', {}).then((p) => p.blokks);
}

test('the import dialog\'s typed calls compile (see npx tsc)', () => {
  expect(typeof neverCalled).toBe('function');
});
