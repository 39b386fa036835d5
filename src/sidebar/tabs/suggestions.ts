/**
 * «Foreslå kobling» in the Kobling tab: the set of pairs best for the whole group, each participant's own ranked
 * list, and who is ruled out and why. Every score shows its terms. «Velg» fills the propose form, nothing more.
 */
import type { SuggestionExclusion, SuggestionPair, SuggestionView } from '../../server/sidebar/dto';
import { el, showDate } from '../dom';

type Pick = (participantId: string, volunteerId: string) => void;

const points = (n: number) => String(n).replace('.', ',');
const terms = (s: SuggestionPair) => s.terms.map((t) => (t.points > 0 ? `${t.text} +${points(t.points)}` : t.text)).join(' · ');
const who = (id: string, alias: string) => (alias ? `${id} · ${alias}` : id);

function pairItem(s: SuggestionPair, pick: Pick, head: string): HTMLElement {
  const label = `Velg ${s.participantId} + ${s.volunteerId}`;
  return el('li', { class: 'suggestion' },
    el('p', {}, el('strong', {}, head), ` – ${points(s.points)} poeng`, s.inGroupBest ? el('span', { class: 'badge' }, ' ★ i gruppeforslaget') : null),
    el('p', { class: 'hint' }, terms(s)),
    el('button', { type: 'button', class: 'secondary', 'aria-label': label, onclick: () => pick(s.participantId, s.volunteerId) }, 'Velg'));
}

const exclusionItem = (e: SuggestionExclusion) => el('li', {}, `${who(e.volunteerId, e.alias)}: ${e.reasons.join('; ')}`);

function participantBlock(p: SuggestionView['participants'][number], pick: Pick): HTMLElement {
  const best = p.ranked[0];
  const summary = `${p.participantId}${p.referralDate ? ` (henvist ${showDate(p.referralDate)})` : ''}: ${best ? `best ${best.volunteerId}, ${points(best.points)} poeng` : 'ingen mulige'}`;
  return el('details', { class: 'participant-suggestions' }, el('summary', {}, summary),
    p.ranked.length > 0
      ? el('ol', { class: 'list' }, ...p.ranked.map((s) => pairItem(s, pick, who(s.volunteerId, s.alias))))
      : el('p', { class: 'muted' }, 'Ingen frivillig kan foreslås for henne nå.'),
    p.more > 0 ? el('p', { class: 'hint' }, `${p.more} til med lavere poeng.`) : null,
    p.excluded.length > 0 ? el('p', {}, 'Utelukket for henne:') : null,
    p.excluded.length > 0 ? el('ul', { class: 'list' }, ...p.excluded.map(exclusionItem)) : null);
}

export function suggestionView(v: SuggestionView, pick: Pick): HTMLElement {
  const w = v.weights;
  const intro = `Forslag ut fra opplysningene for kobling. Du bestemmer: ingenting lagres før du foreslår koblingen selv. Vekter (Innstillinger): interesser ${w.weightInterests} · tid ${w.weightAvailability} · område ${w.weightArea} · alder ${w.weightAge}.`;
  const body = v.participants.length === 0
    ? [el('p', { class: 'muted' }, 'Ingen deltakere venter på kobling.')]
    : [
      el('h3', {}, 'Best for hele gruppen'),
      v.groupBest.length > 0
        ? el('ol', { class: 'list', 'aria-label': 'Best for hele gruppen' }, ...v.groupBest.map((s) => pairItem(s, pick, `${s.participantId} + ${who(s.volunteerId, s.alias)}`)))
        : el('p', { class: 'muted' }, 'Ingen mulige par nå.'),
      v.unassigned.length > 0 ? el('p', { class: 'hint' }, `Uten mulig frivillig i dette forslaget: ${v.unassigned.join(', ')}.`) : null,
      el('h3', {}, 'Hver deltaker'),
      ...v.participants.map((p) => participantBlock(p, pick)),
    ];
  return el('details', { id: 'suggestions', class: 'suggestions' }, el('summary', {}, 'Foreslå kobling'),
    el('p', { class: 'hint' }, intro), ...body,
    v.unavailable.length > 0 ? el('h3', {}, 'Kan ikke foreslås nå') : null,
    v.unavailable.length > 0 ? el('ul', { class: 'list' }, ...v.unavailable.map(exclusionItem)) : null);
}
