/**
 * «I dag»: the first tab. A few counts, then what needs the leader today by the reminder rules, most urgent
 * first; each line's button opens the form that deals with it, filled in. Opened afresh every time it is
 * chosen, so what was just saved elsewhere has already left the list.
 */
import { formatNorwegian } from '../../domain/calendar';
import type { TodayItem } from '../../domain/reminders/actions';
import { URGENCY_HEADINGS } from '../../domain/reminders/digest';
import { URGENCIES, type Urgency } from '../../domain/reminders/types';
import type { TodayPage } from '../../server/sidebar/dto';
import { append, el } from '../dom';
import { defineTab, type Nav } from './tab';

/** A class per urgency (CSS names without spaces or «å»). */
const CLASS: Record<Urgency, string> = { bekymring: 'today-bekymring', forfalt: 'today-forfalt', nå: 'today-now', snart: 'today-snart', 'til orientering': 'today-info' };

function figures(data: TodayPage): HTMLElement {
  const o = data.overview;
  const rows: Array<[string, number]> = [
    ['Aktive koblinger', o.active],
    ['På pause', o.paused],
    [`Slutter innen ${data.endingWithinDays} dager`, o.endingSoon],
    ['Frivillige som venter på kobling', o.volunteersWaiting],
    ['Deltakere som venter på kobling', o.participantsWaiting],
  ];
  return el('table', { class: 'figures', 'aria-label': 'Oversikt' }, el('tbody', {}, ...rows.map(([label, n]) => el('tr', {}, el('th', { scope: 'row' }, label), el('td', {}, n)))));
}

function line(item: TodayItem, nav: Nav): HTMLElement {
  const action = item.action;
  return el('li', { class: `today-item ${CLASS[item.urgency]}` },
    el('p', {}, el('strong', {}, item.code), `: ${item.text}`),
    action && item.button
      ? el('button', { type: 'button', class: 'secondary', 'aria-label': `${item.button} (${item.code})`, onclick: () => nav.go(action) }, item.button)
      : null);
}

export const todayTab = defineTab({
  id: 'today',
  label: 'I dag',
  help: 'today',
  render(panel, data, _show, nav) {
    append(panel, el('h2', {}, `I dag, ${formatNorwegian(data.today)}`), figures(data));
    if (data.items.length === 0) {
      append(panel, el('p', { class: 'today-empty' }, 'Ingenting venter på deg i dag. Alle koblinger er fulgt opp, og ingen frister er passert – god dag!'));
    }
    for (const u of URGENCIES) {
      const group = data.items.filter((i) => i.urgency === u);
      if (group.length === 0) continue;
      append(panel, el('section', { 'aria-label': URGENCY_HEADINGS[u] },
        el('h3', { class: CLASS[u] }, `${URGENCY_HEADINGS[u]} (${group.length})`),
        el('ul', { class: 'today-list' }, ...group.map((i) => line(i, nav)))));
    }
    append(panel, el('p', { class: 'hint' }, 'Listen bygger på de samme reglene som påminnelsene på e-post, og gjelder også når påminnelsene er slått av.'));
  },
});
