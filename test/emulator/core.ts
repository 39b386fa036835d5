/** Shared mutable state of one emulator instance. Service objects hold a reference to it as `_core`. */
import { CallCounter, Faults } from './calls';
import { LocaleInfo, Stored, localeInfo } from './coerce';

export type Deployment = 'bound' | 'addon';
export type ExecContext = 'interactive' | 'trigger';

export interface DvSpec {
  type: string; // DataValidationCriteria name
  values: unknown[]; // criteria values as Apps Script returns them (host objects)
  allowInvalid: boolean;
  helpText: string;
}

export interface Cell {
  v: Stored;
  f?: string;
  nf?: string;
  note?: string;
  dv?: DvSpec;
  bold?: boolean;
  italic?: boolean;
  bg?: string;
  color?: string;
  wrap?: boolean;
  ha?: string;
  va?: string;
}

export interface ProtectionState {
  type: 'RANGE' | 'SHEET';
  sheet: SheetState;
  rect: { row: number; col: number; numRows: number; numCols: number } | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  removed: boolean;
}

export interface SheetState {
  id: number;
  name: string;
  grid: Array<Array<Cell | undefined> | undefined>;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  hidden: boolean;
  colWidths: Map<number, number>;
  tabColor: string | null;
  cfRules: unknown[];
  protections: ProtectionState[];
  deleted: boolean;
  ss: SpreadsheetState;
}

export class PropStore {
  readonly map = new Map<string, string>();
}

export interface SpreadsheetState {
  id: string;
  name: string;
  sheets: SheetState[];
  activeSheet: SheetState | null;
  nextSheetId: number;
  docProps: PropStore;
  toasts: Array<{ msg: string; title: string; timeout: number | null; at: Date }>;
  tz: string;
  locale: string;
}

export interface WriteRecord {
  method: string;
  sheet: string;
  a1: string;
  lockHeld: boolean;
  at: Date;
}

export interface LockEvent {
  kind: 'acquire' | 'release' | 'timeout' | 'flush';
  scope: string;
  at: Date;
  /** for 'release': writes since the last flush */
  unflushedWrites?: number;
}

export interface LogEntry {
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
  at: Date;
}

/** null: free; 'elsewhere': held by a process outside the test (a test control); a number: that execution's id. */
export type LockHolder = null | 'elsewhere' | number;

export interface Realm {
  Date: DateConstructor;
  Array: ArrayConstructor;
  Error: ErrorConstructor;
  Object: ObjectConstructor;
}

export interface CoreOptions {
  timeZone: string;
  locale: string;
  now: Date;
  user: string;
  deployment: Deployment;
  scopes: string[];
  mailQuota: number;
  spreadsheetName: string;
  spreadsheetId: string;
  htmlFiles: Record<string, string>;
}

export type MenuItem = { caption: string; functionName: string } | { separator: true } | { submenu: MenuRecord };
export interface MenuRecord {
  name: string;
  addon: boolean;
  items: MenuItem[];
}
export type UiAnswer = string | { button?: string; text?: string };

export interface UiState {
  menus: MenuRecord[];
  sidebars: Array<{ title: string; html: string; width: number | null; at: Date }>;
  dialogs: Array<{ title: string; html: string; modal: boolean; width: number | null; height: number | null; at: Date }>;
  alerts: Array<{ kind: 'alert' | 'prompt'; title: string; prompt: string; buttons: string; answer: string; text?: string }>;
  answers: UiAnswer[];
}

export interface SentMail {
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody: string;
  name: string;
  replyTo: string;
  noReply: boolean;
  at: Date;
  /** Attachments and inline images (MailApp's `attachments` and `inlineImages` options). */
  attachments: MailBlob[];
  inlineImages: Record<string, MailBlob>;
}

export interface MailBlob { name: string | null; contentType: string | null; bytes: Buffer }

export interface MailState {
  sent: SentMail[];
  remaining: number;
  failures: Array<{ remaining: number; message: string }>;
  /** Test hooks run right after a send, one per send, in order (e.g. another execution starting meanwhile). */
  afterSend: Array<() => void>;
}

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: string;
  source: string;
  sourceId: string | null;
  user: string;
  docId: string | null;
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  timeZone?: string;
  monthDay?: number;
  weekDay?: string;
  at?: Date;
  after?: number;
  createdAt: Date;
}

export class Core {
  readonly ui: UiState = { menus: [], sidebars: [], dialogs: [], alerts: [], answers: [] };
  readonly mail: MailState;
  readonly triggers: TriggerRecord[] = [];
  nextTriggerId = 1;
  /** Where HtmlTemplate scriptlets look up globals (the bundle context when loaded). */
  scriptGlobals: object = globalThis;
  readonly calls = new CallCounter();
  readonly faults = new Faults();
  realm: Realm = { Date, Array, Error, Object };
  context: ExecContext = 'interactive';
  readonly spreadsheets = new Map<string, SpreadsheetState>();
  activeSpreadsheetId: string;
  readonly scriptProps = new PropStore();
  readonly userProps = new Map<string, PropStore>();
  readonly lockHolders = new Map<string, LockHolder>();
  /** The running execution. Executions started inside another one (Emulator.run) get their own id, as two
   * simultaneous Apps Script executions do: a lock one holds is not the other's. */
  execId = 1;
  nextExecId = 2;
  readonly lockEvents: LockEvent[] = [];
  readonly writes: WriteRecord[] = [];
  writesSinceFlush = 0;
  htmlFiles: Record<string, string>;
  readonly logs: LogEntry[] = [];
  private nowMs: number;
  user: string;

  constructor(readonly opts: CoreOptions) {
    this.nowMs = opts.now.getTime();
    this.user = opts.user;
    this.htmlFiles = { ...opts.htmlFiles };
    this.mail = { sent: [], remaining: opts.mailQuota, failures: [], afterSend: [] };
    const ss = this.newSpreadsheetState(opts.spreadsheetId, opts.spreadsheetName);
    this.activeSpreadsheetId = ss.id;
  }

  /** The active spreadsheet's locale (typed input parses by it). */
  get loc(): LocaleInfo {
    return localeInfo(this.spreadsheets.get(this.activeSpreadsheetId)?.locale ?? this.opts.locale);
  }

  // ---- clock ----
  nowMillis(): number {
    return this.nowMs;
  }
  setNow(d: Date | number): void {
    this.nowMs = typeof d === 'number' ? d : d.getTime();
  }
  advance(ms: number): void {
    this.nowMs += ms;
  }
  hostNow(): Date {
    return new Date(this.nowMs);
  }

  // ---- realm helpers (values handed to script code are created in the script's realm) ----
  err(message: string): Error {
    const e = new this.realm.Error(message);
    e.name = 'Exception';
    return e;
  }
  /** throws a signature error like Apps Script's argument checker */
  sigErr(method: string, params: string): Error {
    return this.err(`The parameters (${params}) don't match the method signature for ${method}.`);
  }
  date(ms: number): Date {
    return new this.realm.Date(ms);
  }
  arr<T>(items: readonly T[]): T[] {
    return this.realm.Array.from(items);
  }
  arr2<T>(rows: readonly (readonly T[])[]): T[][] {
    return this.realm.Array.from(rows, (r) => this.realm.Array.from(r));
  }
  obj(entries: Iterable<[string, unknown]>): Record<string, unknown> {
    const o = new this.realm.Object() as Record<string, unknown>;
    for (const [k, v] of entries) o[k] = v;
    return o;
  }

  // ---- modes ----
  scopes(): string[] {
    return this.opts.scopes;
  }
  isAddonTrigger(): boolean {
    return this.opts.deployment === 'addon' && this.context === 'trigger';
  }

  // ---- spreadsheets ----
  newSpreadsheetState(id: string, name: string): SpreadsheetState {
    const ss: SpreadsheetState = {
      id,
      name,
      sheets: [],
      activeSheet: null,
      nextSheetId: 0,
      docProps: new PropStore(),
      toasts: [],
      tz: this.opts.timeZone,
      locale: this.opts.locale,
    };
    const first = this.newSheetState(ss, localeInfo(ss.locale).defaultSheetName + '1');
    ss.sheets.push(first);
    ss.activeSheet = first;
    this.spreadsheets.set(id, ss);
    return ss;
  }

  newSheetState(ss: SpreadsheetState, name: string, rows = 1000, cols = 26): SheetState {
    const id = ss.nextSheetId === 0 ? 0 : 100000000 + ss.nextSheetId * 7919;
    ss.nextSheetId += 1;
    return {
      id,
      name,
      grid: [],
      maxRows: rows,
      maxCols: cols,
      frozenRows: 0,
      frozenCols: 0,
      hidden: false,
      colWidths: new Map(),
      tabColor: null,
      cfRules: [],
      protections: [],
      deleted: false,
      ss,
    };
  }

  activeSpreadsheet(): SpreadsheetState {
    return this.spreadsheets.get(this.activeSpreadsheetId)!;
  }

  // ---- locks and writes ----
  anyLockHeld(): boolean {
    for (const h of this.lockHolders.values()) if (h === this.execId) return true;
    return false;
  }
  /**
   * A lock the script builds on top of LockService (the add-on's per-spreadsheet lease in script properties):
   * set by the test harness, so that writes under it count as locked in `writesWithoutLock`.
   */
  appLockHeld: ((spreadsheetId: string) => boolean) | null = null;
  recordWrite(method: string, sheet: SheetState, a1: string): void {
    const lockHeld = this.anyLockHeld() || (this.appLockHeld?.(sheet.ss.id) ?? false);
    this.writes.push({ method, sheet: sheet.name, a1, lockHeld, at: this.hostNow() });
    this.writesSinceFlush += 1;
  }

  /** Ends the current execution: Apps Script releases every lock the execution still holds. */
  endExecution(): void {
    for (const [k, h] of this.lockHolders) if (h === this.execId) this.lockHolders.set(k, null);
  }
}
