/** SpreadsheetApp.getUi(): menus, sidebars, dialogs, alerts and prompts (answers scripted by tests). */
import { instrument } from './calls';
import { describeType } from './coerce';
import type { Core, MenuRecord } from './core';
import { HtmlOutput } from './html';

export const ButtonSet = Object.freeze({ OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' });
export const Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });

const BUTTONS_OF: Record<string, string[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

const FN_NAME = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

export class Menu {
  constructor(readonly _core: Core, readonly _rec: MenuRecord) {}
  addItem(caption: unknown, functionName: unknown): Menu {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw this._core.sigErr('Ui.Menu.addItem', [caption, functionName].map(describeType).join(','));
    }
    if (!FN_NAME.test(functionName)) throw this._core.err(`Invalid function name: ${functionName}`);
    this._rec.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): Menu {
    this._rec.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: unknown): Menu {
    if (!(menu instanceof Menu)) throw this._core.sigErr('Ui.Menu.addSubMenu', describeType(menu));
    this._rec.items.push({ submenu: menu._rec });
    return this;
  }
  addToUi(): void {
    const menus = this._core.ui.menus;
    const i = menus.findIndex((m) => m.name === this._rec.name && m.addon === this._rec.addon);
    const copy: MenuRecord = JSON.parse(JSON.stringify(this._rec));
    if (i >= 0) menus[i] = copy;
    else menus.push(copy);
  }
}
instrument(Menu, 'Menu');

export class PromptResponse {
  constructor(readonly _core: Core, readonly _button: string, readonly _text: string) {}
  getResponseText(): string { return this._text; }
  getSelectedButton(): string { return this._button; }
}
instrument(PromptResponse, 'PromptResponse');

export class Ui {
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  constructor(readonly _core: Core) {}
  createMenu(caption: unknown): Menu {
    if (typeof caption !== 'string') throw this._core.sigErr('Ui.createMenu', describeType(caption));
    return new Menu(this._core, { name: caption, addon: false, items: [] });
  }
  createAddonMenu(): Menu {
    return new Menu(this._core, { name: '', addon: true, items: [] });
  }
  showSidebar(html: unknown): void {
    if (!(html instanceof HtmlOutput)) throw this._core.sigErr('Ui.showSidebar', describeType(html));
    this._core.ui.sidebars.push({ title: html._title, html: html._content, width: html._width, at: this._core.hostNow() });
  }
  _dialog(method: string, html: unknown, title: unknown, modal: boolean): void {
    if (!(html instanceof HtmlOutput) || typeof title !== 'string') throw this._core.sigErr(`Ui.${method}`, [html, title].map(describeType).join(','));
    this._core.ui.dialogs.push({ title, html: html._content, modal, width: html._width, height: html._height, at: this._core.hostNow() });
  }
  showModalDialog(html: unknown, title: unknown): void {
    this._dialog('showModalDialog', html, title, true);
  }
  showModelessDialog(html: unknown, title: unknown): void {
    this._dialog('showModelessDialog', html, title, false);
  }
  _args(method: string, args: unknown[]): { title: string; prompt: string; buttons: string } {
    const [a, b, c] = args;
    if (typeof a !== 'string') throw this._core.sigErr(`Ui.${method}`, args.map(describeType).join(','));
    if (args.length === 1) return { title: '', prompt: a, buttons: method === 'alert' ? 'OK' : 'OK' };
    if (args.length === 2) {
      if (typeof b === 'string' && BUTTONS_OF[b]) return { title: '', prompt: a, buttons: b };
      if (typeof b === 'string' && method === 'prompt') return { title: a, prompt: b, buttons: 'OK' };
      throw this._core.sigErr(`Ui.${method}`, args.map(describeType).join(','));
    }
    if (typeof b !== 'string' || typeof c !== 'string' || !BUTTONS_OF[c]) throw this._core.sigErr(`Ui.${method}`, args.map(describeType).join(','));
    return { title: a, prompt: b, buttons: c };
  }
  alert(...args: unknown[]): string {
    const { title, prompt, buttons } = this._args('alert', args);
    const next = this._core.ui.answers.shift();
    let answer: string;
    if (next === undefined) {
      if (buttons !== 'OK') throw new Error(`Emulator: ui.alert("${prompt}") with ButtonSet.${buttons} needs a scripted answer (emu.ui.answerNext)`);
      answer = 'OK';
    } else answer = typeof next === 'string' ? next : next.button ?? 'OK';
    if (!BUTTONS_OF[buttons]!.includes(answer)) throw new Error(`Emulator: scripted answer ${answer} is not offered by ButtonSet.${buttons}`);
    this._core.ui.alerts.push({ kind: 'alert', title, prompt, buttons, answer });
    return answer;
  }
  prompt(...args: unknown[]): PromptResponse {
    const { title, prompt, buttons } = this._args('prompt', args);
    const next = this._core.ui.answers.shift();
    if (next === undefined) throw new Error(`Emulator: ui.prompt("${prompt}") needs a scripted answer (emu.ui.answerNext)`);
    const button = typeof next === 'string' ? 'OK' : next.button ?? 'OK';
    const text = typeof next === 'string' ? next : next.text ?? '';
    if (!BUTTONS_OF[buttons]!.includes(button)) throw new Error(`Emulator: scripted answer ${button} is not offered by ButtonSet.${buttons}`);
    this._core.ui.alerts.push({ kind: 'prompt', title, prompt, buttons, answer: button, text });
    return new PromptResponse(this._core, button, text);
  }
}
instrument(Ui, 'Ui');
