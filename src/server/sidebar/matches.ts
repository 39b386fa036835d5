/**
 * «Kobling»: propose a match (only eligible volunteers and waiting participants), then move it through its
 * life by the allowed steps. Every refusal names why; the volunteer's and participant's statuses follow along.
 */
import { formatNorwegian } from '../../domain/calendar';
import { suggestInput, weightsOf } from '../../domain/matching/candidates';
import { OPEN, WAITING_PARTICIPANT as WAITING } from '../../domain/matchStatus';
import { MATCH_ACTIONS, MATCH_STEPS, allowedActions, refusal, type MatchAction } from '../../domain/matchLifecycle';
import { plannedEnd } from '../../domain/matchWindow';
import { startPause } from '../../domain/pauses';
import { MatchSchema, ParticipantSchema, VolunteerSchema, type Match, type Participant, type Volunteer } from '../../domain/records';
import { missingScreeningSteps } from '../../domain/screening';
import type { ParsedTable } from '../../sheets/parseTable';
import { loadSettings } from '../../sheets/settingsSheet';
import { MATCHES, PARTICIPANTS, VOLUNTEERS } from '../../sheets/tables';
import { dueColumnAt, refreshDueColumn } from '../dueColumn';
import type { Ports } from '../ports';
import type { MatchActionInput, MatchPage, MatchRow, ProposeInput, Saved } from './dto';
import { Refusal, type Ok } from './result';
import { appendWithNewId, openSession, underLock, usable, type Session } from './session';
import { asObject, checkFields, checkKeys, checkPrivacy, checkRecord, refuseIfAny } from './validate';


interface Tables { volunteers: ParsedTable<Volunteer>; participants: ParsedTable<Participant>; matches: ParsedTable<Match> }

function read(s: Session): Tables {
  return { volunteers: usable(s.wb.read(VOLUNTEERS)), participants: usable(s.wb.read(PARTICIPANTS)), matches: usable(s.wb.read(MATCHES)) };
}

/** Open matches by volunteer and by participant, built once (a lookup per person stays O(1)). */
export function openMatchIndex(matches: readonly Match[]): { byVolunteer: Map<string, Match[]>; byParticipant: Map<string, Match[]> } {
  const byVolunteer = new Map<string, Match[]>();
  const byParticipant = new Map<string, Match[]>();
  const add = (map: Map<string, Match[]>, key: string, m: Match) => {
    const list = map.get(key);
    if (list) list.push(m);
    else map.set(key, [m]);
  };
  for (const m of matches) {
    if (!OPEN.has(m.status)) continue;
    add(byVolunteer, m.volunteerId, m);
    add(byParticipant, m.participantId, m);
  }
  return { byVolunteer, byParticipant };
}

type OpenIndex = ReturnType<typeof openMatchIndex>;

/** Volunteers who may be matched today: approved, not quit, in no open match (the «Kobling» list and «I dag»'s count). */
export function readyVolunteers(volunteers: readonly Volunteer[], open: OpenIndex, today: string): Volunteer[] {
  return volunteers.filter((v) => v.status !== 'Sluttet' && missingScreeningSteps(v, today).length === 0 && !open.byVolunteer.has(v.id));
}

/** Participants waiting for a volunteer and in no open match. */
export function waitingParticipantsOf(participants: readonly Participant[], open: OpenIndex): Participant[] {
  return participants.filter((p) => WAITING.has(p.status) && !open.byParticipant.has(p.id));
}

export function openMatches(ports: Ports): Ok<MatchPage> {
  const s = openSession(ports);
  const t = read(s);
  const alias = new Map(t.volunteers.records.map((r) => [r.record.id, r.record.alias]));
  const open = openMatchIndex(t.matches.records.map((r) => r.record));
  const eligibleVolunteers = readyVolunteers(t.volunteers.records.map((r) => r.record), open, s.today).map((v) => ({ id: v.id, alias: v.alias }));
  const waitingParticipants = waitingParticipantsOf(t.participants.records.map((r) => r.record), open)
    .map((p) => ({ id: p.id, shelter: p.shelter, referralDate: p.referralDate }));
  const matches: MatchRow[] = t.matches.records.map((r) => r.record)
    .filter((m) => OPEN.has(m.status) || (m.status === 'Avsluttet' && !m.closureDate))
    .map((m) => ({
      id: m.id, volunteerId: m.volunteerId, alias: alias.get(m.volunteerId) ?? '', participantId: m.participantId, status: m.status,
      meetingDate: m.meetingDate, startDate: m.startDate, agreedMonths: m.agreedMonths, plannedEnd: m.plannedEnd, actions: allowedActions(m.status),
    }));
  const suggestions = suggestInput({
    volunteers: t.volunteers.records.map((r) => r.record), participants: t.participants.records.map((r) => r.record), matches: t.matches.records.map((r) => r.record),
    weights: weightsOf(loadSettings(s.wb).settings), today: s.today,
  });
  return { ok: true, page: 'match', today: s.today, eligibleVolunteers, waitingParticipants, matches, suggestions };
}

export function proposeMatch(ports: Ports, payload: ProposeInput): Ok<Saved> {
  const errors: Record<string, string> = {};
  const values = checkFields(MatchSchema.shape, payload, ['volunteerId', 'participantId', 'proposedDate', 'note'], ['volunteerId', 'participantId', 'proposedDate'], errors);
  refuseIfAny(errors);
  checkPrivacy({ note: String(values.note ?? '') }, asObject(payload).confirmPrivacy);
  return underLock(ports, (s) => {
    const t = read(s);
    const open = openMatchIndex(t.matches.records.map((r) => r.record));
    const date = values.proposedDate as string;
    const v = t.volunteers.records.find((r) => r.record.id === values.volunteerId)?.record;
    const p = t.participants.records.find((r) => r.record.id === values.participantId)?.record;
    if (!v) errors.volunteerId = `${String(values.volunteerId)} finnes ikke i Frivillige.`;
    else {
      const missing = missingScreeningSteps(v, date);
      const busy = open.byVolunteer.get(v.id)?.[0];
      if (missing.length > 0) errors.volunteerId = `${v.id} er ikke klar for kobling: ${missing.map((m) => m.label).join('; ')}.`;
      else if (busy) errors.volunteerId = `${v.id} er allerede i kobling ${busy.id} (${busy.status}).`;
    }
    if (!p) errors.participantId = `${String(values.participantId)} finnes ikke i Deltakere.`;
    else {
      const busy = open.byParticipant.get(p.id)?.[0];
      if (busy) errors.participantId = `${p.id} har allerede kobling ${busy.id} (${busy.status}).`;
      else if (!WAITING.has(p.status)) errors.participantId = `${p.id} venter ikke på kobling (status «${p.status}»).`;
    }
    if (Object.keys(errors).length > 0) throw new Refusal(`Koblingen kan ikke foreslås: ${Object.values(errors).join(' ')}`, errors);
    const draft = checkRecord(MatchSchema, {
      id: 'K-000', volunteerId: v!.id, participantId: p!.id, status: 'Foreslått', proposedDate: date, meetingDate: null, agreementSigned: false,
      startDate: null, agreedMonths: null, plannedEnd: null, pauseStart: null, pauseEnd: null, pauseReason: null, earlierPauses: '', endDate: null, endReason: null,
      endedBy: null, closureDate: null, evaluationSent: false, privateContactAfter: false, note: values.note,
    });
    const due = dueColumnAt(s.wb);
    const saved = appendWithNewId(ports, s, t.matches, (id) => ({ ...draft, id }));
    if (p!.status !== 'Venter på kobling') updateRow(s, t.participants, p!.id, { status: 'Venter på kobling' });
    const newRow = Math.max(t.matches.lastRow, 1) + 1;
    refreshDueColumn(s.wb, s.today, { col: due, lastRow: newRow, matches: [...t.matches.records, { row: newRow, record: saved }] });
    return { ok: true, id: saved.id, message: `Kobling ${saved.id} (${v!.id} + ${p!.id}) er foreslått. Neste steg: avtal koblingsmøte på krisesenteret.` };
  });
}

/** The fields each step takes, and which of them it cannot do without. */
const STEP_FIELDS: Record<MatchAction, { fields: Array<keyof Match & string>; required: Array<keyof Match & string> }> = {
  schedule: { fields: ['meetingDate'], required: ['meetingDate'] },
  activate: { fields: ['startDate', 'agreedMonths', 'agreementSigned'], required: ['startDate', 'agreedMonths'] },
  pause: { fields: ['pauseStart', 'pauseReason'], required: ['pauseStart', 'pauseReason'] },
  resume: { fields: ['pauseEnd'], required: ['pauseEnd'] },
  end: { fields: ['endDate', 'endReason', 'endedBy', 'closureDate', 'evaluationSent', 'privateContactAfter'], required: ['endDate', 'endReason', 'endedBy'] },
  closure: { fields: ['closureDate', 'evaluationSent', 'privateContactAfter'], required: ['closureDate'] },
  decline: { fields: ['endDate', 'endedBy'], required: ['endDate'] },
};

function updateRow<R extends { id: string }>(s: Session, table: ParsedTable<R>, id: string, patch: Partial<R>): void {
  const hit = table.records.find((r) => r.record.id === id);
  if (hit) s.wb.update(table, hit.row, { ...hit.record, ...patch });
}

/** One row a step rewrites, already checked against its schema. */
interface Write { apply(s: Session): void }

interface Schema<R> { safeParse(v: unknown): { success: true; data: R } | { success: false; error: { issues: readonly { path: ReadonlyArray<PropertyKey>; message: string }[] } } }

/**
 * The row of `id` with `patch` applied, validated, written only by `apply`. A row that is gone or fails
 * validation refuses the whole step: its match row would otherwise change while this one did not.
 */
function rowOf<R extends { id: string }>(table: ParsedTable<R>, id: string): { row: number; record: R } {
  const hit = table.records.find((r) => r.record.id === id);
  if (!hit) throw new Refusal(`${id} finnes ikke i ${table.def.sheetName} (eller raden har feil; se «Kontroller data»). Ingenting ble lagret.`);
  return hit;
}

function planRow<R extends { id: string }>(table: ParsedTable<R>, schema: Schema<R>, id: string, patch: Partial<R>): Write {
  const hit = rowOf(table, id);
  const sheet = table.def.sheetName;
  const r = schema.safeParse({ ...hit.record, ...patch });
  if (!r.success) throw new Refusal(`Raden for ${id} i ${sheet} kan ikke oppdateres: ${r.error.issues.map((i) => i.message).join(' ')} Ingenting ble lagret.`);
  const record = r.data;
  return { apply: (s) => s.wb.update(table, hit.row, record) };
}

export function matchAction(ports: Ports, payload: MatchActionInput): Ok<Saved & { match: MatchRow }> {
  const input = checkKeys(payload, { matchId: 'text', action: { kind: 'text', message: `Må være en av handlingene ${MATCH_ACTIONS.join(', ')}.` } });
  const action = input.action as MatchAction;
  if (!MATCH_ACTIONS.includes(action)) throw new Refusal(`Ukjent handling «${String(input.action)}».`);
  const step = STEP_FIELDS[action];
  // A field the page did not send keeps its value; the step's required fields must be there.
  const fields = step.fields.filter((f) => f in input || step.required.includes(f));
  return underLock(ports, (s) => {
    const t = read(s);
    const hit = t.matches.records.find((r) => r.record.id === input.matchId);
    if (!hit) throw new Refusal(`Koblingen ${String(input.matchId)} finnes ikke (eller raden har feil; se «Kontroller data»).`, { matchId: 'Finnes ikke.' });
    const m = hit.record;
    const why = refusal(m.status, action);
    if (why) throw new Refusal(why);
    const errors: Record<string, string> = {};
    const values = checkFields(MatchSchema.shape, payload, fields, step.required, errors);
    // Ending asks whether she waits for a new match: «Avsluttet» alone would shut her out of «Foreslå ny kobling».
    if (action === 'end' && typeof input.newMatch !== 'boolean') errors.newMatch = 'Svar ja eller nei.';
    refuseIfAny(errors);
    const next: Match = { ...m, ...(values as Partial<Match>), status: MATCH_STEPS[action].to ?? m.status };
    if (action === 'activate') {
      const v = t.volunteers.records.find((r) => r.record.id === m.volunteerId)?.record;
      const missing = v ? missingScreeningSteps(v, next.startDate!) : [{ label: `${m.volunteerId} finnes ikke i Frivillige` }];
      if (missing.length > 0) throw new Refusal(`${m.volunteerId} er ikke klar for kobling: ${missing.map((x) => x.label).join('; ')}.`, { startDate: 'Godkjenningen er ikke fullført.' });
      next.plannedEnd = plannedEnd(next.startDate!, next.agreedMonths!);
    }
    if (action === 'pause') {
      // The previous, finished pause moves into «Tidligere pauser»: old months keep counting it.
      const moved = startPause(m, next.pauseStart!, next.pauseReason!);
      if (!moved.ok) throw new Refusal(moved.message, { pauseStart: moved.message });
      Object.assign(next, moved.fields);
    }
    const updated = checkRecord(MatchSchema, next as unknown as Record<string, unknown>);
    // Every row the step touches is found and validated first: a refusal leaves all three sheets as they were.
    const writes: Write[] = [{ apply: (x) => x.wb.update(t.matches, hit.row, updated) }];
    if (action === 'activate') {
      writes.push(planRow(t.volunteers, VolunteerSchema, m.volunteerId, { status: 'I kobling' }));
      writes.push(planRow(t.participants, ParticipantSchema, m.participantId, { status: 'I kobling' }));
    } else if (action === 'end') {
      // Her row must be readable to know whether she goes back to «Godkjent».
      const v = rowOf(t.volunteers, m.volunteerId).record;
      if (v.status === 'I kobling') writes.push(planRow(t.volunteers, VolunteerSchema, v.id, { status: 'Godkjent' }));
      writes.push(planRow(t.participants, ParticipantSchema, m.participantId, { status: input.newMatch ? 'Venter på kobling' : 'Avsluttet' }));
    } else if (action === 'decline') {
      writes.push(planRow(t.participants, ParticipantSchema, m.participantId, { status: 'Venter på kobling' }));
    }
    const due = dueColumnAt(s.wb);
    for (const w of writes) w.apply(s);
    // «Neste frist» in the same save: the step changed what this match has due (started, paused, ended …).
    refreshDueColumn(s.wb, s.today, { col: due, lastRow: t.matches.lastRow, matches: t.matches.records.map((r) => (r.row === hit.row ? { row: r.row, record: updated } : r)) });
    const row: MatchRow = {
      id: updated.id, volunteerId: updated.volunteerId, alias: '', participantId: updated.participantId, status: updated.status,
      meetingDate: updated.meetingDate, startDate: updated.startDate, agreedMonths: updated.agreedMonths, plannedEnd: updated.plannedEnd, actions: allowedActions(updated.status),
    };
    const extra = action === 'activate' && updated.plannedEnd ? ` Planlagt slutt: ${formatNorwegian(updated.plannedEnd)}.`
      : action === 'end' ? (input.newMatch ? ` ${m.participantId} venter på ny kobling.` : ` ${m.participantId} er avsluttet.`) : '';
    return { ok: true, id: updated.id, message: `${MATCH_STEPS[action].label}: ${updated.id} har nå status «${updated.status}».${extra}`, match: row };
  });
}
