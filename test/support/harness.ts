/**
 * Test harnesses over the emulator: `gasHarness` installs the Apps Script globals on Node's globalThis and
 * hands out the real src/gas adapters; `bundleHarness` loads the built dist/Code.js into a bare vm context
 * and calls its top-level functions as Apps Script would.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEASE_MS, LEASE_PREFIX, gasPorts } from '../../src/gas/ports';
import type { Ports } from '../../src/server/ports';
import { createEmulator, installGlobals, uninstallGlobals, type Emulator, type EmulatorOptions } from '../emulator';
import { loadBundle, runInBundle, type BundleContext } from '../emulator/bundle';
import type { ExecContext } from '../emulator/core';

/** The repo root: two levels up under jest; the working directory when bundled for the demo or bench. */
export const ROOT = existsSync(join(__dirname, '..', '..', 'esbuild.config.mjs')) ? join(__dirname, '..', '..') : process.cwd();
export const DIST = join(ROOT, 'dist');

/**
 * Teaches the emulator the add-on's own lock (a lease per spreadsheet in the script properties, src/gas/ports.ts):
 * writes made while an unexpired lease of that spreadsheet exists count as locked.
 */
export function recogniseLease(emu: Emulator): void {
  emu._core.appLockHeld = (id) => {
    const raw = emu.scriptProperties()[LEASE_PREFIX + id];
    return raw !== undefined && (JSON.parse(raw) as { until: number }).until > emu.clock.now().getTime();
  };
}

/** Another execution (another leader saving) holds this spreadsheet's lease; returns its release. */
export function holdLeaseElsewhere(emu: Emulator, spreadsheetId = emu.spreadsheetId): () => void {
  const key = LEASE_PREFIX + spreadsheetId;
  emu._core.scriptProps.map.set(key, JSON.stringify({ token: 'another-execution', until: emu.clock.now().getTime() + LEASE_MS }));
  return () => { emu._core.scriptProps.map.delete(key); };
}

export interface GasHarness {
  emu: Emulator;
  /** Fresh ports, as one execution would build them. */
  ports(opts?: { withUi?: boolean; triggerUid?: string }): Ports;
  /** Runs fn as one execution (locks released afterwards, as Apps Script does). */
  run<T>(fn: (ports: Ports) => T, context?: ExecContext): T;
  dispose(): void;
}

export function gasHarness(opts: EmulatorOptions = {}): GasHarness {
  const emu = createEmulator(opts);
  recogniseLease(emu);
  installGlobals(emu, { console: true }); // the adapters' log lands in emu.logs, as in Apps Script's log
  // gasPorts reads Apps Script's clock (new Date()); on Node that is the real time, so tests pass the emulator's.
  const ports = (o: { withUi?: boolean; triggerUid?: string } = {}): Ports => gasPorts({ withUi: o.withUi ?? false, triggerUid: o.triggerUid, now: () => emu.clock.now() });
  return {
    emu,
    ports,
    run: (fn, context = 'interactive') => emu.run(context, () => fn(ports({ withUi: context === 'interactive' }))),
    dispose: uninstallGlobals,
  };
}

export function builtHtmlFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync(DIST)) if (f.endsWith('.html')) files[f.replace(/\.html$/, '')] = readFileSync(join(DIST, f), 'utf8');
  return files;
}

export interface BundleHarness {
  emu: Emulator;
  ctx: BundleContext;
  /** Calls a top-level function of Code.js as one execution. */
  call(fn: string, args?: unknown[], context?: ExecContext): unknown;
}

export function bundleHarness(opts: EmulatorOptions = {}): BundleHarness {
  const emu = createEmulator(opts);
  recogniseLease(emu);
  const ctx = loadBundle(emu, { code: readFileSync(join(DIST, 'Code.js'), 'utf8'), htmlFiles: builtHtmlFiles() });
  return { emu, ctx, call: (fn, args = [], context = 'interactive') => runInBundle(emu, ctx, fn, args, context) };
}

export const DIST_NATIONAL = join(ROOT, 'dist-national');

/** The national build (dist-national/Code.js) on its own emulated spreadsheet. */
export function nationalHarness(opts: EmulatorOptions = {}): BundleHarness {
  const emu = createEmulator({ spreadsheetName: 'Ressursvenn – nasjonal oversikt', spreadsheetId: '1NationalOverviewSheet0000000000000000000000', ...opts });
  const ctx = loadBundle(emu, { code: readFileSync(join(DIST_NATIONAL, 'Code.js'), 'utf8') });
  return { emu, ctx, call: (fn, args = [], context = 'interactive') => runInBundle(emu, ctx, fn, args, context) };
}

/**
 * Publishes the national harness's doPost as a web app at `url` for an association's emulator: its UrlFetchApp
 * POSTs run doPost in the national spreadsheet (a bound script's web app: active spreadsheet and document lock).
 */
export function connectWebApp(association: BundleHarness, national: BundleHarness, url: string): void {
  association.emu.web.route(url, (req) => {
    const out = national.call('doPost', [{ postData: { contents: req.body, type: req.contentType, length: req.body.length }, parameter: {}, contentLength: req.body.length }], 'trigger') as { getContent(): string; getMimeType(): string };
    return { code: 200, body: out.getContent(), mimeType: out.getMimeType() };
  });
}
