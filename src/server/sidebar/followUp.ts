/**
 * «Logg oppfølging»: the list of running matches (and volunteers outside one) with when each was last followed
 * up and whether one is due, the last few contacts, and saving a new Kontaktlogg row.
 */
import { addDays, formatNorwegian } from '../../domain/calendar';
import { followUpDue, recentContacts, type FollowUpRules } from '../../domain/followUpDue';
import { FOLLOWED } from '../../domain/matchStatus';
import { indexContacts, volunteerFollowUps } from '../../domain/reminders/contactIndex';
import { matchFollowUp } from '../../domain/reminders/matchFollowUp';
import type { Rows } from '../../domain/reminders/types';
import { windowState } from '../../domain/matchWindow';
import { ContactSchema, MatchSchema, type Contact, type Match, type Volunteer } from '../../domain/records';
import type { ParsedTable } from '../../sheets/parseTable';
import { cellDateToLocalDateTime } from '../../sheets/cellDates';
import { loadSettings } from '../../sheets/settingsSheet';
import { CONTACTS, MATCHES, VOLUNTEERS } from '../../sheets/tables';
import { dueColumnAt, refreshDueColumn } from '../dueColumn';
import type { Settings } from '../../domain/settings';
import type { Ports } from '../ports';
import type { ContactSummary, FollowUpInput, FollowUpPage, FollowUpTarget, Saved, TargetDue } from './dto';
import { refuseFields, Refusal, type Ok } from './result';
import { appendWithNewId, openSession, underLock, usable, type Session } from './session';
import { asObject, checkFields, checkPrivacy, checkRecord } from './validate';

export const RECENT_CONTACTS = 3;
const CLOSURE_KIND = 'Avkoblingssamtale';
const DUE_ORDER = { overdue: 0, due: 1, ok: 2, meeting: 3, paused: 4 } as const;

function summary(c: Contact): ContactSummary {
  const { id, date, withWhom, channel, kind, howItGoes, concern, activities, note, nextFollowUp, loggedBy } = c;
  return { id, date, withWhom, channel, kind, howItGoes, concern, activities, note, nextFollowUp, loggedBy };
}

function groupBy<T>(items: readonly T[], key: (t: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

const closurePending = (m: Match) => m.status === 'Avsluttet' && !m.closureDate;

interface Data {
  matches: Match[]; volunteers: Volunteer[]; contacts: Contact[];
  /** The same contacts with their rows: the reminders' order on equal dates. */
  contactRows: Rows<Contact>[];
  contactTable: ParsedTable<Contact>; matchTable: ParsedTable<Match>;
  rules: FollowUpRules; settings: Settings; today: string;
}

function read(s: Session): Data {
  const { settings } = loadSettings(s.wb);
  const contactTable = usable(s.wb.read(CONTACTS));
  const matchTable = usable(s.wb.read(MATCHES));
  return {
    contactTable,
    matchTable,
    matches: matchTable.records.map((r) => r.record),
    volunteers: usable(s.wb.read(VOLUNTEERS)).records.map((r) => r.record),
    contacts: contactTable.records.map((r) => r.record),
    contactRows: contactTable.records,
    rules: settings,
    settings,
    today: s.today,
  };
}

/** Not followed up while paused or waiting for the meeting (as in the reminders): listed for logging only. */
const NOT_DUE: Partial<Record<Match['status'], TargetDue>> = { Pause: 'paused', 'Koblingsmøte avtalt': 'meeting' };

function targets(d: Data): { matches: FollowUpTarget[]; volunteers: FollowUpTarget[] } {
  const byMatch = groupBy(d.contacts, (c) => c.matchId);
  const byVolunteer = groupBy(d.contacts, (c) => (c.matchId ? null : c.volunteerId));
  // The reminders' index and order (date, then row), so the sidebar's due state is theirs.
  const index = indexContacts(d.contactRows, d.today);
  const alias = new Map(d.volunteers.map((v) => [v.id, v.alias]));
  const inMatch = new Set<string>();
  const matches: FollowUpTarget[] = [];
  for (const m of d.matches) {
    if (!FOLLOWED.has(m.status)) continue;
    inMatch.add(m.volunteerId);
    const contacts = byMatch.get(m.id) ?? [];
    const state = matchFollowUp(m, index, d.rules, d.today);
    const last = volunteerFollowUps(index, m.id, m.volunteerId, '0000-01-01').at(-1)?.record.date ?? null;
    matches.push({
      id: m.id, volunteerId: m.volunteerId, alias: alias.get(m.volunteerId) ?? '', participantId: m.participantId, status: m.status,
      startDate: m.startDate, monthsRun: m.startDate ? windowState(m.startDate, m.plannedEnd, d.today).monthsRun : null,
      lastFollowUp: last, nextDue: state?.nextDue ?? null, due: state?.state ?? NOT_DUE[m.status] ?? 'ok',
      recent: recentContacts(contacts, RECENT_CONTACTS).map(summary), closurePending: false,
    });
  }
  // Ended without a closure date: the closure conversation is still to be logged (after the running ones).
  const ended: FollowUpTarget[] = d.matches.filter(closurePending).map((m) => {
    const contacts = byMatch.get(m.id) ?? [];
    return {
      id: m.id, volunteerId: m.volunteerId, alias: alias.get(m.volunteerId) ?? '', participantId: m.participantId, status: m.status,
      startDate: m.startDate, monthsRun: null, lastFollowUp: contacts.reduce<string | null>((a, c) => (a === null || c.date > a ? c.date : a), null),
      nextDue: null, due: 'ok', recent: recentContacts(contacts, RECENT_CONTACTS).map(summary), closurePending: true,
    };
  });
  const volunteers: FollowUpTarget[] = [];
  for (const v of d.volunteers) {
    if (v.status === 'Sluttet' || inMatch.has(v.id)) continue;
    const contacts = byVolunteer.get(v.id) ?? [];
    const state = followUpDue(v.registeredDate ?? d.today, contacts, d.rules, d.today);
    volunteers.push({
      id: v.id, volunteerId: v.id, alias: v.alias, participantId: null, status: v.status, startDate: null, monthsRun: null,
      lastFollowUp: state.last?.date ?? null, nextDue: state.nextDue, due: state.state, recent: recentContacts(contacts, RECENT_CONTACTS).map(summary), closurePending: false,
    });
  }
  const order = (a: FollowUpTarget, b: FollowUpTarget) => DUE_ORDER[a.due] - DUE_ORDER[b.due] || (a.nextDue ?? '').localeCompare(b.nextDue ?? '') || a.id.localeCompare(b.id);
  return { matches: [...matches.sort(order), ...ended.sort((a, b) => a.id.localeCompare(b.id))], volunteers: volunteers.sort(order) };
}

export function openFollowUp(ports: Ports): Ok<FollowUpPage> {
  const s = openSession(ports);
  const d = read(s);
  return { ok: true, page: 'followUp', today: s.today, defaultNext: addDays(s.today, d.rules.followUpEveryDays), ...targets(d) };
}

const FIELDS = ['date', 'matchId', 'volunteerId', 'withWhom', 'channel', 'kind', 'howItGoes', 'meetingsSinceLast', 'activities', 'concern', 'note', 'nextFollowUp'] as const;

/** Checks that the chosen match or volunteer still exists and may be followed up (the sheet may have changed). */
function resolveTarget(d: Data, c: Pick<Contact, 'matchId' | 'volunteerId' | 'kind'>): { volunteerId: string | null; match: Match | null } {
  if (c.matchId) {
    const m = d.matches.find((x) => x.id === c.matchId);
    if (!m) throw new Refusal(`Koblingen ${c.matchId} finnes ikke lenger i Koblinger. Oppdater listen og velg på nytt.`, { matchId: 'Finnes ikke.' });
    const closure = m.status === 'Avsluttet' && c.kind === CLOSURE_KIND;
    if (!FOLLOWED.has(m.status) && !closure) {
      throw new Refusal(`Koblingen ${m.id} har status «${m.status}» og følges ikke opp lenger (endret i arket?). Oppdater listen.`, { matchId: `Status «${m.status}».` });
    }
    return { volunteerId: m.volunteerId, match: m };
  }
  const v = d.volunteers.find((x) => x.id === c.volunteerId);
  if (!v) throw new Refusal(`Frivillig ${c.volunteerId} finnes ikke lenger i Frivillige. Oppdater listen og velg på nytt.`, { volunteerId: 'Finnes ikke.' });
  if (v.status === 'Sluttet') throw new Refusal(`Frivillig ${v.id} har sluttet. Oppdater listen.`, { volunteerId: 'Har sluttet.' });
  return { volunteerId: v.id, match: null };
}

/**
 * A closure conversation logged for an ended match without a closure date also fills in its «Avkoblingssamtale»,
 * checked before anything is written (the match row validated whole) and written after the contact row.
 */
function planClosure(s: Session, d: Data, m: Match | null, c: Pick<Contact, 'kind' | 'date'>): (() => void) | null {
  if (!m || c.kind !== CLOSURE_KIND || !closurePending(m)) return null;
  const hit = d.matchTable.records.find((r) => r.record.id === m.id)!;
  const r = MatchSchema.safeParse({ ...m, closureDate: c.date });
  if (!r.success) throw new Refusal(`Avkoblingssamtalen kan ikke føres på ${m.id}: ${r.error.issues.map((i) => i.message).join(' ')} Ingenting ble lagret.`, { date: r.error.issues[0]!.message });
  return () => s.wb.update(d.matchTable, hit.row, r.data);
}

export function saveFollowUp(ports: Ports, payload: FollowUpInput): Ok<Saved & { target: FollowUpTarget | null }> {
  const errors: Record<string, string> = {};
  const values = checkFields(ContactSchema.shape, payload, FIELDS, ['date'], errors);
  // Said together with the other field errors (the schema's own rule only runs once the fields are valid).
  if (!values.matchId && !values.volunteerId) errors.matchId ??= 'Velg en kobling eller en frivillig.';
  const draft = checkRecord(ContactSchema, { ...values, id: 'L-00000', loggedBy: '', loggedAt: null }, errors);
  checkPrivacy({ note: draft.note, activities: draft.activities }, asObject(payload).confirmPrivacy);
  return underLock(ports, (s) => {
    // A contact is logged after it happened: a later date is a typing error (and would silence the reminders).
    if (draft.date > s.today) refuseFields({ date: 'Datoen kan ikke være etter i dag.' });
    const d = read(s);
    const { volunteerId, match } = resolveTarget(d, draft);
    const closure = planClosure(s, d, match, draft);
    const due = dueColumnAt(s.wb);
    const saved = appendWithNewId(ports, s, d.contactTable, (id) => ({
      ...draft, id, volunteerId, loggedBy: ports.user.email(), loggedAt: cellDateToLocalDateTime(s.now, s.tz),
    }));
    closure?.();
    const matches = closure ? d.matches.map((m) => (m.id === match!.id ? { ...m, closureDate: draft.date } : m)) : d.matches;
    const contactRows = [...d.contactRows, { row: Math.max(d.contactTable.lastRow, 1) + 1, record: saved }];
    // «Neste frist» in the same save: a follow-up moves its match's next deadline (and a closure clears it).
    const byId = new Map(matches.map((m) => [m.id, m]));
    refreshDueColumn(s.wb, s.today, { col: due, lastRow: d.matchTable.lastRow, matches: d.matchTable.records.map((r) => ({ row: r.row, record: byId.get(r.record.id) ?? r.record })), contacts: contactRows, settings: d.settings });
    const all = targets({ ...d, matches, contacts: [...d.contacts, saved], contactRows });
    const target = [...all.matches, ...all.volunteers].find((t) => t.id === (saved.matchId ?? saved.volunteerId)) ?? null;
    const also = closure ? ` Avkoblingssamtalen ${formatNorwegian(draft.date)} er ført på ${match!.id}.` : '';
    return { ok: true, id: saved.id, message: `Oppfølgingen er lagret som ${saved.id} (${saved.matchId ?? saved.volunteerId}).${also}`, target };
  });
}
