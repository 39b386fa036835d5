/**
 * The handbook's conversation guides, in our own words: what to ask in a follow-up, what to go through at the
 * match meeting, what to talk about before and at the closure. Shown collapsed beside the forms as plain
 * text — no inputs, so nothing of it is ever sent or stored.
 */
import { el } from './dom';

export type GuideId = 'followUp' | 'afterMeeting' | 'matchMeeting' | 'closure';

const GUIDES: Record<GuideId, { title: string; items: readonly string[] }> = {
  followUp: {
    title: 'Spørsmål til oppfølgingssamtalen',
    items: [
      'Hvordan går det i koblingen?',
      'Hvor ofte har dere møttes eller snakket sammen den siste måneden?',
      'Hva gjør dere når dere er sammen?',
      'Hvordan bygger du relasjonen til deltakeren, og hvordan går det?',
      'Har du lagt merke til endringer hos henne siden sist vi snakket?',
      'Hva kan jeg hjelpe deg med? Er det noe du er urolig for – hennes trygghet eller din egen?',
    ],
  },
  afterMeeting: {
    title: 'Spørsmål etter koblingsmøtet',
    items: [
      'Hvordan opplevde du møtet og deltakeren?',
      'Kjentes noe feil, eller er noe uklart?',
      'Vil du gå videre med denne koblingen? (Kontaktpersonen spør deltakeren om det samme.)',
      'Vil begge fortsette: avtal hvordan den frivillige tar kontakt for neste møte.',
    ],
  },
  matchMeeting: {
    title: 'Dette går dere gjennom på koblingsmøtet',
    items: [
      'Møtet er på krisesenteret, med kontaktpersonen der. Trengs tolk, ordner krisesenteret det.',
      'Sjekk at alle vet dato, tid og sted – send gjerne en SMS eller ring dagen før.',
      'Les samarbeidsavtalen sammen («Skriv ut samarbeidsavtale») og bli enige om lengden, 9–12 måneder.',
      'Snakk om hvor ofte de skal møtes (2–4 ganger i måneden) og hvilke aktiviteter som passer dem.',
      'Etterpå svarer hver av dem for seg om de vil fortsette; begge kan si nei.',
    ],
  },
  closure: {
    title: 'Spørsmål før og ved avslutningen',
    items: [
      'Vil de fortsette å treffes privat, eller avslutte helt? Har de snakket om det?',
      'Hva ønsker deltakeren selv?',
      'Finnes det noe som er tungt å snakke om?',
      'Gi begge rom til å se tilbake: gode minner, spørsmål og tilbakemeldinger.',
      'Evaluering: hvordan var det å være ressursvenn, hvordan var oppfølgingen, og har hun råd til oss?',
      'Vil hun være ressursvenn igjen, nå eller senere?',
    ],
  },
};

/** A collapsed «details» with the guide; `open` is left to the leader. */
export function guide(id: GuideId): HTMLDetailsElement {
  const g = GUIDES[id];
  return el('details', { class: 'guide', 'data-guide': id },
    el('summary', {}, g.title),
    el('ul', {}, ...g.items.map((q) => el('li', {}, q))),
    el('p', { class: 'hint' }, 'Fra gruppelederhåndboka, til hjelp i samtalen. Ingenting herfra lagres.'));
}

/** The follow-up form's guide for the kind of contact chosen. */
export function guideForKind(kind: string): GuideId {
  return kind === 'Etter koblingsmøte' ? 'afterMeeting' : kind === 'Før avslutning' || kind === 'Avkoblingssamtale' ? 'closure' : 'followUp';
}
