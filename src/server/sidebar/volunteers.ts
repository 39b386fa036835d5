/**
 * «Frivillig»: register a volunteer (her name and contact details go to Kontaktinfo only), record screening
 * steps with the missing ones shown, and quit with a reason.
 */
import { RUNNING } from '../../domain/matchStatus';
import { nameInAlias } from '../../domain/privacy';
import { ContactInfoSchema, VolunteerSchema, type Volunteer } from '../../domain/records';
import { missingScreeningSteps, screeningStatus, volunteerBirthYearProblem } from '../../domain/screening';
import { CONTACT_INFO, MATCHES, VOLUNTEERS } from '../../sheets/tables';
import type { Ports } from '../ports';
import type { QuitInput, Saved, ScreeningInput, VolunteerInput, VolunteerMatching, VolunteerPage, VolunteerRow } from './dto';
import { checkLists, VOLUNTEER_MATCHING } from './matchingFields';
import { openMatchIndex } from './matches';
import { refuseFields, Refusal, type Ok } from './result';
import { appendWithNewId, openSession, underLock, usable, type Session } from './session';
import { asObject, checkFields, checkKeys, checkPrivacy, checkRecord, refuseIfAny } from './validate';
import type { ParsedTable } from '../../sheets/parseTable';


function runningVolunteers(s: Session): Set<string> {
  return new Set(usable(s.wb.read(MATCHES)).records.filter((r) => RUNNING.has(r.record.status)).map((r) => r.record.volunteerId));
}

function row(v: Volunteer, today: string, running: Set<string>): VolunteerRow {
  const { registeredDate, courseDate, interviewDate, policeCertificateDate, nksDeclarationDate, shelterDeclarationDate } = v;
  return {
    id: v.id, alias: v.alias, status: v.status, birthYear: v.birthYear,
    dates: { registeredDate, courseDate, interviewDate, policeCertificateDate, nksDeclarationDate, shelterDeclarationDate },
    missing: missingScreeningSteps(v, today), inRunningMatch: running.has(v.id), matching: volunteerMatching(v),
  };
}

export function openVolunteers(ports: Ports): Ok<VolunteerPage> {
  const s = openSession(ports);
  const running = runningVolunteers(s);
  const volunteers = usable(s.wb.read(VOLUNTEERS)).records.map((r) => r.record).filter((v) => v.status !== 'Sluttet').map((v) => row(v, s.today, running));
  return { ok: true, page: 'volunteer', today: s.today, volunteers };
}

const VOLUNTEER_FIELDS = ['alias', 'birthYear', 'recruitmentSource', 'registeredDate', 'note', ...VOLUNTEER_MATCHING] as const;

function volunteerMatching(v: Volunteer): VolunteerMatching {
  const { languages, interests, availability, municipality, area, travel, canMeetWithChildren, notSuitableFor } = v;
  return { languages, interests, availability, municipality, area, travel, canMeetWithChildren, notSuitableFor };
}
const CONTACT_FIELDS = ['name', 'phone', 'email', 'preferredChannel'] as const;

export function registerVolunteer(ports: Ports, payload: VolunteerInput): Ok<Saved> {
  const errors: Record<string, string> = {};
  const v = checkLists(checkFields(VolunteerSchema.shape, payload, VOLUNTEER_FIELDS, ['alias', 'registeredDate'], errors), errors);
  const ci = checkFields(ContactInfoSchema.shape, payload, CONTACT_FIELDS, ['name'], errors);
  if (typeof v.alias === 'string' && typeof ci.name === 'string' && nameInAlias(v.alias, ci.name)) errors.alias = 'Må ikke inneholde navnet; bruk initialer.';
  const empty = { courseDate: null, interviewDate: null, policeCertificateDate: null, nksDeclarationDate: null, shelterDeclarationDate: null, quitDate: null, quitReason: null };
  const draft = checkRecord(VolunteerSchema, { ...v, ...empty, id: 'F-000', status: 'Påmeldt' }, errors);
  const info = checkRecord(ContactInfoSchema, { ...ci, volunteerId: 'F-000' });
  checkPrivacy({ note: draft.note }, asObject(payload).confirmPrivacy);
  return underLock(ports, (s) => {
    const age = volunteerBirthYearProblem(draft.birthYear, s.today);
    if (age) refuseFields({ birthYear: age });
    const volunteers = usable(s.wb.read(VOLUNTEERS));
    const contactInfo = usable(s.wb.read(CONTACT_INFO));
    const saved = appendWithNewId(ports, s, volunteers, (id) => ({ ...draft, id }));
    s.wb.append(contactInfo, [{ ...info, volunteerId: saved.id }]);
    return { ok: true, id: saved.id, message: `Frivillig ${saved.id} (${saved.alias}) er registrert. Navn og kontaktinfo står bare i Kontaktinfo.` };
  });
}

/** The volunteer as she is in the sheet now, refusing when she is gone. */
function find(s: Session, volunteerId: unknown): { row: number; record: Volunteer; table: ParsedTable<Volunteer> } {
  const table = usable(s.wb.read(VOLUNTEERS));
  const hit = table.records.find((r) => r.record.id === volunteerId);
  if (!hit) throw new Refusal(`Frivillig ${String(volunteerId)} finnes ikke (eller raden har feil; se «Kontroller data»).`, { volunteerId: 'Finnes ikke.' });
  return { ...hit, table };
}

const SCREENING_FIELDS = ['courseDate', 'interviewDate', 'policeCertificateDate', 'nksDeclarationDate', 'shelterDeclarationDate', 'registeredDate'] as const;

export function updateScreening(ports: Ports, payload: ScreeningInput): Ok<Saved & { volunteer: VolunteerRow }> {
  checkKeys(payload, { volunteerId: 'text' });
  const errors = {};
  const dates = checkFields(VolunteerSchema.shape, payload, SCREENING_FIELDS, [], errors);
  refuseIfAny(errors);
  return underLock(ports, (s) => {
    // A step is recorded when it happened: a date after today is a typing error (and would approve her early).
    const future = SCREENING_FIELDS.filter((f) => typeof dates[f] === 'string' && (dates[f] as string) > s.today);
    if (future.length > 0) refuseFields(Object.fromEntries(future.map((f) => [f, 'Datoen kan ikke være etter i dag.'])));
    const { row: at, record, table } = find(s, asObject(payload).volunteerId);
    if (record.status === 'Sluttet') throw new Refusal(`${record.id} har sluttet; godkjenningen kan ikke endres.`, {});
    const next = { ...record, ...dates } as Volunteer;
    // Screening decides the status until she is matched or has quit.
    if (next.status !== 'I kobling') next.status = screeningStatus(next, s.today);
    const updated = checkRecord(VolunteerSchema, next);
    s.wb.update(table, at, updated);
    const missing = missingScreeningSteps(updated, s.today);
    const message = missing.length === 0
      ? `${updated.id} er klar for kobling (status «${updated.status}»).`
      : `Lagret. ${updated.id} mangler: ${missing.map((m) => m.label).join('; ')}.`;
    return { ok: true, id: updated.id, message, volunteer: row(updated, s.today, runningVolunteers(s)) };
  });
}

export function quitVolunteer(ports: Ports, payload: QuitInput): Ok<Saved> {
  checkKeys(payload, { volunteerId: 'text' });
  const errors = {};
  const q = checkFields(VolunteerSchema.shape, payload, ['quitDate', 'quitReason'], ['quitDate', 'quitReason'], errors);
  refuseIfAny(errors);
  return underLock(ports, (s) => {
    const { row: at, record, table } = find(s, asObject(payload).volunteerId);
    if (record.status === 'Sluttet') throw new Refusal(`${record.id} har allerede sluttet.`, {});
    // Any open match binds her, a proposed one too: it would be left pointing at someone who has quit.
    const open = openMatchIndex(usable(s.wb.read(MATCHES)).records.map((r) => r.record)).byVolunteer.get(record.id) ?? [];
    if (open.length > 0) {
      const list = open.map((m) => `${m.id} (${m.status})`).join(', ');
      throw new Refusal(`${record.id} har åpne koblinger: ${list}. Avslutt eller avslå dem først (fanen Kobling).`, { volunteerId: `Åpne koblinger: ${list}.` });
    }
    const updated = checkRecord(VolunteerSchema, { ...record, ...q, status: 'Sluttet' });
    s.wb.update(table, at, updated);
    return { ok: true, id: updated.id, message: `${updated.id} er registrert som sluttet (${updated.quitReason}).` };
  });
}

