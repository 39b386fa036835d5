/**
 * A strict in-memory emulator of the Apps Script services used by the add-on.
 * See createEmulator() for options; the Emulator object holds the Apps Script globals and test controls.
 */
import { CallCounter, Faults } from './calls';
import { chartList, type ChartState } from './charts';
import { LocaleInfo, Stored, autoDateFormat, dateMs, isDateObj, coerceValue, displayValue, instantToSerial, localeInfo, serialToInstant } from './coerce';
import {
  Cell,
  Core,
  Deployment,
  ExecContext,
  LockEvent,
  LogEntry,
  MenuRecord,
  SentMail,
  SheetState,
  SpreadsheetState,
  TriggerRecord,
  UiAnswer,
  WriteRecord,
} from './core';
import { ensureCell, getCell, lastColumn, lastRow } from './grid';
import { HtmlServiceImpl } from './html';
import { LockServiceImpl } from './lock';
import { MailAppImpl } from './mail';
import { PropertiesServiceImpl } from './properties';
import { cellValue, scriptValue } from './range';
import { LoggerImpl, SessionImpl, UtilitiesImpl, makeConsole } from './services';
import { SCOPE_SPREADSHEETS, SCOPE_SPREADSHEETS_CURRENTONLY, SpreadsheetAppService } from './spreadsheet';
import { ScriptAppImpl } from './triggers';
import { ContentServiceImpl, fetchState, SCOPE_EXTERNAL_REQUEST, UrlFetchAppImpl, type FetchFault, type FetchState, type WebHandler } from './urlfetch';

export type { Deployment, ExecContext, LockEvent, LogEntry, MenuRecord, SentMail, TriggerRecord, WriteRecord, UiAnswer };
export { SCOPE_SPREADSHEETS, SCOPE_SPREADSHEETS_CURRENTONLY };
export { instantToSerial, serialToInstant };

export interface EmulatorOptions {
  timeZone?: string;
  locale?: string;
  now?: Date;
  user?: string;
  deployment?: Deployment;
  /** OAuth scopes granted. Default: bound → spreadsheets; addon → spreadsheets.currentonly (plus mail, triggers, ui). */
  scopes?: string[];
  mailQuota?: number;
  spreadsheetName?: string;
  spreadsheetId?: string;
  htmlFiles?: Record<string, string>;
}

/** The Apps Script globals a script sees. */
export interface AppsScriptGlobals {
  SpreadsheetApp: SpreadsheetAppService;
  MailApp: MailAppImpl;
  ScriptApp: ScriptAppImpl;
  LockService: LockServiceImpl;
  PropertiesService: PropertiesServiceImpl;
  Session: SessionImpl;
  Utilities: UtilitiesImpl;
  HtmlService: HtmlServiceImpl;
  Logger: LoggerImpl;
  UrlFetchApp: UrlFetchAppImpl;
  ContentService: ContentServiceImpl;
  console: ReturnType<typeof makeConsole>;
}

export type LockScope = 'document' | 'script' | 'user';

const COMMON_SCOPES = [
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/userinfo.email',
  SCOPE_EXTERNAL_REQUEST,
];

export class Emulator {
  /** Internal state; service objects share it. Prefer the test controls below. */
  readonly _core: Core;
  readonly globals: AppsScriptGlobals;
  readonly calls: CallCounter;
  /** Generic fault injection: `emu.faults.failOn('Range.setValues', 1, 'Service Spreadsheets failed')`. */
  readonly faults: Faults;
  readonly clock: { now(): Date; set(d: Date | number): void; advance(ms: number): void };
  readonly mail: {
    readonly sent: SentMail[];
    failOn(n: number, message?: string): void;
    remaining(): number;
    setRemaining(n: number): void;
    /**
     * Runs `fn` right after the next successful send, before the sending execution goes on: for a second
     * execution started meanwhile (emu.run inside fn). What fn throws is that execution's failure, kept in
     * `hookFailures`, never the sender's.
     */
    afterNextSend(fn: () => void): void;
    readonly hookFailures: string[];
  };
  readonly locks: {
    holdElsewhere(scope: LockScope): void;
    releaseElsewhere(scope: LockScope): void;
    /** acquire/release/timeout/flush in order */
    readonly events: LockEvent[];
    /** scopes held by the current execution */
    heldByCurrent(): string[];
    /** release events that happened with writes not yet flushed */
    releasesWithUnflushedWrites(): LockEvent[];
  };
  readonly triggers: { list(): TriggerRecord[]; clear(): void };
  readonly ui: {
    readonly menus: MenuRecord[];
    readonly sidebars: Core['ui']['sidebars'];
    readonly dialogs: Core['ui']['dialogs'];
    readonly alerts: Core['ui']['alerts'];
    /** alert: a Button name ('YES'); prompt: the text (button OK) or {button, text} */
    answerNext(...answers: UiAnswer[]): void;
    /** every functionName referenced by a menu item added to the UI */
    menuHandlers(): string[];
  };
  readonly logs: LogEntry[];
  /** every mutating service call, with whether the current execution held any lock */
  readonly writes: WriteRecord[];

  constructor(opts: EmulatorOptions = {}) {
    const deployment = opts.deployment ?? 'bound';
    const core = new Core({
      timeZone: opts.timeZone ?? 'Europe/Oslo',
      locale: opts.locale ?? 'nb_NO',
      now: opts.now ?? new Date('2026-01-15T09:00:00Z'),
      user: opts.user ?? 'leder@example.org',
      deployment,
      scopes: opts.scopes ?? [deployment === 'bound' ? SCOPE_SPREADSHEETS : SCOPE_SPREADSHEETS_CURRENTONLY, ...COMMON_SCOPES],
      mailQuota: opts.mailQuota ?? 100,
      spreadsheetName: opts.spreadsheetName ?? 'Ressursvenn',
      spreadsheetId: opts.spreadsheetId ?? '1EmuLaTedSpreadsheetId000000000000000000000',
      htmlFiles: opts.htmlFiles ?? {},
    });
    this._core = core;
    this.calls = core.calls;
    this.faults = core.faults;
    this.logs = core.logs;
    this.writes = core.writes;
    this.globals = {
      SpreadsheetApp: new SpreadsheetAppService(core),
      MailApp: new MailAppImpl(core),
      ScriptApp: new ScriptAppImpl(core),
      LockService: new LockServiceImpl(core),
      PropertiesService: new PropertiesServiceImpl(core),
      Session: new SessionImpl(core),
      Utilities: new UtilitiesImpl(core),
      HtmlService: new HtmlServiceImpl(core),
      Logger: new LoggerImpl(core),
      UrlFetchApp: new UrlFetchAppImpl(core),
      ContentService: new ContentServiceImpl(core),
      console: makeConsole(core),
    };
    this.clock = {
      now: () => core.hostNow(),
      set: (d) => core.setNow(d),
      advance: (ms) => core.advance(ms),
    };
    this.mail = {
      sent: core.mail.sent,
      failOn: (n, message = 'Exception: Service unavailable: Mail. Try again later.') => {
        if (!Number.isInteger(n) || n < 1) throw new Error('mail.failOn: n must be an integer >= 1');
        core.mail.failures.push({ remaining: n, message });
      },
      remaining: () => core.mail.remaining,
      setRemaining: (n) => { core.mail.remaining = n; },
      afterNextSend: (fn) => {
        core.mail.afterSend.push(() => {
          try {
            fn();
          } catch (e) {
            this.mail.hookFailures.push(e instanceof Error ? e.message : String(e));
          }
        });
      },
      hookFailures: [],
    };
    const key = (s: LockScope): string => (s === 'document' ? `document:${core.activeSpreadsheetId}` : s === 'script' ? 'script' : `user:${core.user}`);
    this.locks = {
      holdElsewhere: (s) => { core.lockHolders.set(key(s), 'elsewhere'); },
      releaseElsewhere: (s) => { if (core.lockHolders.get(key(s)) === 'elsewhere') core.lockHolders.set(key(s), null); },
      events: core.lockEvents,
      heldByCurrent: () => [...core.lockHolders].filter(([, h]) => h === core.execId).map(([k]) => k),
      releasesWithUnflushedWrites: () => core.lockEvents.filter((e) => e.kind === 'release' && (e.unflushedWrites ?? 0) > 0),
    };
    this.triggers = {
      list: () => core.triggers.map((t) => ({ ...t })),
      clear: () => { core.triggers.length = 0; },
    };
    this.ui = {
      menus: core.ui.menus,
      sidebars: core.ui.sidebars,
      dialogs: core.ui.dialogs,
      alerts: core.ui.alerts,
      answerNext: (...a) => { core.ui.answers.push(...a); },
      menuHandlers: () => {
        const out: string[] = [];
        const walk = (m: MenuRecord): void => {
          for (const it of m.items) {
            if ('functionName' in it) out.push(it.functionName);
            else if ('submenu' in it) walk(it.submenu);
          }
        };
        core.ui.menus.forEach(walk);
        return out;
      },
    };
  }

  // ---------------- web (UrlFetchApp to a routed web app) ----------------
  /** Routes a web app URL to a handler (another emulator's doPost); arms faults; lists what was fetched. */
  get web(): { route(url: string, handler: WebHandler): void; failOn(n: number, fault: FetchFault): void; log: FetchState['log'] } {
    const st = fetchState(this._core);
    return {
      route: (url, handler) => { st.routes.set(url, handler); },
      failOn: (n, fault) => {
        if (!Number.isInteger(n) || n < 1) throw new Error('web.failOn: n must be an integer >= 1');
        st.faults.push({ remaining: n, fault });
      },
      log: st.log,
    };
  }

  // ---------------- execution context ----------------
  get context(): ExecContext {
    return this._core.context;
  }
  setContext(c: ExecContext): void {
    this._core.context = c;
  }
  get deployment(): Deployment {
    return this._core.opts.deployment;
  }
  setUser(email: string): void {
    this._core.user = email;
  }
  /** Ends the current execution: releases every lock it still holds (as Apps Script does). */
  endExecution(): void {
    this._core.endExecution();
  }
  /**
   * Runs fn as one execution in the given context, then ends it (its locks are released) and restores the
   * context. Called inside another execution (from a test hook), it is a second, simultaneous execution.
   */
  run<T>(context: ExecContext, fn: () => T): T {
    const core = this._core;
    const prev = core.context;
    const prevExec = core.execId;
    core.context = context;
    core.execId = core.nextExecId++;
    try {
      return fn();
    } finally {
      core.endExecution();
      core.context = prev;
      core.execId = prevExec;
    }
  }
  /** Mutations done while the current execution held no lock. `valuesOnly` keeps value writes (setValue(s), setFormula(s), appendRow, clearContent, row/column deletes). */
  writesWithoutLock(opts: { valuesOnly?: boolean } = {}): WriteRecord[] {
    const valueMethods = new Set(['setValues', 'setValue', 'setFormula', 'setFormulas', 'appendRow', 'clearContent', 'clear', 'clearContents', 'deleteRows', 'deleteRow', 'deleteColumns', 'deleteColumn', 'insertRowsAfter', 'insertRowAfter', 'insertRowsBefore']);
    return this._core.writes.filter((w) => !w.lockHeld && (!opts.valuesOnly || valueMethods.has(w.method)));
  }
  get toasts(): SpreadsheetState['toasts'] {
    return this._core.activeSpreadsheet().toasts;
  }
  setHtmlFile(name: string, html: string): void {
    this._core.htmlFiles[name.replace(/\.html$/, '')] = html;
  }

  // ---------------- spreadsheet inspection and set-up (not counted) ----------------
  get spreadsheetId(): string {
    return this._core.activeSpreadsheetId;
  }
  /**
   * «Fil → Lag en kopi» by a person: a new file with a new id holding the same sheets, values, formats and rules,
   * AND the same document properties (the stricter case: nothing in Google's reference says a copy starts with
   * none, so code must not trust a property to belong to this file). Makes the copy the active spreadsheet.
   */
  copySpreadsheet(newId: string, name = `Kopi av ${this._ss().name}`): void {
    const from = this._ss();
    const core = this._core;
    core.newSpreadsheetState(newId, name);
    const to = this._ss(newId);
    to.tz = from.tz;
    to.locale = from.locale;
    to.sheets = from.sheets.filter((st) => !st.deleted).map((st) => ({
      ...st,
      grid: st.grid.map((row) => row?.map((c) => (c ? { ...c } : undefined))),
      colWidths: new Map(st.colWidths),
      cfRules: [...st.cfRules],
      protections: [],
      ss: to,
    }));
    to.activeSheet = to.sheets[0] ?? null;
    to.nextSheetId = from.nextSheetId;
    for (const [k, v] of from.docProps.map) to.docProps.map.set(k, v);
    core.activeSpreadsheetId = newId;
  }
  /** Makes another spreadsheet the active one (the leader opens that file). */
  openSpreadsheet(id: string): void {
    this._ss(id);
    this._core.activeSpreadsheetId = id;
  }
  /** Adds another spreadsheet (reachable with openById when the scope allows). */
  addSpreadsheet(id: string, name = 'Annet regneark'): void {
    this._core.newSpreadsheetState(id, name);
  }
  _ss(id?: string): SpreadsheetState {
    const ss = this._core.spreadsheets.get(id ?? this._core.activeSpreadsheetId);
    if (!ss) throw new Error(`Emulator: no spreadsheet ${id}`);
    return ss;
  }
  _sheet(name: string, ssId?: string): SheetState {
    const st = this._ss(ssId).sheets.find((s) => s.name === name);
    if (!st) throw new Error(`Emulator: no sheet named "${name}" (have: ${this.sheetNames(ssId).join(', ')})`);
    return st;
  }
  get loc(): LocaleInfo {
    return this._core.loc;
  }
  sheetNames(ssId?: string): string[] {
    return this._ss(ssId).sheets.map((s) => s.name);
  }
  /** Adds a sheet (at the end) and optionally types values into it by hand. */
  addSheet(name: string, values?: unknown[][], opts: { rows?: number; cols?: number } = {}): void {
    const ss = this._ss();
    if (ss.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`Emulator: sheet "${name}" exists`);
    ss.sheets.push(this._core.newSheetState(ss, name, opts.rows ?? 1000, opts.cols ?? 26));
    if (values && values.length > 0) this.typeByHand(name, 1, 1, values);
  }
  /**
   * Writes like a user typing/pasting: same string coercion as Sheets, data validation NOT enforced,
   * not counted, not recorded as a script write, and the sheet grows as needed.
   */
  typeByHand(sheetName: string, row: number, col: number, values: unknown[][]): void {
    const st = this._sheet(sheetName);
    values.forEach((r, i) =>
      r.forEach((v, j) => {
        const rr = row + i;
        const cc = col + j;
        if (rr > st.maxRows) st.maxRows = rr;
        if (cc > st.maxCols) st.maxCols = cc;
        const cell = ensureCell(st, rr, cc);
        const loc = localeInfo(st.ss.locale);
        const res = coerceValue(v === undefined ? null : v, cell.nf, loc, st.ss.tz);
        cell.v = res.value;
        if (res.formula) cell.f = res.formula;
        else delete cell.f;
        if (res.date && cell.nf === undefined) cell.nf = autoDateFormat(res.value as number, loc);
      }),
    );
  }
  /** The embedded charts of a sheet (type, ranges, position, options), in insertion order. */
  sheetCharts(name: string): ChartState[] {
    return chartList(this._sheet(name)).map((c) => ({ ...c, ranges: c.ranges.map((r) => ({ ...r })), options: { ...c.options } }));
  }
  /** Raw values (Dates as host Dates; formulas as their shown value), lastRow x lastColumn. */
  sheetValues(name: string): Array<Array<string | number | boolean | Date>> {
    const st = this._sheet(name);
    return this._grid(st, (c) => {
      const v = scriptValue(this._core, c, st.ss.tz);
      return isDateObj(v) ? new Date(dateMs(v)) : v;
    });
  }
  sheetDisplayValues(name: string): string[][] {
    const st = this._sheet(name);
    return this._grid(st, (c) => (c ? displayValue(cellValue(c), c.nf, localeInfo(st.ss.locale), st.ss.tz) : ''));
  }
  sheetFormulas(name: string): string[][] {
    return this._grid(this._sheet(name), (c) => c?.f ?? '');
  }
  /** The raw stored cell (value, formula, format, note, validation...) or undefined. */
  cell(name: string, row: number, col: number): Readonly<Cell> | undefined {
    return getCell(this._sheet(name), row, col);
  }
  sheetInfo(name: string): { maxRows: number; maxCols: number; lastRow: number; lastCol: number; frozenRows: number; frozenCols: number; hidden: boolean; colWidths: Record<number, number>; protections: number } {
    const st = this._sheet(name);
    return {
      maxRows: st.maxRows,
      maxCols: st.maxCols,
      lastRow: lastRow(st),
      lastCol: lastColumn(st),
      frozenRows: st.frozenRows,
      frozenCols: st.frozenCols,
      hidden: st.hidden,
      colWidths: Object.fromEntries(st.colWidths),
      protections: st.protections.length,
    };
  }
  _grid<T>(st: SheetState, f: (c: Cell | undefined) => T): T[][] {
    const lr = lastRow(st);
    const lc = lastColumn(st);
    const out: T[][] = [];
    for (let r = 1; r <= lr; r++) {
      const row: T[] = [];
      for (let c = 1; c <= lc; c++) row.push(f(getCell(st, r, c)));
      out.push(row);
    }
    return out;
  }
  documentProperties(ssId?: string): Record<string, string> {
    return Object.fromEntries(this._ss(ssId).docProps.map);
  }
  scriptProperties(): Record<string, string> {
    return Object.fromEntries(this._core.scriptProps.map);
  }
  userProperties(email = this._core.user): Record<string, string> {
    return Object.fromEntries(this._core.userProps.get(email)?.map ?? []);
  }
}

export function createEmulator(opts: EmulatorOptions = {}): Emulator {
  return new Emulator(opts);
}

const GLOBAL_NAMES = ['SpreadsheetApp', 'MailApp', 'ScriptApp', 'LockService', 'PropertiesService', 'Session', 'Utilities', 'HtmlService', 'Logger', 'UrlFetchApp', 'ContentService'] as const;
let saved: Map<string, PropertyDescriptor | undefined> | null = null;

/** Installs the emulator's Apps Script globals on Node's globalThis (console only if asked). */
export function installGlobals(emu: Emulator, opts: { console?: boolean } = {}): void {
  if (saved) uninstallGlobals();
  saved = new Map();
  const names: string[] = [...GLOBAL_NAMES, ...(opts.console ? ['console'] : [])];
  const g = globalThis as Record<string, unknown>;
  for (const n of names) {
    saved.set(n, Object.getOwnPropertyDescriptor(globalThis, n));
    Object.defineProperty(globalThis, n, { value: (emu.globals as unknown as Record<string, unknown>)[n], configurable: true, writable: true, enumerable: false });
  }
  void g;
}

export function uninstallGlobals(): void {
  if (!saved) return;
  for (const [n, desc] of saved) {
    if (desc) Object.defineProperty(globalThis, n, desc);
    else delete (globalThis as Record<string, unknown>)[n];
  }
  saved = null;
}

export type { Stored };
