/**
 * The state every kind's planner shares while one tab is planned: the people (known and new, by name key), the
 * ID sequences, the match index, the name scrubber and the plan being filled. Built once per tab from what the
 * spreadsheet holds and every name written on the tab.
 */
import { highestIdNumber, formatId, type IdKind } from '../../ids';
import type { IsoDate } from '../../calendar';
import type * as R from '../../records';
import { fieldsOf } from '../fields';
import { knownPerson } from '../fingerprint';
import { isFullKey, nameKey, notAPerson, resolveNameKeys, shortKeys } from '../names';
import { makeScrubber, type Scrubber } from '../scrub';
import { cellText, isBlank } from '../text';
import type { ExistingMatch, ImportPlan, PlanInput } from './types';

/** Sequential IDs from one past the highest in use; a set-aside row gives its reservations back. */
export class Ids {
  private next: number;
  constructor(private readonly kind: IdKind, existing: string[]) { this.next = highestIdNumber(kind, existing) + 1; }
  take(): string { return formatId(this.kind, this.next++); }
  giveBack(id: string): void { if (id === formatId(this.kind, this.next - 1)) this.next--; }
}

export interface Person { id: string; isNew: boolean; names: Set<string>; full: boolean }

export type Role = 'volunteer' | 'participant';
/** A name cell as the planners use it: a person's name, or why it names nobody for sure («uklart hvem»). */
export type Who = { ok: true; raw: string; short: boolean } | { ok: false; reason: string };

/** One role's people (volunteers or participants): canonical name key → person. */
export class People {
  readonly byKey = new Map<string, Person>();
  readonly created: Person[] = [];
  private pending: Array<{ key: string; person: Person }> = [];
  constructor(readonly ids: Ids, readonly canonical: Map<string, string>, readonly ambiguous: ReadonlySet<string>) {}
  /** Names repeat on every row: each written form is folded once. */
  private readonly keys = new Map<string, string>();
  key(raw: string): string {
    let key = this.keys.get(raw);
    if (key === undefined) {
      const k = nameKey(raw);
      key = this.canonical.get(k) ?? k;
      this.keys.set(raw, key);
    }
    return key;
  }
  find(raw: string): Person | undefined { return this.byKey.get(this.key(raw)); }
  getOrCreate(raw: string): Person {
    const key = this.key(raw);
    let p = this.byKey.get(key);
    if (!p) {
      p = { id: this.ids.take(), isNew: true, names: new Set(), full: false };
      this.byKey.set(key, p);
      this.pending.push({ key, person: p });
    }
    p.names.add(cellText(raw));
    return p;
  }
  commit(): void { for (const { person } of this.pending) this.created.push(person); this.pending = []; }
  rollback(): void {
    for (const { key, person } of this.pending.reverse()) { this.byKey.delete(key); this.ids.giveBack(person.id); }
    this.pending = [];
  }
}

/** Matches by pair, by volunteer and by participant: those in the spreadsheet and those this plan creates. */
export class MatchIndex {
  readonly byPair = new Map<string, ExistingMatch>();
  readonly byVolunteer = new Map<string, ExistingMatch[]>();
  readonly byParticipant = new Map<string, ExistingMatch[]>();
  constructor(matches: readonly ExistingMatch[]) { matches.forEach((m) => this.add(m)); }
  add(m: ExistingMatch): void {
    this.byPair.set(`${m.volunteerId}|${m.participantId}`, m);
    (this.byVolunteer.get(m.volunteerId) ?? this.byVolunteer.set(m.volunteerId, []).get(m.volunteerId)!).push(m);
    (this.byParticipant.get(m.participantId) ?? this.byParticipant.set(m.participantId, []).get(m.participantId)!).push(m);
  }
  pair(volunteerId: string, participantId: string): ExistingMatch | undefined { return this.byPair.get(`${volunteerId}|${participantId}`); }
}

export interface PlanState {
  input: PlanInput;
  plan: ImportPlan;
  /** A name cell checked: no place, legend or total, and no short form that fits two people. */
  who(role: Role, raw: string): Who;
  /** Values filled in where the tab had none, said once each. */
  defaults: Set<string>;
  volunteers: People;
  participants: People;
  /** Short forms that fit more than one participant imported before: such a row cannot be placed by name. */
  ambiguous: Set<string>;
  scrub: Scrubber;
  matchIds: Ids;
  contactIds: Ids;
  matches: MatchIndex;
  /** The full records of people this tab lists (the rest become placeholders). */
  fullVolunteers: Map<string, { record: R.Volunteer; info: R.ContactInfo }>;
  fullParticipants: Map<string, R.Participant>;
  newMatches: Map<string, R.Match>;
  /** Placeholders filled in from this tab (once each). */
  filled: Set<string>;
  /** Inferred matches replaced by this tab's match list rows (once each). */
  replaced: Set<string>;
  /** Shelters a match list gives for participants it creates (she has no row of her own on the tab). */
  shelters: Map<string, string>;
  /** Matches inferred from a contact log: start is the pair's first contact, and the last one ends an old match. */
  inferred: Set<string>;
  lastContact: Map<string, IsoDate>;
}

/** Every written form of every name in a tab's name columns, per role (cells that name no person left out). */
export function namesOnTab(input: Pick<PlanInput, 'grid' | 'roles' | 'blocks'>): { vNames: string[]; pNames: string[] } {
  const { grid, blocks } = input;
  const vNames: string[] = [];
  const pNames: string[] = [];
  for (const b of blocks) {
    const roles = b.roles ?? input.roles;
    for (const fs of fieldsOf(b.kind)) {
      const c = b.mapping[fs.key];
      if (c === null || c === undefined || (fs.type !== 'volunteerName' && fs.type !== 'participantName')) continue;
      const into = fs.type === 'volunteerName' ? vNames : pNames;
      for (let r = b.headerRow + 1; r < b.end; r++) {
        const name = cellText(grid[r]![c]);
        if (roles[r] === 'data' && !isBlank(name) && notAPerson(name) === null) into.push(name);
      }
    }
  }
  return { vNames, pNames };
}

function emptyPlan(): ImportPlan {
  return {
    volunteers: [], contactInfo: [], filledIn: [], inferred: [], matchUpdates: [], participants: [], matches: [], contacts: [], deviations: [], log: [], preview: [], defaults: [],
    counts: { dataRows: 0, imported: 0, setAside: 0, alreadyImported: 0, skipped: 0, blank: 0, titleRows: 0, heldNotes: 0, flagged: 0, unmappedKept: 0, unusable: 0, heldNoNames: 0 },
  };
}

export function buildState(input: PlanInput): PlanState {
  const { existing } = input;
  const { vNames, pNames } = namesOnTab(input);
  const other = input.otherNames ?? { volunteers: [], participants: [] };
  // Short forms resolve against every full name in the spreadsheet, so the tabs' order does not matter.
  const vKeys = [...existing.volunteerNames.map((v) => nameKey(v.name)), ...vNames.map(nameKey), ...other.volunteers.map(nameKey)];
  const vAmbiguous = new Set<string>();
  const volunteers = new People(new Ids('volunteer', existing.ids.volunteer), resolveNameKeys(vKeys, vAmbiguous), vAmbiguous);
  for (const v of existing.volunteerNames) {
    const key = volunteers.key(v.name);
    if (!volunteers.byKey.has(key)) volunteers.byKey.set(key, { id: v.id, isNew: false, names: new Set([v.name]), full: true });
  }
  const pAmbiguous = new Set<string>();
  const participants = new People(new Ids('participant', existing.ids.participant), resolveNameKeys([...pNames, ...other.participants].map(nameKey), pAmbiguous), pAmbiguous);
  // Earlier imports know her by fingerprints: of each form written («fatima a»), and «~» + the short forms of her
  // full name («~fatima a», «~fatima»), kept only where they fit one person ('' marks a form that fits several).
  const printOf = (k: string) => knownPerson(existing.participantPrints, [input.salt, ...(input.earlierSalts ?? [])], k);
  const ambiguous = new Set<string>();
  for (const raw of pNames) {
    const key = participants.key(raw);
    if (participants.byKey.has(key)) continue;
    let id = printOf(key);
    if (id === undefined) {
      // A full name may have been written short before; a short form may be the short form of a full name before.
      const found = isFullKey(key) ? [printOf(shortKeys(key)[0]!)] : [printOf(`~${key}`)];
      const ids = new Set(found.filter((x) => x !== undefined));
      id = ids.size === 1 ? [...ids][0] : ids.size > 1 ? '' : undefined;
    }
    if (id === '') ambiguous.add(key);
    else if (id) participants.byKey.set(key, { id, isNew: false, names: new Set(), full: true });
  }
  return {
    input, plan: emptyPlan(), defaults: new Set(), volunteers, participants, ambiguous,
    who: memo((role: Role, raw: string) => checkName(role === 'volunteer' ? volunteers : participants, role, raw)),
    scrub: makeScrubber([...vNames, ...other.volunteers, ...existing.volunteerNames.map((v) => v.name)], [...pNames, ...other.participants]),
    matchIds: new Ids('match', existing.ids.match), contactIds: new Ids('contact', existing.ids.contact), matches: new MatchIndex(existing.matches),
    fullVolunteers: new Map(), fullParticipants: new Map(), newMatches: new Map(), filled: new Set(), replaced: new Set(), shelters: new Map(), inferred: new Set(), lastContact: new Map(),
  };
}

/** The same name cell answers the same on every row: checked once per role and written form. */
function memo(check: (role: Role, raw: string) => Who): (role: Role, raw: string) => Who {
  const seen = new Map<string, Who>();
  return (role, raw) => {
    const k = `${role}\u0001${raw}`;
    let w = seen.get(k);
    if (!w) seen.set(k, (w = check(role, raw)));
    return w;
  };
}

const ROLE_WORD: Record<Role, string> = { volunteer: 'Frivillig', participant: 'Deltaker' };

function checkName(people: People, role: Role, raw: string): Who {
  const name = cellText(raw);
  const not = notAPerson(name);
  if (not) return { ok: false, reason: `Uklart hvem: ${ROLE_WORD[role].toLowerCase()}-feltet er ${not}.` };
  const key = nameKey(name);
  if (people.ambiguous.has(key)) return { ok: false, reason: `Uklart hvem: ${ROLE_WORD[role].toLowerCase()}en er skrevet som en kortform som passer på flere personer. Skriv hele navnet i kildefanen og importer på nytt.` };
  return { ok: true, raw: name, short: people.key(name) !== key };
}
