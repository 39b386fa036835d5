/** Loads a built Apps Script bundle into a bare vm context that holds only the emulator's globals. */
import * as vm from 'node:vm';
import type { Emulator } from './index';
import type { ExecContext } from './core';

export interface BundleOptions {
  code: string;
  htmlFiles?: Record<string, string>;
  filename?: string;
}

export type BundleContext = vm.Context & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CLOCK_DATE = `(function (nowFn) {
  var RealDate = Date;
  function EmuDate() {
    if (!new.target) return new RealDate(nowFn()).toString();
    if (arguments.length === 0) return new RealDate(nowFn());
    return new (Function.prototype.bind.apply(RealDate, [null].concat(Array.prototype.slice.call(arguments))))();
  }
  EmuDate.prototype = RealDate.prototype;
  EmuDate.now = function () { return nowFn(); };
  EmuDate.UTC = RealDate.UTC;
  EmuDate.parse = RealDate.parse;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: EmuDate, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(globalThis, 'Date', { value: EmuDate, writable: true, configurable: true, enumerable: false });
  return RealDate;
})`;

/**
 * Creates a vm context with ONLY the Apps Script globals (plus the JS built-ins and a Date whose
 * `new Date()` / `Date.now()` read the emulator clock), runs `code` in it and returns the context.
 * Values the emulator hands to the bundle (arrays, Dates, errors) are created in the bundle's realm.
 */
export function loadBundle(emu: Emulator, opts: BundleOptions): BundleContext {
  const core = emu._core;
  if (opts.htmlFiles) for (const [k, v] of Object.entries(opts.htmlFiles)) emu.setHtmlFile(k, v);
  const sandbox: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(emu.globals)) sandbox[k] = v;
  const ctx = vm.createContext(sandbox, { name: 'apps-script', codeGeneration: { strings: true, wasm: false } });
  const realDate = vm.runInContext(CLOCK_DATE, ctx)(() => core.nowMillis()) as DateConstructor;
  const r = vm.runInContext('({ Array: Array, Error: Error, Object: Object })', ctx) as { Array: ArrayConstructor; Error: ErrorConstructor; Object: ObjectConstructor };
  core.realm = { Date: realDate, Array: r.Array, Error: r.Error, Object: r.Object };
  core.scriptGlobals = ctx;
  vm.runInContext(opts.code, ctx, { filename: opts.filename ?? 'Code.js' });
  return ctx as BundleContext;
}

/**
 * Calls a top-level bundle function as one Apps Script execution in the given context
 * ('interactive' for menu items and google.script.run, 'trigger' for installable triggers),
 * then ends the execution (locks still held are released, as Apps Script does).
 */
export function runInBundle(emu: Emulator, ctx: BundleContext, fnName: string, args: unknown[] = [], context: ExecContext = 'interactive'): unknown {
  const fn = ctx[fnName];
  if (typeof fn !== 'function') throw new Error(`Bundle has no top-level function ${fnName}`);
  return emu.run(context, () => (fn as (...a: unknown[]) => unknown)(...args));
}

/** A time-driven trigger event object as Apps Script passes it. */
export function clockEvent(emu: Emulator, triggerUid: string, authMode = 'FULL'): Record<string, unknown> {
  const d = emu.clock.now();
  return {
    authMode,
    triggerUid,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    'day-of-month': d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    timezone: 'UTC',
  };
}
