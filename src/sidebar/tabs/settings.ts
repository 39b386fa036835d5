/** «Innstillinger»: settings and the crisis shelter list, validated by the server before anything is written. */
import type { Shelter } from '../../domain/records';
import type { SettingsInput } from '../../server/sidebar/dto';
import { append, el } from '../dom';
import { Form, type FieldSpec } from '../form';
import { call } from '../rpc';
import { defineTab } from './tab';

const SHELTER_ROWS_EXTRA = 2;

export const settingsTab = defineTab({
  id: 'settings',
  label: 'Innstillinger',
  render(panel, data, reload) {
    const fields: FieldSpec[] = data.defs.map((d) => {
      const value = data.settings[d.key];
      const kind = d.kind === 'bool' ? 'checkbox' : d.kind === 'int' ? 'int' : 'text';
      return { name: d.key, label: d.label, kind, hint: d.help, value: Array.isArray(value) ? value.join('; ') : value } as FieldSpec;
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
    const form = new Form<{ id: string; message: string }>({
      fields,
      submitLabel: 'Lagre innstillinger',
      keep: fields.map((f) => f.name),
      submit(v) {
        const settings: Record<string, unknown> = {};
        for (const d of data.defs) {
          const raw = v[d.key];
          settings[d.key] = d.kind === 'emails' ? String(raw ?? '').split(/[;,\s]+/).filter(Boolean) : d.kind === 'text' || d.kind === 'email' ? String(raw ?? '').trim() : raw;
        }
        const shelters = Array.from({ length: rows }, (_, i) => ({ name: String(v[`shelters.${i}.name`] ?? '').trim(), contactRole: String(v[`shelters.${i}.contactRole`] ?? '').trim(), municipality: String(v[`shelters.${i}.municipality`] ?? '').trim() }))
          .filter((s) => s.name || s.contactRole || s.municipality);
        return call('sidebarSaveSettings', { settings, shelters } as unknown as SettingsInput);
      },
      onSaved: (r) => reload(r.message),
    });
    append(panel, el('h2', {}, 'Innstillinger'),
      data.problems.length > 0 ? el('div', { class: 'summary' }, el('p', {}, 'Ugyldige verdier i arket:'), el('ul', {}, ...data.problems.map((p) => el('li', {}, p)))) : null,
      form.root);
  },
});
