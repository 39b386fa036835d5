/**
 * After every row: inferred matches whose programme frame is over are ended, and the people the tab created
 * become records (a full record where the tab had a row for her, otherwise a placeholder to fill in).
 */
import { addMonths } from '../../calendar';
import { initials, isFullKey, nameKey, shortKeys } from '../names';
import { personFingerprint } from '../fingerprint';
import type { PlanState } from './state';
import { ACTIVE, DEFAULT_MONTHS, NO_PARTICIPANT, NO_VOLUNTEER, PLACEHOLDER_NOTE } from './templates';
import { INFERRED, PLACEHOLDER, type ExistingMatch } from './types';

/** An inferred match whose programme frame (12 months from the first contact) is over ended with the last contact. */
export function finishInferred(state: PlanState): void {
  const { plan, newMatches, defaults, input: { sheetName, today } } = state;
  for (const id of state.inferred) {
    const m = newMatches.get(id)!;
    m.plannedEnd = addMonths(m.startDate!, DEFAULT_MONTHS);
    if (m.plannedEnd < today) {
      Object.assign(m, { status: 'Avsluttet', endDate: state.lastContact.get(id)!, endReason: 'Annet' });
      m.note = `Opprettet ved import fra «${sheetName}»: startdato er første og sluttdato siste loggførte kontakt; avsluttet fordi ${DEFAULT_MONTHS} måneder er gått. Kontroller.`;
      defaults.add(`Koblinger fra kontaktloggen der ${DEFAULT_MONTHS} måneder fra første kontakt er passert, er opprettet som avsluttet, med siste kontakt som sluttdato og sluttårsak «Annet».`);
    }
    plan.inferred.push({ id, status: m.status });
    plan.log.push({ row: null, fingerprint: `i${id}`, outcome: INFERRED, ids: id });
  }
}

export function finishPeople(state: PlanState): void {
  const { plan, newMatches, volunteers, participants, input: { sheetName, salt } } = state;
  const statusOf = (ms: ExistingMatch[] | undefined) => (ms ?? []).map((m) => newMatches.get(m.id)?.status ?? m.status);
  for (const p of volunteers.created) {
    const full = state.fullVolunteers.get(p.id);
    if (full) { plan.volunteers.push(full.record); plan.contactInfo.push(full.info); continue; }
    const name = [...p.names].sort((a, b) => b.length - a.length)[0]!;
    const active = statusOf(state.matches.byVolunteer.get(p.id)).some((s) => ACTIVE.has(s));
    plan.volunteers.push({
      ...NO_VOLUNTEER, id: p.id, alias: initials(name), status: active ? 'I kobling' : 'Godkjent',
      note: `${PLACEHOLDER_NOTE} «${sheetName}». Fyll inn godkjenningen og status.`,
    });
    plan.log.push({ row: null, fingerprint: `p${p.id}`, outcome: PLACEHOLDER, ids: p.id });
    plan.contactInfo.push({ volunteerId: p.id, name, phone: '', email: '', preferredChannel: null });
  }
  // Short forms of the full names on this tab, and whom each fits: logged only when it fits one person.
  const shortOwners = new Map<string, Set<string>>();
  for (const [key, p] of participants.byKey) if (isFullKey(key)) for (const sk of shortKeys(key)) (shortOwners.get(sk) ?? shortOwners.set(sk, new Set()).get(sk)!).add(p.id);
  for (const p of participants.created) {
    const full = state.fullParticipants.get(p.id);
    const key = participants.key([...p.names][0] ?? '');
    const forms = new Set([...[...p.names].map(nameKey), key]);
    if (isFullKey(key)) for (const sk of shortKeys(key)) if (shortOwners.get(sk)!.size === 1) forms.add(`~${sk}`);
    for (const form of forms) plan.log.push({ row: null, fingerprint: personFingerprint(salt, form), outcome: 'deltaker', ids: p.id });
    if (full) { plan.participants.push(full); continue; }
    const statuses = statusOf(state.matches.byParticipant.get(p.id));
    plan.participants.push({
      ...NO_PARTICIPANT, id: p.id, shelter: state.shelters.get(p.id) ?? '', status: statuses.some((s) => ACTIVE.has(s)) ? 'I kobling' : statuses.includes('Avsluttet') ? 'Avsluttet' : 'Venter på kobling',
      note: `Opprettet ved import fra «${sheetName}».`,
    });
  }
  for (const m of newMatches.values()) plan.matches.push(m);
}
