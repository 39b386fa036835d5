/**
 * The sidebar: one page with tabs (one HtmlService load), each tab opened with one server round trip. The first
 * call also says whether «Kom i gang» is still needed: then it opens there, else on the first tab.
 * Tabs follow the WAI-ARIA pattern: arrow keys, Home and End move between them.
 */
import type { PageId } from '../../server/sidebar/dto';
import { clear, el } from '../dom';
import { call, openPage } from '../rpc';
import { TABS } from '../tabs';
import { startTab } from '../tabs/start';
import { PAGE_OF_INTENT, type Intent, type Nav, type Tab } from '../tabs/tab';

const tablist = document.getElementById('tabs')!;
const panel = document.getElementById('panel')!;
let loading = 0;

const buttons = TABS.map((tab) => el('button', {
  type: 'button', role: 'tab', id: `tab-${tab.id}`, 'aria-controls': 'panel', 'aria-selected': 'false', tabindex: -1,
  onclick: () => { void select(tab); },
}, tab.label));
tablist.append(...buttons);

/**
 * Kom i gang sits above the tabs, not among them, while any step is left: the tab bar keeps to two rows at
 * 300 px, and the checklist is one click away from any tab.
 */
const startButton = el('button', { type: 'button', id: `tab-${startTab.id}`, class: 'start-link', hidden: true, onclick: () => { void select(startTab); } }, startTab.label);
tablist.before(startButton);

tablist.addEventListener('keydown', (e) => {
  const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (i < 0) return;
  const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: buttons.length - 1 }[e.key];
  if (next === undefined) return;
  e.preventDefault();
  const j = (next + buttons.length) % buttons.length;
  buttons[j]!.focus();
  void select(TABS[j]!);
});

/** A line of «I dag» opens its form: the tab it belongs to, filled in from the intent. */
function go(intent: Intent): void {
  const tab = TABS.find((t) => t.id === PAGE_OF_INTENT[intent.kind]);
  if (tab) void select(tab, intent);
}

/** A tab by its id, with the focus in a field once drawn (Kom i gang's steps open Innstillinger at the field). */
function open(page: PageId, focusField?: string): void {
  const tab = [startTab, ...TABS].find((t) => t.id === page);
  if (tab) void select(tab, null, focusField);
}

const nav = (intent: Intent | null): Nav => ({ intent, go, open });

/** Back to «I dag» (opened afresh, so what was just saved has left the list). */
function backToToday(): HTMLElement | null {
  const today = TABS.find((t) => t.id === 'today');
  return today ? el('button', { type: 'button', class: 'secondary back', onclick: () => { void select(today); } }, '← Tilbake til I dag') : null;
}

/** The tab's «?»: the user guide opens in a dialog at the tab's section. */
function helpButton(tab: Tab): HTMLElement {
  const button = el('button', { type: 'button', class: 'help', 'aria-label': `Hjelp: ${tab.label}`, title: 'Åpne brukerveiledningen her' }, '?');
  button.addEventListener('click', () => {
    button.disabled = true;
    void call('sidebarShowHelp', tab.help).then((r) => {
      button.disabled = false;
      if (!r.ok) button.after(el('div', { class: 'summary', role: 'alert' }, el('p', {}, r.message)));
    });
  });
  return button;
}

/**
 * Draws a tab from its data: as opened, or as a save returned it (then with the save's message on top).
 * `fromToday`: opened from a line of «I dag» (with `intent` the first time), so the way back is offered.
 */
function draw(tab: Tab, data: unknown, message?: string, intent: Intent | null = null, fromToday = intent !== null): void {
  const ticket = loading;
  clear(panel);
  panel.append(helpButton(tab));
  const back = fromToday ? backToToday() : null;
  if (back) panel.append(back);
  if (message) panel.append(el('p', { class: 'status', role: 'status', tabindex: -1 }, message));
  tab.render(panel, data as never, (next, m) => {
    if (ticket !== loading) return; // she went to another tab while it saved
    if (next === null) {
      void reopen(tab, m);
      return;
    }
    draw(tab, next, m, null, fromToday);
    // The form that had the focus is gone: the message takes it, so the leader hears what happened.
    (panel.querySelector('p.status') as HTMLElement | null)?.focus();
  }, nav(intent));
}

/** The save went through but its page could not be read with it: open the page again, the message kept. */
async function reopen(tab: Tab, message: string): Promise<void> {
  const ticket = loading;
  clear(panel);
  panel.append(el('p', { class: 'status', role: 'status', tabindex: -1 }, message));
  const result = await openPage(tab.id);
  if (ticket !== loading) return;
  if (result.ok) draw(tab, result, message);
  else panel.append(el('div', { class: 'summary', role: 'alert' }, el('p', {}, result.message)),
    el('button', { type: 'button', class: 'secondary', onclick: () => { void select(tab); } }, 'Last inn på nytt'));
  (panel.querySelector('p.status') as HTMLElement | null)?.focus();
}

function mark(tab: Tab): void {
  if (tab === startTab) startButton.setAttribute('aria-current', 'page');
  else startButton.removeAttribute('aria-current');
  buttons.forEach((b, i) => {
    const on = TABS[i] === tab;
    b.setAttribute('aria-selected', String(on));
    b.tabIndex = on ? 0 : -1;
  });
  panel.setAttribute('aria-labelledby', `tab-${tab.id}`);
}

function busy(): void {
  panel.setAttribute('aria-busy', 'true');
  clear(panel);
  panel.append(el('p', { class: 'muted', role: 'status' }, 'Henter …'));
}

function failed(message: string, retry: () => void): void {
  clear(panel);
  panel.setAttribute('aria-busy', 'false');
  panel.append(el('div', { class: 'summary', role: 'alert' }, el('p', {}, message)),
    el('button', { type: 'button', class: 'secondary', onclick: retry }, 'Prøv igjen'));
}

async function select(tab: Tab, intent: Intent | null = null, focusField?: string): Promise<void> {
  const ticket = ++loading;
  mark(tab);
  busy();
  const result = await openPage(tab.id);
  if (ticket !== loading) return; // another tab was chosen meanwhile
  if (!result.ok) return failed(result.message, () => { void select(tab, intent, focusField); });
  panel.setAttribute('aria-busy', 'false');
  draw(tab, result, undefined, intent);
  if (focusField) (panel.querySelector(`[name="${CSS.escape(focusField)}"]`) as HTMLElement | null)?.focus();
}

/** The first round trip: Kom i gang's checklist, and the first working tab's data when it is complete. */
async function start(): Promise<void> {
  const ticket = ++loading;
  const first = TABS[0]!;
  mark(first);
  busy();
  const result = await call('sidebarStart', first.id);
  if (ticket !== loading) return;
  if (!result.ok) return failed(result.message, () => { void start(); });
  panel.setAttribute('aria-busy', 'false');
  startButton.hidden = result.start.complete;
  if (result.first) return draw(first, { ok: true, ...result.first });
  mark(startTab);
  draw(startTab, { ok: true, ...result.start });
}

void start();
