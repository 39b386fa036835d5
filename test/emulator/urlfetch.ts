/**
 * UrlFetchApp and ContentService, for one use: an association posting its month to the national spreadsheet's web
 * app. Sources: developers.google.com/apps-script/reference/url-fetch/url-fetch-app (fetch(url, params), the
 * `script.external_request` scope, `muteHttpExceptions`: without it a response code of 400 or more throws
 * «Request failed for … returned code N», `followRedirects` default true) and …/content/content-service
 * (createTextOutput, setMimeType). A web app answers a POST with a 302 to script.googleusercontent.com whose GET
 * holds the doPost output (public report: spreadapi.roombelt.com/usage); fetch follows it by default, so the
 * caller sees 200 and the output, and with followRedirects false the 302 itself.
 * Web apps are routed in-process: `routeWebApp(url, handler)`; a URL with no route fails as DNS would.
 * Fault injection: the n-th fetch from when it is armed throws (lost delivery) or answers with a status.
 */
import { instrument } from './calls';
import { describeType } from './coerce';
import type { Core } from './core';

export const SCOPE_EXTERNAL_REQUEST = 'https://www.googleapis.com/auth/script.external_request';

export interface WebRequest { method: 'get' | 'post'; contentType: string; body: string }
export interface WebResponse { code: number; body: string; mimeType: string }
export type WebHandler = (req: WebRequest) => WebResponse;
export type FetchFault = { throws: string } | { status: number; body?: string };

export interface FetchState {
  routes: Map<string, WebHandler>;
  faults: Array<{ remaining: number; fault: FetchFault }>;
  log: Array<{ url: string; method: string; body: string; code: number | null }>;
}

const fetchStates = new WeakMap<Core, FetchState>();
export function fetchState(core: Core): FetchState {
  let s = fetchStates.get(core);
  if (!s) fetchStates.set(core, (s = { routes: new Map(), faults: [], log: [] }));
  return s;
}

export class HTTPResponseImpl {
  constructor(readonly _core: Core, readonly _code: number, readonly _body: string, readonly _headers: Record<string, string>) {}
  getResponseCode(): number { return this._code; }
  getContentText(): string { return this._body; }
  getHeaders(): Record<string, string> { return { ...this._headers }; }
}
instrument(HTTPResponseImpl, 'HTTPResponse');

interface Params { method?: unknown; contentType?: unknown; payload?: unknown; muteHttpExceptions?: unknown; followRedirects?: unknown; headers?: unknown }

export class UrlFetchAppImpl {
  constructor(readonly _core: Core) {}
  fetch(url: unknown, params?: unknown): HTTPResponseImpl {
    const core = this._core;
    if (typeof url !== 'string' || (params !== undefined && (params === null || typeof params !== 'object'))) {
      throw core.sigErr('UrlFetchApp.fetch', [url, params].filter((x) => x !== undefined).map(describeType).join(','));
    }
    if (!core.scopes().includes(SCOPE_EXTERNAL_REQUEST)) {
      throw core.err(`You do not have permission to call UrlFetchApp.fetch. Required permissions: ${SCOPE_EXTERNAL_REQUEST}`);
    }
    const p = (params ?? {}) as Params;
    const method = String(p.method ?? 'get').toLowerCase();
    if (method !== 'get' && method !== 'post') throw core.err(`Invalid argument: method`);
    if (p.payload !== undefined && typeof p.payload !== 'string') throw core.sigErr('UrlFetchApp.fetch', describeType(p.payload));
    if (!/^https:\/\/[^/\s]+\//.test(url)) throw core.err(`Invalid argument: ${url}`);
    const state = fetchState(core);
    const entry = { url, method, body: (p.payload as string | undefined) ?? '', code: null as number | null };
    state.log.push(entry);

    let fault: FetchFault | null = null;
    for (const f of state.faults) {
      f.remaining -= 1;
      if (f.remaining === 0 && fault === null) fault = f.fault;
    }
    state.faults = state.faults.filter((f) => f.remaining > 0);
    if (fault && 'throws' in fault) throw core.err(fault.throws);

    let res: WebResponse;
    if (fault) res = { code: fault.status, body: fault.body ?? '', mimeType: 'text/html' };
    else {
      const handler = state.routes.get(url);
      if (!handler) throw core.err(`DNS error: ${url}`);
      const out = handler({ method: method as 'get' | 'post', contentType: String(p.contentType ?? 'application/x-www-form-urlencoded'), body: entry.body });
      // A web app's output comes back through a redirect: followed by default, else the 302 itself.
      res = p.followRedirects === false && out.code === 200 ? { code: 302, body: '', mimeType: 'text/html' } : out;
    }
    entry.code = res.code;
    if (res.code >= 400 && p.muteHttpExceptions !== true) {
      throw core.err(`Request failed for ${new URL(url).host} returned code ${res.code}. Truncated server response: ${res.body.slice(0, 100)} (use muteHttpExceptions option to examine full response)`);
    }
    return new HTTPResponseImpl(core, res.code, res.body, { 'Content-Type': res.mimeType });
  }
}
instrument(UrlFetchAppImpl, 'UrlFetchApp');

export class TextOutputImpl {
  _mime = 'text/plain';
  constructor(readonly _core: Core, public _content: string) {}
  getContent(): string { return this._content; }
  setContent(c: unknown): this { this._content = String(c); return this; }
  append(c: unknown): this { this._content += String(c); return this; }
  getMimeType(): string { return this._mime; }
  setMimeType(m: unknown): this {
    if (typeof m !== 'string' || !['application/json', 'text/plain', 'text/csv', 'application/javascript', 'text/javascript'].includes(m)) throw this._core.sigErr('TextOutput.setMimeType', describeType(m));
    this._mime = m;
    return this;
  }
}
instrument(TextOutputImpl, 'TextOutput');

export class ContentServiceImpl {
  readonly MimeType = Object.freeze({ JSON: 'application/json', TEXT: 'text/plain', CSV: 'text/csv', JAVASCRIPT: 'application/javascript' });
  constructor(readonly _core: Core) {}
  createTextOutput(content?: unknown): TextOutputImpl {
    if (content !== undefined && typeof content !== 'string') throw this._core.sigErr('ContentService.createTextOutput', describeType(content));
    return new TextOutputImpl(this._core, (content as string | undefined) ?? '');
  }
}
instrument(ContentServiceImpl, 'ContentService');
