/** The built dist/Code.js, evaluated in a bare vm context with only Apps Script globals, driven like Apps Script. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleHarness, DIST } from '../support/harness';
import { SAMPLE_NOW, typeSampleAssociation } from '../support/sampleAssociation';

describe('dist/Code.js', () => {
  test('has no export statement and exposes the entry points as top-level functions', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    expect(code).not.toMatch(/^\s*export\s/m);
    const h = bundleHarness();
    for (const fn of ['onOpen', 'onInstall', 'menuSetupSheets', 'menuCheckData']) expect(typeof h.ctx[fn]).toBe('function');
    // Internals stay inside the IIFE.
    expect(h.ctx.checkData).toBeUndefined();
    expect(h.ctx.Workbook).toBeUndefined();
  });

  test('the bare context really is bare', () => {
    const h = bundleHarness();
    for (const name of ['require', 'process', 'setTimeout', 'fetch', 'URL', 'TextEncoder', 'Buffer']) {
      expect([name, typeof h.ctx[name]]).toEqual([name, 'undefined']);
    }
  });

  test.each(['bound', 'addon'] as const)('onOpen (%s) builds the menu, reads nothing, and every item calls an existing function', (deployment) => {
    const h = bundleHarness({ deployment });
    h.emu.calls.reset();
    h.call('onOpen', [{ authMode: 'NONE' }]);
    const keys = Object.keys(h.emu.calls.snapshot());
    expect(keys.filter((k) => /^(Range|Sheet|Spreadsheet|PropertiesService|Properties)\./.test(k))).toEqual([]);
    const handlers = h.emu.ui.menuHandlers();
    expect(handlers.length).toBeGreaterThanOrEqual(2);
    for (const fn of handlers) expect([fn, typeof h.ctx[fn]]).toEqual([fn, 'function']);
    expect(h.emu.ui.menus[0]!.items.map((i) => ('caption' in i ? i.caption : '—'))).toEqual(expect.arrayContaining(['Sett opp / oppdater arkene', 'Kontroller data']));
  });

  test('onInstall builds the same menu', () => {
    const h = bundleHarness({ deployment: 'addon' });
    h.call('onInstall', [{ authMode: 'FULL' }]);
    expect(h.emu.ui.menuHandlers()).toContain('menuSetupSheets');
  });

  test.each(['bound', 'addon'] as const)('setup and data check run end to end through the menu (%s)', (deployment) => {
    const h = bundleHarness({ deployment, now: SAMPLE_NOW });
    h.call('menuSetupSheets');
    expect(h.emu.sheetNames()).toEqual(expect.arrayContaining(['Innstillinger', 'Frivillige', 'Deltakere', 'Koblinger', 'Kontaktlogg', 'Henvendelser', 'Kurs', 'Kontaktinfo']));
    expect(h.emu.ui.alerts.at(-1)!.prompt ?? JSON.stringify(h.emu.ui.alerts.at(-1))).toMatch(/Opprettet: Innstillinger/);
    typeSampleAssociation(h.emu, { withBadRows: true });
    h.call('menuCheckData');
    expect(JSON.stringify(h.emu.ui.alerts.at(-1))).toMatch(/rader kontrollert: \d+ feil og \d+ advarsler/);
    const rows = h.emu.sheetValues('Datakontroll');
    expect(rows[0]).toEqual(['Alvorlighet', 'Ark', 'Rad', 'Kolonne', 'Verdi', 'Problem', 'Gå til']);
    expect(rows.some((r) => r[5] === 'Må være et helt år mellom 1920 og 2010.')).toBe(true);
    expect(h.emu.writesWithoutLock({ valuesOnly: true })).toEqual([]);
  });

  test('a failure inside a menu action is shown in Norwegian and logged, not thrown at the leader', () => {
    const h = bundleHarness({ now: SAMPLE_NOW });
    h.emu.faults.failOn('Range.setValues', 1, 'Service Spreadsheets failed while accessing document');
    h.call('menuSetupSheets');
    // Google's English words stay in the log; the leader reads what happened and what to do.
    expect(JSON.stringify(h.emu.ui.alerts.at(-1))).toMatch(/Google hadde en feil\. Vent et minutt og prøv igjen, men se først i arket om noe ble lagret\./);
    expect(JSON.stringify(h.emu.ui.alerts.at(-1))).not.toMatch(/Service|Exception|failed/);
    expect(h.emu.logs.some((l) => String(l.message ?? JSON.stringify(l)).includes('Service Spreadsheets failed'))).toBe(true);
  });
});

describe('stack traces', () => {
  test('minified code still names real functions in an error stack (keepNames)', () => {
    const h = bundleHarness({ now: SAMPLE_NOW });
    h.emu.faults.failOn('Range.setValues', 1, 'Service Spreadsheets failed while accessing document');
    h.call('menuSetupSheets');
    const logged = h.emu.logs.map((l) => JSON.stringify(l)).join('\n');
    expect(logged).toMatch(/at (ensureColumns|ensureSettingsSheet|setupSheets)\b/);
  });
});
