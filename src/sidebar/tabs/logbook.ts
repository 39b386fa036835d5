/** «Henvendelse» and «Kurs»: the rows the statistics count. */
import { INQUIRY_KINDS, INQUIRY_OUTCOMES } from '../../domain/vocabulary';
import type { CourseInput, InquiryInput } from '../../server/sidebar/dto';
import { append, el, showDate } from '../dom';
import { Form } from '../form';
import { call } from '../rpc';
import { defineTab } from './tab';

export const inquiryTab = defineTab({
  id: 'inquiry',
  label: 'Henvendelse',
  help: 'inquiry',
  render(panel, data, show) {
    const form = new Form({
      fields: [
        { name: 'date', label: 'Dato', kind: 'date', required: true, value: data.today },
        { name: 'kind', label: 'Type', kind: 'select', required: true, blank: 'Velg …', options: INQUIRY_KINDS },
        { name: 'from', label: 'Fra', kind: 'text', hint: 'Instans eller kanal, ikke personnavn.' },
        { name: 'municipality', label: 'Kommune', kind: 'text' },
        { name: 'outcome', label: 'Resultat', kind: 'select', blank: '–', options: INQUIRY_OUTCOMES },
        { name: 'note', label: 'Merknad', kind: 'textarea', hint: 'Kort og anonymisert.' },
      ],
      submitLabel: 'Logg henvendelse',
      submit: (v, confirmPrivacy) => call('sidebarLogInquiry', { ...v, confirmPrivacy } satisfies InquiryInput),
      onSaved: (r) => show(r.page, r.message),
    });
    append(panel, el('h2', {}, 'Logg henvendelse'), form.root, el('h3', {}, 'Siste henvendelser'),
      el('ul', { class: 'list' }, ...data.recent.map((i) => el('li', {}, `${showDate(i.date)} · ${i.kind}${i.from ? ` · ${i.from}` : ''}`))));
  },
});

export const courseTab = defineTab({
  id: 'course',
  label: 'Kurs',
  help: 'course',
  render(panel, data, show) {
    const form = new Form({
      fields: [
        { name: 'date', label: 'Kursdato', kind: 'date', required: true, value: data.today },
        { name: 'place', label: 'Sted', kind: 'text' },
        { name: 'participantIds', label: 'Frivillige som deltok', kind: 'checks', options: data.volunteers.map((v) => [v.id, `${v.id} · ${v.alias}${v.courseDate ? ` (kurs ${showDate(v.courseDate)})` : ''}`] as const) },
        { name: 'participantCount', label: 'Antall deltakere', kind: 'int', hint: 'Tom = antall valgt over. Ta med dem uten frivillig-ID.' },
        { name: 'note', label: 'Merknad', kind: 'textarea' },
      ],
      submitLabel: 'Registrer kurs',
      submit: (v, confirmPrivacy) => call('sidebarRegisterCourse', { ...v, confirmPrivacy } satisfies CourseInput),
      onSaved: (r) => show(r.page, r.message),
    });
    append(panel, el('h2', {}, 'Registrer kurs'), form.root);
  },
});
