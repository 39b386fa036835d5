import { createEmulator } from './index';
import { clockEvent, loadBundle, runInBundle } from './bundle';

const CODE = `
function onOpen(e) {
  SpreadsheetApp.getUi().createMenu('Ressursvenn').addItem('Åpne', 'openSidebar').addSeparator().addItem('Send nå', 'sendNow').addToUi();
}
function openSidebar() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Ressursvenn'));
}
function probe() {
  return {
    require: typeof require, process: typeof process, setTimeout: typeof setTimeout, fetch: typeof fetch,
    URL: typeof URL, TextEncoder: typeof TextEncoder, Buffer: typeof Buffer,
  };
}
function now() { return [new Date().toISOString(), Date.now(), new Date(2020, 0, 1).getFullYear(), new Date('2026-05-01T00:00:00Z').toISOString()]; }
function readBack() {
  var sh = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sh.getRange(1, 1, 1, 2).setValues([[new Date(Date.UTC(2026, 0, 2)), 'x']]);
  var v = sh.getRange(1, 1, 1, 2).getValues();
  return { isArray: v instanceof Array, isDate: v[0][0] instanceof Date, year: v[0][0].getUTCFullYear() };
}
function catchIt() {
  try { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1, 2, 1).setValues([[1]]); }
  catch (e) { return { isError: e instanceof Error, str: String(e), message: e.message }; }
}
function lockAndWrite() {
  var lock = LockService.getDocumentLock();
  lock.waitLock(5000);
  SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A5').setValue('låst');
}
function daily(e) { Logger.log('kjørt ' + e.triggerUid); return SpreadsheetApp.getActiveSpreadsheet() === null; }
`;

describe('loadBundle', () => {
  it('exposes only Apps Script globals', () => {
    const emu = createEmulator();
    const ctx = loadBundle(emu, { code: CODE });
    expect({ ...ctx.probe() }).toEqual({
      require: 'undefined', process: 'undefined', setTimeout: 'undefined', fetch: 'undefined',
      URL: 'undefined', TextEncoder: 'undefined', Buffer: 'undefined',
    });
  });
  it('Date reads the emulator clock for new Date() and Date.now() only', () => {
    const emu = createEmulator();
    const ctx = loadBundle(emu, { code: CODE });
    emu.clock.advance(60000);
    const [iso, now, y2020, fixed] = ctx.now();
    expect(iso).toBe('2026-01-15T09:01:00.000Z');
    expect(now).toBe(Date.parse('2026-01-15T09:01:00.000Z'));
    expect(y2020).toBe(2020);
    expect(fixed).toBe('2026-05-01T00:00:00.000Z');
  });
  it('values from the emulator belong to the bundle realm', () => {
    const emu = createEmulator();
    const ctx = loadBundle(emu, { code: CODE });
    expect({ ...ctx.readBack() }).toEqual({ isArray: true, isDate: true, year: 2026 });
    const caught = ctx.catchIt();
    expect(caught.isError).toBe(true);
    expect(caught.str).toMatch(/^Exception: The number of rows in the data does not match/);
  });
  it('menus, sidebars and html files', () => {
    const emu = createEmulator();
    const ctx = loadBundle(emu, { code: CODE, htmlFiles: { Sidebar: '<p>Hei</p>' } });
    runInBundle(emu, ctx, 'onOpen', [{ authMode: 'LIMITED' }]);
    expect(emu.ui.menus).toEqual([
      { name: 'Ressursvenn', addon: false, items: [{ caption: 'Åpne', functionName: 'openSidebar' }, { separator: true }, { caption: 'Send nå', functionName: 'sendNow' }] },
    ]);
    const missing = emu.ui.menuHandlers().filter((f) => typeof ctx[f] !== 'function');
    expect(missing).toEqual(['sendNow']);
    runInBundle(emu, ctx, 'openSidebar');
    expect(emu.ui.sidebars[0]).toMatchObject({ title: 'Ressursvenn', html: '<p>Hei</p>' });
    expect(emu.calls.get('Range.getValues')).toBe(0);
  });
  it('missing html file throws like Apps Script', () => {
    const emu = createEmulator();
    const ctx = loadBundle(emu, { code: CODE });
    expect(() => runInBundle(emu, ctx, 'openSidebar')).toThrow('No HTML file named Sidebar was found.');
  });
  it('runInBundle ends the execution and records locked writes; trigger context in add-on mode', () => {
    const emu = createEmulator({ deployment: 'addon' });
    const ctx = loadBundle(emu, { code: CODE });
    runInBundle(emu, ctx, 'lockAndWrite');
    expect(emu.locks.heldByCurrent()).toEqual([]);
    expect(emu.writesWithoutLock()).toEqual([]);
    expect(runInBundle(emu, ctx, 'daily', [clockEvent(emu, '123')], 'trigger')).toBe(true);
    expect(emu.context).toBe('interactive');
    expect(emu.logs[0]!.message).toBe('kjørt 123');
  });
});
