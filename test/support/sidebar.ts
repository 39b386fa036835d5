/**
 * The sidebar's server side through the built bundle: the sample association set up on the emulator and a
 * `rpc` that calls a top-level function the way google.script.run does (one interactive execution, the result
 * passed through JSON as Apps Script serialises it). Shared by the server tests, the browser tests, demo, bench.
 */
import { bundleHarness, type BundleHarness } from './harness';
import { SAMPLE_NOW, typeSampleAssociation } from './sampleAssociation';

export type Rpc = (fn: string, ...args: unknown[]) => any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Dates, functions or undefined in a result would not survive google.script.run: fail loudly instead. */
export function assertJsonSafe(value: unknown, path = 'result'): void {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return;
  if (Object.prototype.toString.call(value) === '[object Date]' || typeof value !== 'object') throw new Error(`${path} is not JSON-safe (${typeof value})`);
  for (const [k, v] of Object.entries(value as object)) assertJsonSafe(v, `${path}.${k}`);
}

export function bundleRpc(h: BundleHarness): Rpc {
  return (fn, ...args) => {
    const result = h.call(fn, JSON.parse(JSON.stringify(args)));
    assertJsonSafe(result);
    return JSON.parse(JSON.stringify(result));
  };
}

export interface SidebarFixture { h: BundleHarness; rpc: Rpc }

/**
 * A bundle with the sheets set up and the invented association typed in. It has been through «Kom i gang»
 * (no old log to import, reminders left off), so the sidebar opens on its first working tab; `fresh: true`
 * leaves Kom i gang's optional steps open.
 */
export function sidebarFixture(opts: { withBadRows?: boolean; now?: Date; fresh?: boolean } = {}): SidebarFixture {
  const h = bundleHarness({ now: opts.now ?? SAMPLE_NOW });
  h.call('menuSetupSheets');
  typeSampleAssociation(h.emu, { withBadRows: opts.withBadRows ?? false });
  const rpc = bundleRpc(h);
  if (!opts.fresh) {
    for (const step of ['import', 'reminders']) {
      const r = rpc('sidebarSkipStartStep', { step, skip: true }) as { ok: boolean; message?: string };
      if (!r.ok) throw new Error(`sidebarSkipStartStep ${step}: ${r.message}`);
    }
  }
  return { h, rpc };
}

/** Rows of a sheet as header → value records (for assertions by column name). */
export function sheetRecords(h: BundleHarness, sheet: string): Array<Record<string, unknown>> {
  const [header = [], ...rows] = h.emu.sheetValues(sheet);
  return rows.map((r) => Object.fromEntries(header.map((name, i) => [String(name), r[i]])));
}

/** Every sheet's values, to prove that a refused call wrote nothing. */
export function workbookSnapshot(h: BundleHarness): string {
  return JSON.stringify(h.emu.sheetNames().map((n) => h.emu.sheetValues(n)));
}

/** Calls an RPC that must be refused, asserts that nothing at all was written, and returns the refusal. */
export function expectRefused(f: SidebarFixture, fn: string, payload: unknown): any { // eslint-disable-line @typescript-eslint/no-explicit-any
  const before = workbookSnapshot(f.h);
  const r = f.rpc(fn, payload) as { ok: boolean };
  expect(r.ok).toBe(false);
  expect(workbookSnapshot(f.h)).toBe(before);
  return r;
}
