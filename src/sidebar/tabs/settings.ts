/** «Innstillinger»: settings and the crisis shelter list, validated by the server before anything is written. */
import { formatNorwegian } from '../../domain/calendar';
import { VERSION } from '../../domain/version';
import type { Shelter } from '../../domain/records';
import type { ReminderState, SettingsDraft } from '../../server/sidebar/dto';
import { append, clear, el } from '../dom';
import { Form, type FieldKind, type FieldSpec } from '../form';
import { call } from '../rpc';
import { defineTab } from './tab';

const SHELTER_ROWS_EXTRA = 2;

function reminderText(r: ReminderState): string {
  const by = r.by ? ` Slått på av ${r.by}${r.since ? ` ${formatNorwegian(r.since)}` : ''}.` : '';
  return r.on
    ? `På: hver dag kl. ${String(r.hour).padStart(2, '0')} (${r.timeZone}) til ${r.recipients.join(', ') || 'deg'}, bare når noe er nytt.${by}`
    : 'Av: ingen påminnelser sendes.';
}

/** Automatic reminders on or off (installs or removes the daily trigger), with the current state in words. */
function reminderSwitch(initial: ReminderState): HTMLElement {
  let state = initial;
  let busy = false;
  const describe = el('p', { id: 'reminder-state', class: 'muted' });
  const mark = el('span', { class: 'switch-state', 'aria-hidden': 'true' });
  const button = el('button', { type: 'button', role: 'switch', class: 'switch', 'aria-describedby': 'reminder-state' }, 'Automatiske påminnelser', mark);
  const outcome = el('div', { 'aria-live': 'polite' });
  const show = () => {
    button.setAttribute('aria-checked', String(state.on));
    mark.textContent = state.on ? 'På' : 'Av';
    describe.textContent = reminderText(state);
  };
  button.addEventListener('click', () => {
    if (busy) return;
    busy = true;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    void call('sidebarSetReminders', { on: !state.on }).then((r) => {
      busy = false;
      button.disabled = false;
      button.setAttribute('aria-busy', 'false');
      clear(outcome);
      if (r.ok) {
        state = r.reminders;
        show();
        append(outcome, el('p', { class: 'status', role: 'status' }, r.message));
      } else append(outcome, el('div', { class: 'summary', role: 'alert' }, el('p', {}, r.message)));
    });
  });
  show();
  return el('section', { class: 'overview', 'aria-label': 'Påminnelser' }, button, describe,
    el('p', { class: 'hint' }, 'Påminnelsene går til gruppeledernes adresser under, slik de står når e-posten sendes. Har du slått dem på selv, flyttes de med en gang når du lagrer et nytt klokkeslett.'), outcome);
}

export const settingsTab = defineTab({
  id: 'settings',
  label: 'Innstillinger',
  help: 'settings',
  render(panel, data, show) {
    const fields: FieldSpec[] = data.defs.map((d) => {
      const value = data.settings[d.key];
      const kind: FieldKind = d.kind === 'bool' ? 'checkbox' : d.kind === 'int' ? 'int' : 'text';
      return { name: d.key, label: d.label, kind, hint: d.help, value: Array.isArray(value) ? value.join('; ') : value };
    });
    // The shelter list as numbered rows: the existing ones and a couple of empty ones to fill in.
    const rows = data.shelters.length + SHELTER_ROWS_EXTRA;
    for (let i = 0; i < rows; i++) {
      const s: Shelter | undefined = data.shelters[i];
      fields.push(
        { name: `shelters.${i}.name`, label: `Krisesenter ${i + 1}`, kind: 'text', value: s?.name ?? '' },
        { name: `shelters.${i}.contactRole`, label: `Kontaktperson (rolle) ${i + 1}`, kind: 'text', value: s?.contactRole ?? '' },
        { name: `shelters.${i}.municipality`, label: `Kommune ${i + 1}`, kind: 'text', value: s?.municipality ?? '' },
      );
    }
    const form = new Form({
      fields,
      submitLabel: 'Lagre innstillinger',
      keep: fields.map((f) => f.name),
      submit(v) {
        // Starts from the values loaded, so every key is there; each is then taken from its field.
        const settings: SettingsDraft = { ...data.settings };
        for (const d of data.defs) {
          const raw = v[d.key] ?? null;
          settings[d.key] = d.kind === 'emails' ? String(raw ?? '').split(/[;,\s]+/).filter(Boolean) : d.kind === 'text' || d.kind === 'email' ? String(raw ?? '').trim() : raw;
        }
        const text = (name: string) => String(v[name] ?? '').trim();
        const shelters = Array.from({ length: rows }, (_, i) => ({ name: text(`shelters.${i}.name`), contactRole: text(`shelters.${i}.contactRole`), municipality: text(`shelters.${i}.municipality`) }))
          .filter((s) => s.name || s.contactRole || s.municipality);
        return call('sidebarSaveSettings', { settings, shelters, version: data.version });
      },
      onSaved: (r) => show(r.page, r.message),
    });
    append(panel, el('h2', {}, 'Innstillinger'), reminderSwitch(data.reminders),
      data.problems.length > 0 ? el('div', { class: 'summary' }, el('p', {}, 'Ugyldige verdier i arket:'), el('ul', {}, ...data.problems.map((p) => el('li', {}, p)))) : null,
      form.root,
      el('p', { class: 'hint version' }, `Ressursvenn versjon ${VERSION}.`));
  },
});
