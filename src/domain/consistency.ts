/**
 * Checks across tables that a single row cannot show: references to IDs that do not exist, matches with an
 * unscreened volunteer, people in two active matches, statuses that contradict the matches, notes that leak.
 */
import type { IsoDate } from './calendar';
import { describeFindings, scanNote } from './privacy';
import type { Contact, ContactInfo, Match, Participant, Shelter, Volunteer } from './records';
import { implausibleVolunteerBirthYear, isApprovedOn, missingScreeningSteps } from './screening';
import { frameEnd } from './matchWindow';
import { OPEN, RUNNING } from './matchStatus';

export type TableKey = 'volunteers' | 'participants' | 'matches' | 'contacts' | 'inquiries' | 'courses' | 'contactInfo';

export interface Finding { table: TableKey; row: number; field: string; message: string; severity: 'feil' | 'advarsel' }

export interface Rows<R> { row: number; record: R }

export interface CheckInput {
  today: IsoDate;
  volunteers: Rows<Volunteer>[];
  participants: Rows<Participant>[];
  matches: Rows<Match>[];
  contacts: Rows<Contact>[];
  contactInfo: Rows<ContactInfo>[];
  shelters: Shelter[];
  /** Notes of every table, for the privacy scan. */
  notes: Array<{ table: TableKey; row: number; field: string; text: string }>;
}


export function crossCheck(input: CheckInput): Finding[] {
  const out: Finding[] = [];
  const volunteers = new Map(input.volunteers.map((v) => [v.record.id, v]));
  const participants = new Map(input.participants.map((p) => [p.record.id, p]));
  const matchIds = new Set(input.matches.map((m) => m.record.id));
  const runningByVolunteer = new Map<string, string[]>();
  const openByParticipant = new Map<string, string[]>();

  for (const { row, record: m } of input.matches) {
    const v = volunteers.get(m.volunteerId);
    if (!v) out.push({ table: 'matches', row, field: 'volunteerId', message: `Frivillig ${m.volunteerId} finnes ikke i Frivillige.`, severity: 'feil' });
    if (!participants.has(m.participantId)) out.push({ table: 'matches', row, field: 'participantId', message: `Deltaker ${m.participantId} finnes ikke i Deltakere.`, severity: 'feil' });
    if (v && OPEN.has(m.status)) {
      const start = m.startDate ?? input.today;
      const missing = missingScreeningSteps(v.record, start);
      if (missing.length > 0) out.push({ table: 'matches', row, field: 'volunteerId', message: `${m.volunteerId} er ikke klar for kobling: ${missing.map((s) => s.label).join('; ')}.`, severity: 'feil' });
    }
    if (RUNNING.has(m.status)) {
      runningByVolunteer.set(m.volunteerId, [...(runningByVolunteer.get(m.volunteerId) ?? []), m.id]);
      if (m.startDate && input.today > frameEnd(m.startDate)) out.push({ table: 'matches', row, field: 'startDate', message: 'Koblingen har vart mer enn 12 måneder: avslutt den eller la dem fortsette privat utenfor programmet.', severity: 'advarsel' });
    }
    if (OPEN.has(m.status)) openByParticipant.set(m.participantId, [...(openByParticipant.get(m.participantId) ?? []), m.id]);
    if (m.startDate && m.agreedMonths !== null && !m.plannedEnd) out.push({ table: 'matches', row, field: 'plannedEnd', message: 'Planlagt slutt mangler (startdato + avtalt lengde).', severity: 'advarsel' });
  }
  for (const [vid, ids] of runningByVolunteer) if (ids.length > 1) {
    for (const { row, record } of input.matches) if (ids.includes(record.id)) out.push({ table: 'matches', row, field: 'volunteerId', message: `${vid} er i flere aktive koblinger samtidig (${ids.join(', ')}).`, severity: 'advarsel' });
  }
  for (const [pid, ids] of openByParticipant) if (ids.length > 1) {
    for (const { row, record } of input.matches) if (ids.includes(record.id)) out.push({ table: 'matches', row, field: 'participantId', message: `${pid} har flere åpne koblinger samtidig (${ids.join(', ')}).`, severity: 'feil' });
  }

  for (const { row, record: v } of input.volunteers) {
    const running = runningByVolunteer.has(v.id);
    // The status column against the one approval rule (age included; a match's own start is checked above).
    if (v.status === 'Godkjent') {
      const missing = missingScreeningSteps(v, input.today);
      if (missing.length > 0) out.push({ table: 'volunteers', row, field: 'status', message: `Status er «${v.status}», men: ${missing.map((s) => s.label).join('; ')}.`, severity: 'advarsel' });
    } else if (v.status === 'I kobling') {
      const missing = missingScreeningSteps({ ...v, status: 'Godkjent' }, input.today).filter((s) => s.key !== 'age');
      if (missing.length > 0) out.push({ table: 'volunteers', row, field: 'status', message: `Status er «${v.status}», men: ${missing.map((s) => s.label).join('; ')}.`, severity: 'advarsel' });
    } else if ((v.status === 'Påmeldt' || v.status === 'Under kartlegging') && isApprovedOn(v, input.today)) {
      out.push({ table: 'volunteers', row, field: 'status', message: `Godkjenningsstegene er fullført og hun er gammel nok: status bør være «Godkjent», ikke «${v.status}».`, severity: 'advarsel' });
    }
    // Too young to be approved is the status check's business (above); this is a year no volunteer can have.
    const age = v.status === 'Sluttet' ? null : implausibleVolunteerBirthYear(v.birthYear, input.today);
    if (age) out.push({ table: 'volunteers', row, field: 'birthYear', message: age, severity: 'advarsel' });
    if (v.status === 'I kobling' && !running) out.push({ table: 'volunteers', row, field: 'status', message: 'Status er «I kobling», men hun har ingen aktiv kobling.', severity: 'advarsel' });
    if (running && v.status !== 'I kobling') out.push({ table: 'volunteers', row, field: 'status', message: `Hun er i en aktiv kobling, men status er «${v.status}».`, severity: 'advarsel' });
  }

  const shelterNames = new Set(input.shelters.map((s) => s.name.trim().toLowerCase()));
  for (const { row, record: p } of input.participants) {
    if (p.shelter && shelterNames.size > 0 && !shelterNames.has(p.shelter.trim().toLowerCase())) {
      out.push({ table: 'participants', row, field: 'shelter', message: `«${p.shelter}» står ikke i krisesenterlisten i Innstillinger.`, severity: 'advarsel' });
    }
  }

  for (const { row, record: c } of input.contacts) {
    if (c.matchId && !matchIds.has(c.matchId)) out.push({ table: 'contacts', row, field: 'matchId', message: `Kobling ${c.matchId} finnes ikke i Koblinger.`, severity: 'feil' });
    if (c.volunteerId && !volunteers.has(c.volunteerId)) out.push({ table: 'contacts', row, field: 'volunteerId', message: `Frivillig ${c.volunteerId} finnes ikke i Frivillige.`, severity: 'feil' });
  }
  for (const { row, record: ci } of input.contactInfo) {
    if (!volunteers.has(ci.volunteerId)) out.push({ table: 'contactInfo', row, field: 'volunteerId', message: `Frivillig ${ci.volunteerId} finnes ikke i Frivillige.`, severity: 'advarsel' });
  }
  for (const n of input.notes) {
    const findings = scanNote(n.text);
    if (findings.length > 0) out.push({ table: n.table, row: n.row, field: n.field, message: describeFindings(findings), severity: 'advarsel' });
  }
  return out;
}
