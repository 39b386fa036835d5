/**
 * The sidebar: one page with tabs (one HtmlService load), each tab opened with one server round trip.
 * Tabs follow the WAI-ARIA pattern: arrow keys, Home and End move between them.
 */
import { clear, el } from '../dom';
import { openPage } from '../rpc';
import { TABS } from '../tabs';
import { PAGE_OF_INTENT, type Intent, type Tab } from '../tabs/tab';

const tablist = document.getElementById('tabs')!;
const panel = document.getElementById('panel')!;
let loading = 0;

const buttons = TABS.map((tab) => el('button', {
  type: 'button', role: 'tab', id: `tab-${tab.id}`, 'aria-controls': 'panel', 'aria-selected': 'false', tabindex: -1,
  onclick: () => { void select(tab); },
}, tab.label));
tablist.append(...buttons);

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

/** Back to «I dag» (opened afresh, so what was just saved has left the list). */
function backToToday(): HTMLElement | null {
  const today = TABS.find((t) => t.id === 'today');
  return today ? el('button', { type: 'button', class: 'secondary back', onclick: () => { void select(today); } }, '← Tilbake til I dag') : null;
}

/**
 * Draws a tab from its data: as opened, or as a save returned it (then with the save's message on top).
 * `fromToday`: opened from a line of «I dag» (with `intent` the first time), so the way back is offered.
 */
function draw(tab: Tab, data: unknown, message?: string, intent: Intent | null = null, fromToday = intent !== null): void {
  const ticket = loading;
  clear(panel);
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
  }, { intent, go });
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

async function select(tab: Tab, intent: Intent | null = null): Promise<void> {
  const ticket = ++loading;
  buttons.forEach((b, i) => {
    const on = TABS[i] === tab;
    b.setAttribute('aria-selected', String(on));
    b.tabIndex = on ? 0 : -1;
  });
  panel.setAttribute('aria-labelledby', `tab-${tab.id}`);
  panel.setAttribute('aria-busy', 'true');
  clear(panel);
  panel.append(el('p', { class: 'muted', role: 'status' }, 'Henter …'));
  const result = await openPage(tab.id);
  if (ticket !== loading) return; // another tab was chosen meanwhile
  clear(panel);
  panel.setAttribute('aria-busy', 'false');
  if (result.ok) draw(tab, result, undefined, intent);
  else panel.append(el('div', { class: 'summary', role: 'alert' }, el('p', {}, result.message)),
    el('button', { type: 'button', class: 'secondary', onclick: () => { void select(tab, intent); } }, 'Prøv igjen'));
}

void select(TABS[0]!);
