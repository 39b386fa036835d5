/** HtmlService, HtmlOutput and HtmlTemplate. */
import { instrument } from './calls';
import { describeType } from './coerce';
import type { Core } from './core';

export const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

export class HtmlOutput {
  _title = '';
  _width: number | null = null;
  _height: number | null = null;
  _meta: Array<{ name: string; content: string }> = [];
  _sandbox: string = 'IFRAME';
  _xframe: string = 'DEFAULT';
  constructor(readonly _core: Core, public _content: string) {}
  setTitle(title: unknown): HtmlOutput {
    if (typeof title !== 'string') throw this._core.sigErr('HtmlService.HtmlOutput.setTitle', describeType(title));
    this._title = title;
    return this;
  }
  getTitle(): string { return this._title; }
  setWidth(w: unknown): HtmlOutput {
    if (typeof w !== 'number' || !Number.isInteger(w)) throw this._core.sigErr('HtmlService.HtmlOutput.setWidth', describeType(w));
    this._width = w;
    return this;
  }
  getWidth(): number | null { return this._width; }
  setHeight(h: unknown): HtmlOutput {
    if (typeof h !== 'number' || !Number.isInteger(h)) throw this._core.sigErr('HtmlService.HtmlOutput.setHeight', describeType(h));
    this._height = h;
    return this;
  }
  getHeight(): number | null { return this._height; }
  getContent(): string { return this._content; }
  setContent(c: string): HtmlOutput { this._content = String(c); return this; }
  append(c: string): HtmlOutput { this._content += String(c); return this; }
  appendUntrusted(c: string): HtmlOutput { this._content += escapeHtml(String(c)); return this; }
  clear(): HtmlOutput { this._content = ''; return this; }
  setSandboxMode(m: string): HtmlOutput { this._sandbox = m; return this; }
  getSandboxMode(): string { return this._sandbox; }
  addMetaTag(name: string, content: string): HtmlOutput { this._meta.push({ name, content }); return this; }
  getMetaTags(): Array<{ getName(): string; getContent(): string }> {
    return this._core.arr(this._meta.map((m) => ({ getName: () => m.name, getContent: () => m.content })));
  }
  setXFrameOptionsMode(m: string): HtmlOutput { this._xframe = m; return this; }
  setFaviconUrl(_url: string): HtmlOutput { return this; }
}
instrument(HtmlOutput, 'HtmlOutput');

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Compiles Apps Script template scriptlets (<? ?>, <?= ?>, <?!= ?>) to a function. */
function compileTemplate(src: string): (data: object, esc: (v: unknown) => string) => string {
  let code = "var __out = '';\nwith (__data) {\n";
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    code += `__out += ${JSON.stringify(src.slice(last, m.index))};\n`;
    if (m[1] === '=') code += `__out += __esc(${m[2]});\n`;
    else if (m[1] === '!=') code += `__out += String(${m[2]});\n`;
    else code += `${m[2]}\n`;
    last = re.lastIndex;
  }
  code += `__out += ${JSON.stringify(src.slice(last))};\n}\nreturn __out;`;
  return new Function('__data', '__esc', code) as (data: object, esc: (v: unknown) => string) => string;
}

export class HtmlTemplate {
  [key: string]: unknown;
  constructor(readonly _core: Core, readonly _src: string) {}
  evaluate(): HtmlOutput {
    const data = Object.create(this._core.scriptGlobals) as Record<string, unknown>;
    for (const k of Object.keys(this)) if (!k.startsWith('_')) data[k] = this[k];
    const out = compileTemplate(this._src)(data, (v) => escapeHtml(String(v)));
    return new HtmlOutput(this._core, out);
  }
  getCode(): string {
    return compileTemplate.toString();
  }
  getRawContent(): string {
    return this._src;
  }
}
instrument(HtmlTemplate, 'HtmlTemplate');

export class HtmlServiceImpl {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(readonly _core: Core) {}
  _file(name: unknown, method: string): string {
    if (typeof name !== 'string') throw this._core.sigErr(`HtmlService.${method}`, describeType(name));
    const files = this._core.htmlFiles;
    const key = name.replace(/\.html$/, '');
    const hit = files[key] ?? files[`${key}.html`];
    if (hit === undefined) throw this._core.err(`No HTML file named ${name} was found.`);
    return hit;
  }
  createHtmlOutput(html?: unknown): HtmlOutput {
    if (html !== undefined && typeof html !== 'string') throw this._core.sigErr('HtmlService.createHtmlOutput', describeType(html));
    return new HtmlOutput(this._core, html ?? '');
  }
  createHtmlOutputFromFile(name: unknown): HtmlOutput {
    return new HtmlOutput(this._core, this._file(name, 'createHtmlOutputFromFile'));
  }
  createTemplate(html: unknown): HtmlTemplate {
    if (typeof html !== 'string') throw this._core.sigErr('HtmlService.createTemplate', describeType(html));
    return new HtmlTemplate(this._core, html);
  }
  createTemplateFromFile(name: unknown): HtmlTemplate {
    return new HtmlTemplate(this._core, this._file(name, 'createTemplateFromFile'));
  }
}
instrument(HtmlServiceImpl, 'HtmlService');
