/**
 * «Kom i gang»: the first-day checklist. Every step has its button, is ticked when the spreadsheet shows it is
 * done, and the tab goes away once all are done (the optional ones may be skipped).
 */
import type { StartStep, StartStepId } from '../../domain/onboarding';
import type { StartPage } from '../../server/sidebar/dto';
import { append, clear, el } from '../dom';
import { call } from '../rpc';
import { TABS } from '.';
import { defineTab, type Nav } from './tab';

interface StepText { title: string; why: string; button: string }

const TEXT: Record<StartStepId, StepText> = {
  setup: { title: 'Sett opp arkene', why: 'Lager arkene tillegget bruker. Det du har skrevet i regnearket, blir stående.', button: 'Sett opp arkene' },
  associationName: { title: 'Navnet på lokalforeningen', why: 'Står i månedsrapporten.', button: 'Skriv inn navnet' },
  groupLeaderEmails: { title: 'Gruppeledernes e-post', why: 'De får påminnelsene.', button: 'Legg inn e-post' },
  nationalLeaderEmail: { title: 'E-posten til nasjonal prosjektleder', why: 'Hun får månedsrapporten.', button: 'Legg inn e-post' },
  shelters: { title: 'Krisesentrene', why: 'Krisesentrene dere samarbeider med, til listen over deltakere.', button: 'Legg inn krisesentre' },
  import: { title: 'Importer den gamle loggen', why: 'Har dere ført en logg i Excel eller Sheets, kan den hentes inn.', button: 'Åpne importen' },
  reminders: { title: 'Slå på påminnelser', why: 'En e-post om morgenen når noe bør følges opp.', button: 'Slå på påminnelser' },
};

/** Where in Innstillinger each settings step is typed in. */
const SETTINGS_FIELD: Partial<Record<StartStepId, string>> = {
  associationName: 'associationName', groupLeaderEmails: 'groupLeaderEmails', nationalLeaderEmail: 'nationalLeaderEmail', shelters: 'shelters.0.name',
};

type Show = (data: StartPage | null, message: string) => void;

function stateText(step: StartStep): string {
  return step.skipped ? 'Hoppet over' : step.done ? 'Ferdig' : 'Gjenstår';
}

function stepItem(step: StartStep, show: Show, nav: Nav, outcome: HTMLElement): HTMLElement {
  const text = TEXT[step.id];
  const fail = (message: string) => { clear(outcome); append(outcome, el('div', { class: 'summary', role: 'alert' }, el('p', {}, message))); };
  const run = (button: HTMLButtonElement, action: () => Promise<void>) => {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    void action().finally(() => { button.disabled = false; button.setAttribute('aria-busy', 'false'); });
  };
  const actions: HTMLElement[] = [];
  if (!step.done) {
    const main = el('button', { type: 'button', class: step.id === 'setup' ? 'primary' : 'secondary', disabled: step.blockedBy !== null }, text.button);
    main.addEventListener('click', () => run(main, async () => {
      const field = SETTINGS_FIELD[step.id];
      if (field) return nav.open('settings', field);
      if (step.id === 'setup') {
        const r = await call('sidebarSetupSheets');
        if (r.ok) show(r.page, r.message); else fail(r.message);
      } else if (step.id === 'import') {
        const r = await call('sidebarOpenImport');
        if (!r.ok) fail(r.message);
      } else if (step.id === 'reminders') {
        const r = await call('sidebarSetReminders', { on: true });
        if (r.ok) show(null, r.message); else fail(r.message);
      }
    }));
    actions.push(main);
  }
  if (step.id === 'import' || step.id === 'reminders') {
    if (!step.done || step.skipped) {
      const skip = !step.skipped;
      const b = el('button', { type: 'button', class: 'secondary' }, skip ? 'Hopp over' : 'Ta med igjen');
      b.addEventListener('click', () => run(b, async () => {
        const r = await call('sidebarSkipStartStep', { step: step.id, skip });
        if (r.ok) show(r.page, r.message); else fail(r.message);
      }));
      actions.push(b);
    }
  }
  return el('li', { class: `step${step.done ? ' done' : ''}` },
    el('span', { class: 'tick', 'aria-hidden': 'true' }, step.done ? '✓' : ''),
    el('div', {},
      el('p', { class: 'step-title' }, text.title, el('span', { class: 'step-state' }, ` – ${stateText(step)}`)),
      step.done ? null : el('p', { class: 'hint' }, text.why),
      step.blockedBy ? el('p', { class: 'hint' }, step.blockedBy) : null,
      actions.length > 0 ? el('div', { class: 'actions' }, ...actions) : null));
}

export const startTab = defineTab({
  id: 'start',
  label: 'Kom i gang',
  help: 'start',
  render(panel, data, show, nav) {
    const outcome = el('div', { 'aria-live': 'polite' });
    const left = data.steps.filter((s) => !s.done).length;
    append(panel, el('h2', {}, 'Kom i gang'),
      el('p', {}, left === 0 ? 'Alt er klart. Neste gang åpnes Ressursvenn rett på arbeidet.' : `${data.steps.length - left} av ${data.steps.length} steg er gjort.`),
      el('ol', { class: 'checklist' }, ...data.steps.map((s) => stepItem(s, show as Show, nav, outcome))),
      outcome,
      left === 0 ? el('div', { class: 'actions' }, el('button', { type: 'button', class: 'primary', onclick: () => nav.open(TABS[0]!.id) }, 'Begynn')) : null);
  },
});
