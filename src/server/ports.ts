/**
 * What a use case may touch, as interfaces. src/gas/ implements them with Apps Script services; tests use the
 * same adapters over the emulator. Nothing in src/server names an Apps Script global.
 */
import type { SheetServices } from '../sheets/setup';
import type { Spreadsheet } from '../sheets/workbook';

export interface LockPort {
  /** Runs `fn` holding the document lock (script lock where no document lock exists); throws BusyError on timeout. */
  withLock<T>(fn: () => T): T;
}

/** A file for an email (a Blob or a chart): opaque here, made by BlobPort or taken from a chart. */
export type BlobSource = GoogleAppsScript.Base.BlobSource;

export interface MailMessage {
  to: string; subject: string; body: string; htmlBody?: string; name?: string;
  attachments?: BlobSource[];
  /** Content id → image, shown where the HTML says `cid:<id>`. */
  inlineImages?: Record<string, BlobSource>;
}

/** Files made from text, for attachments (Utilities.newBlob; HTML converted with Blob.getAs('application/pdf')). */
export interface BlobPort {
  text(name: string, contentType: string, text: string): BlobSource;
  /** A PDF of an HTML page: Apps Script's own conversion, no Drive access and no extra scope. */
  pdfFromHtml(name: string, html: string): BlobSource;
}
export interface MailPort {
  remainingQuota(): number;
  send(message: MailMessage): void;
}

export interface PropertiesPort {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}

export interface TriggerInfo { id: string; handler: string }
export interface TriggerPort {
  list(): TriggerInfo[];
  createDaily(handler: string, hour: number, timeZone: string): TriggerInfo;
  remove(id: string): void;
}

export interface UiPort {
  alert(title: string, message: string): void;
  confirm(title: string, message: string): boolean;
  /** A one-line answer; null when the leader cancels. */
  prompt(title: string, message: string): string | null;
  toast(message: string, title: string): void;
  showSidebar(file: string, title: string): void;
  /**
   * A modal dialog with a built page (dist/<file>.html), for work that needs room, such as the import preview.
   * `data` (JSON) reaches the page in a `<script type="application/json" id="dialog-data">` element.
   */
  showDialog(file: string, title: string, width: number, height: number, data?: object): void;
  /** A modal dialog with a page built at run time (escaped by its builder), such as the printable agreement. */
  showHtmlDialog(html: string, title: string, width: number, height: number): void;
  /** The menu under the add-on's name: caption → top-level function name; null for a separator. */
  addMenu(items: ReadonlyArray<readonly [string, string] | null>): void;
}

/** The national overview's transport: a JSON POST to its web app (UrlFetchApp), and keys checked by digest. */
export interface HttpPort {
  /** Throws when nothing came back (network, DNS); any HTTP status is returned, not thrown. */
  postJson(url: string, body: string): { code: number; text: string };
}
export interface CryptoPort {
  sha256Hex(text: string): string;
  /** A new random key (64 hex characters). */
  newKey(): string;
}

export interface Ports {
  /** The spreadsheet this run works on: the active one, else the one saved when reminders were switched on. */
  spreadsheet(): Spreadsheet;
  sheetServices: SheetServices;
  lock: LockPort;
  clock: { now(): Date };
  mail: MailPort;
  blobs: BlobPort;
  http: HttpPort;
  crypto: CryptoPort;
  /** Applies pending spreadsheet writes now (SpreadsheetApp.flush): before a chart is turned into an image. */
  flush(): void;
  /**
   * Document properties where they exist; else (an add-on's time-driven trigger) the user's properties. Interactive
   * saves, which keep the ID high-water marks, always run with document properties.
   */
  properties: PropertiesPort;
  /** The user's own properties: reachable in every context, so a trigger finds its spreadsheet id here. */
  userProperties: PropertiesPort;
  /** A random UUID (Utilities.getUuid), for a secret such as the import's fingerprint salt. */
  uuid(): string;
  /** Waits before a retry (Utilities.sleep). */
  sleep(ms: number): void;
  triggers: TriggerPort;
  /** Null where no UI exists (triggers). */
  ui: UiPort | null;
  user: { email(): string };
  log(message: string): void;
}
