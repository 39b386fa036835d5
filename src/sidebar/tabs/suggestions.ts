/**
 * «Foreslå kobling» in the Kobling tab: the set of pairs best for the whole group, each participant's own ranked
 * list, and who is ruled out and why. Every score shows its terms. Computed here, in the page, from what the
 * server read with the page (src/domain/matching/candidates.ts). «Velg» fills the propose form, nothing more.
 */
import type { SuggestInput } from '../../domain/matching/candidates';
import { suggestMatches, type Exclusion, type PairScore } from '../../domain/matching/suggest';
import { el, showDate } from '../dom';

type Pick = (participantId: string, volunteerId: string) => void;
interface Names { alias: Map<string, string>; chosen: Set<string> }

/** How many of each participant's possible volunteers are shown; the rest are counted. */
export const RANKED_SHOWN = 5;

const points = (n: number) => String(n).replace('.', ',');
const terms = (s: PairScore) => s.terms.map((t) => (t.points > 0 ? `${t.text} +${points(t.points)}` : t.text)).join(' · ');
const who = (n: Names, id: string) => (n.alias.get(id) ? `${id} · ${n.alias.get(id)}` : id);

function pairItem(n: Names, s: PairScore, pick: Pick, head: string): HTMLElement {
  const inGroup = n.chosen.has(`${s.participantId}|${s.volunteerId}`);
  return el('li', { class: 'suggestion' },
    el('p', {}, el('strong', {}, head), ` – ${points(s.points)} poeng`, inGroup ? el('span', { class: 'badge' }, ' ★ i gruppeforslaget') : null),
    el('p', { class: 'hint' }, terms(s)),
    el('button', { type: 'button', class: 'secondary', 'aria-label': `Velg ${s.participantId} + ${s.volunteerId}`, onclick: () => pick(s.participantId, s.volunteerId) }, 'Velg'));
}

const exclusionItem = (n: Names, e: Exclusion) => el('li', {}, `${who(n, e.volunteerId)}: ${e.reasons.join('; ')}`);

export function suggestionView(input: SuggestInput, pick: Pick): HTMLElement {
  const r = suggestMatches(input);
  const n: Names = { alias: new Map(input.volunteers.map((v) => [v.id, v.alias])), chosen: new Set(r.groupBest.map((s) => `${s.participantId}|${s.volunteerId}`)) };
  const referral = new Map(input.participants.map((p) => [p.id, p.referralDate]));
  const w = input.weights;
  const intro = `Forslag ut fra opplysningene for kobling. Du bestemmer: ingenting lagres før du foreslår koblingen selv. Vekter (Innstillinger): interesser ${w.weightInterests} · tid ${w.weightAvailability} · område ${w.weightArea} · alder ${w.weightAge}.`;
  const participant = (p: (typeof r.participants)[number]) => {
    const best = p.ranked[0];
    const date = referral.get(p.participantId);
    const summary = `${p.participantId}${date ? ` (henvist ${showDate(date)})` : ''}: ${best ? `best ${best.volunteerId}, ${points(best.points)} poeng` : 'ingen mulige'}`;
    const more = p.ranked.length - RANKED_SHOWN;
    return el('details', { class: 'participant-suggestions' }, el('summary', {}, summary),
      p.ranked.length > 0
        ? el('ol', { class: 'list' }, ...p.ranked.slice(0, RANKED_SHOWN).map((s) => pairItem(n, s, pick, who(n, s.volunteerId))))
        : el('p', { class: 'muted' }, 'Ingen frivillig kan foreslås for henne nå.'),
      more > 0 ? el('p', { class: 'hint' }, `${more} til med lavere poeng.`) : null,
      p.excluded.length > 0 ? el('p', {}, 'Utelukket for henne:') : null,
      p.excluded.length > 0 ? el('ul', { class: 'list' }, ...p.excluded.map((e) => exclusionItem(n, e))) : null);
  };
  const body = r.participants.length === 0
    ? [el('p', { class: 'muted' }, 'Ingen deltakere venter på kobling.')]
    : [
      el('h3', {}, 'Best for hele gruppen'),
      r.groupBest.length > 0
        ? el('ol', { class: 'list', 'aria-label': 'Best for hele gruppen' }, ...r.groupBest.map((s) => pairItem(n, s, pick, `${s.participantId} + ${who(n, s.volunteerId)}`)))
        : el('p', { class: 'muted' }, 'Ingen mulige par nå.'),
      r.unassigned.length > 0 ? el('p', { class: 'hint' }, `Uten mulig frivillig i dette forslaget: ${r.unassigned.join(', ')}.`) : null,
      el('h3', {}, 'Hver deltaker'),
      ...r.participants.map(participant),
    ];
  return el('details', { id: 'suggestions', class: 'suggestions' }, el('summary', {}, 'Foreslå kobling'),
    el('p', { class: 'hint' }, intro), ...body,
    r.unavailable.length > 0 ? el('h3', {}, 'Kan ikke foreslås nå') : null,
    r.unavailable.length > 0 ? el('ul', { class: 'list' }, ...r.unavailable.map((e) => exclusionItem(n, e))) : null);
}
