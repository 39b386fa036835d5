/** «Henvendelse» and «Kurs»: the statistics rows, an inquiry logged and a course with its participants. */
import { CourseSchema, InquirySchema } from '../../domain/records';
import { screeningStatus } from '../../domain/screening';
import { COURSES, INQUIRIES, VOLUNTEERS } from '../../sheets/tables';
import type { Ports } from '../ports';
import type { CourseInput, CoursePage, InquiryInput, InquiryPage, Saved } from './dto';
import { Refusal, type Ok } from './result';
import { appendWithNewId, openSession, underLock, usable } from './session';
import { asObject, checkFields, checkKeys, checkPrivacy, checkRecord } from './validate';

const RECENT_INQUIRIES = 5;

export function openInquiries(ports: Ports): Ok<InquiryPage> {
  const s = openSession(ports);
  const recent = usable(s.wb.read(INQUIRIES)).records.map((r) => r.record).sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id)).slice(0, RECENT_INQUIRIES);
  return { ok: true, page: 'inquiry', today: s.today, recent };
}

export function logInquiry(ports: Ports, payload: InquiryInput): Ok<Saved> {
  const errors = {};
  const values = checkFields(InquirySchema.shape, payload, ['date', 'kind', 'from', 'municipality', 'outcome', 'note'], ['date'], errors);
  const draft = checkRecord(InquirySchema, { ...values, id: 'H-0000' }, errors);
  checkPrivacy({ note: draft.note, from: draft.from }, asObject(payload).confirmPrivacy);
  return underLock(ports, (s) => {
    const saved = appendWithNewId(ports, s, usable(s.wb.read(INQUIRIES)), (id) => ({ ...draft, id }));
    return { ok: true, id: saved.id, message: `Henvendelse ${saved.id} (${saved.kind}) er logget.` };
  });
}

export function openCourses(ports: Ports): Ok<CoursePage> {
  const s = openSession(ports);
  const volunteers = usable(s.wb.read(VOLUNTEERS)).records.map((r) => r.record).filter((v) => v.status !== 'Sluttet')
    .map((v) => ({ id: v.id, alias: v.alias, courseDate: v.courseDate }));
  return { ok: true, page: 'course', today: s.today, volunteers };
}

export function registerCourse(ports: Ports, payload: CourseInput): Ok<Saved> {
  const input = checkKeys(payload, { participantIds: 'textList?' });
  const errors: Record<string, string> = {};
  const ids = (input.participantIds ?? []) as string[];
  const values = checkFields(CourseSchema.shape, { ...input, participantIds: ids.join(', ') }, ['date', 'place', 'participantIds', 'participantCount', 'note'], ['date'], errors);
  const count = typeof values.participantCount === 'number' ? values.participantCount : ids.length;
  if (!errors.participantCount && count < ids.length) errors.participantCount = `Minst ${ids.length}: så mange frivillige er valgt.`;
  const draft = checkRecord(CourseSchema, { ...values, participantCount: count, id: 'KU-000' }, errors);
  checkPrivacy({ note: draft.note }, input.confirmPrivacy);
  return underLock(ports, (s) => {
    const volunteers = usable(s.wb.read(VOLUNTEERS));
    const known = new Set(volunteers.records.map((r) => r.record.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new Refusal(`Finnes ikke i Frivillige: ${unknown.join(', ')}.`, { participantIds: `Finnes ikke: ${unknown.join(', ')}.` });
    const saved = appendWithNewId(ports, s, usable(s.wb.read(COURSES)), (id) => ({ ...draft, id }));
    // The course is a screening step: note it on each participant who has no course date yet, in one write.
    const chosen = new Set(ids);
    const updates = volunteers.records.filter(({ record }) => chosen.has(record.id) && !record.courseDate && record.status !== 'Sluttet').map(({ row, record }) => {
      const next = { ...record, courseDate: saved.date };
      if (next.status === 'Påmeldt' || next.status === 'Under kartlegging' || next.status === 'Godkjent') next.status = screeningStatus(next, s.today);
      return { row, record: next };
    });
    s.wb.updateRows(volunteers, updates, ['courseDate', 'status']);
    const noted = updates.length;
    return { ok: true, id: saved.id, message: `Kurs ${saved.id} er registrert med ${saved.participantCount} deltakere. Kursdato ført på ${noted} frivillige.` };
  });
}
