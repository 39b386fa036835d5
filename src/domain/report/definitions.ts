/**
 * What each figure is called and means, in the leader's words, and the order the report shows them in. The
 * docs/reference.md holds the same definitions in full; «M» is the report month, «månedsslutt» its last day.
 */
import type { BreakdownKey, FigureKey } from './types';

export interface Definition { label: string; definition: string }

export const FIGURE_DEFS: Record<FigureKey, Definition> = {
  'inquiries.total': { label: 'Henvendelser', definition: 'Rader i Henvendelser med dato i måneden.' },
  'volunteers.registered': { label: 'Nye påmeldte frivillige', definition: '«Påmeldt dato» i måneden.' },
  'volunteers.courseCompleted': { label: 'Fullførte aktivitetskurs', definition: '«Kurs fullført» i måneden.' },
  'volunteers.approved': { label: 'Godkjent (klar for kobling)', definition: 'Alle fem godkjenningstrinn har dato, og det siste av dem er i måneden.' },
  'volunteers.inMatch': { label: 'I kobling ved månedsslutt', definition: 'Frivillige i en kobling som løper (aktiv eller pause) på månedens siste dag.' },
  'volunteers.waiting': { label: 'Venter på kobling ved månedsslutt', definition: 'Godkjent senest månedens siste dag, ikke sluttet og ikke i en kobling som løper.' },
  'volunteers.activeAtMonthEnd': { label: 'Aktive frivillige ved månedsslutt', definition: 'I kobling + venter på kobling (ikke sluttet).' },
  'volunteers.quit': { label: 'Frivillige som sluttet', definition: '«Sluttet dato» i måneden, fordelt på sluttårsak.' },
  'courses.held': { label: 'Kurs holdt', definition: 'Rader i Kurs med dato i måneden.' },
  'courses.participants': { label: 'Kursdeltakere', definition: 'Sum av «Antall deltakere» (ellers antall frivillig-ID-er) for kursene i måneden.' },
  'matches.started': { label: 'Nye koblinger', definition: 'Startdato i måneden (status Aktiv, Pause eller Avsluttet).' },
  'matches.activeAtMonthEnd': { label: 'Aktive koblinger ved månedsslutt', definition: 'Startet, ikke avsluttet og ikke på pause på månedens siste dag.' },
  'matches.pausedInMonth': { label: 'Koblinger på pause i måneden', definition: 'En av pausene (Tidligere pauser, og Pause fra – Pause til, eller til sluttdato) overlapper måneden.' },
  'matches.pausedAtMonthEnd': { label: 'På pause ved månedsslutt', definition: 'Startet, ikke avsluttet og på pause på månedens siste dag.' },
  'matches.ended': { label: 'Avsluttede koblinger', definition: 'Sluttdato i måneden, fordelt på sluttårsak.' },
  'matches.endedPlanned': { label: 'Avsluttet som planlagt', definition: 'Sluttårsak «Fullført periode» eller avsluttet av «Planlagt».' },
  'matches.endedEarly': { label: 'Avsluttet tidlig', definition: 'Avsluttet i måneden og ikke som planlagt.' },
  'matches.averageLengthMonths': { label: 'Gjennomsnittlig lengde (måneder)', definition: 'Hele måneder fra startdato til sluttdato, snitt for koblingene avsluttet i måneden.' },
  'matches.reachedNineMonths': { label: 'Andel som nådde 9 måneder', definition: 'Av koblingene avsluttet i måneden: andelen som varte minst 9 hele måneder.' },
  'followUps.logged': { label: 'Oppfølginger logget', definition: 'Rader i Kontaktlogg med dato i måneden.' },
  'followUps.activeFollowedUp': { label: 'Aktive koblinger fulgt opp', definition: 'Av de aktive koblingene ved månedsslutt: andelen med minst én kontakt med den frivillige (Frivillig, eller Frivillig og deltaker) i måneden – de samme kontaktene som teller for forfalt oppfølging.' },
  'followUps.overdueAtMonthEnd': { label: 'Forfalt oppfølging ved månedsslutt', definition: 'Aktive koblinger der siste kontakt (eller startdato) er mer enn «Forfalt etter (dager)» før månedens siste dag.' },
  'followUps.meetingsMedian': { label: 'Rapporterte møter per kobling (median)', definition: 'Sum av «Møter siden sist» per kobling i månedens kontakter; median over koblingene som rapporterte.' },
  'followUps.meetingsWithinNorm': { label: 'Andel med 2–4 møter', definition: 'Av koblingene som rapporterte møter: andelen med 2–4.' },
  'participants.referred': { label: 'Nye henviste deltakere', definition: '«Henvist dato» i måneden.' },
  'participants.served': { label: 'Deltakere i måneden', definition: 'Henvist i måneden, eller i en kobling som løp en del av måneden. Fordelingene under gjelder dem.' },
};

export const BREAKDOWN_DEFS: Record<BreakdownKey, Definition> = {
  'inquiries.byKind': { label: 'Henvendelser etter type', definition: 'Henvendelsene i måneden etter «Type».' },
  'volunteers.quitByReason': { label: 'Sluttårsak', definition: '«Ikke oppgitt» når sluttårsak mangler.' },
  'matches.endedByReason': { label: 'Sluttårsak', definition: '«Ikke oppgitt» når sluttårsak mangler.' },
  'participants.byShelter': { label: 'Deltakere etter krisesenter', definition: 'Henvisende krisesenter.' },
  'participants.byMunicipality': { label: 'Deltakere etter kommune', definition: 'Kommunen hun bor i eller flytter til.' },
  'participants.byAge': { label: 'Deltakere etter alder', definition: 'Alder = rapportårets årstall − fødselsår; «Ukjent» uten fødselsår.' },
  'participants.needs': { label: 'Deltakernes behov', definition: 'Hver deltaker telles én gang per behov; ukjente ord telles som «Annet».' },
  'volunteers.byAge': { label: 'Aktive frivillige etter alder', definition: 'De aktive frivillige ved månedsslutt; alder som for deltakere.' },
};

export type LayoutItem = { figure: FigureKey } | { breakdown: BreakdownKey };
export interface LayoutSection { title: string; items: LayoutItem[] }

const f = (figure: FigureKey): LayoutItem => ({ figure });
const b = (breakdown: BreakdownKey): LayoutItem => ({ breakdown });

/** The order of the report, shared by the sheet and the email. */
export const REPORT_LAYOUT: readonly LayoutSection[] = [
  { title: 'Henvendelser', items: [f('inquiries.total'), b('inquiries.byKind')] },
  {
    title: 'Frivillige',
    items: [f('volunteers.registered'), f('volunteers.courseCompleted'), f('volunteers.approved'), f('volunteers.inMatch'),
      f('volunteers.waiting'), f('volunteers.activeAtMonthEnd'), f('volunteers.quit'), b('volunteers.quitByReason'), b('volunteers.byAge')],
  },
  { title: 'Kurs', items: [f('courses.held'), f('courses.participants')] },
  {
    title: 'Koblinger',
    items: [f('matches.started'), f('matches.activeAtMonthEnd'), f('matches.pausedInMonth'), f('matches.pausedAtMonthEnd'),
      f('matches.ended'), b('matches.endedByReason'), f('matches.endedPlanned'), f('matches.endedEarly'),
      f('matches.averageLengthMonths'), f('matches.reachedNineMonths')],
  },
  {
    title: 'Oppfølging',
    items: [f('followUps.logged'), f('followUps.activeFollowedUp'), f('followUps.overdueAtMonthEnd'), f('followUps.meetingsMedian'), f('followUps.meetingsWithinNorm')],
  },
  {
    title: 'Deltakere',
    items: [f('participants.referred'), f('participants.served'), b('participants.byShelter'), b('participants.byMunicipality'),
      b('participants.byAge'), b('participants.needs')],
  },
];

/** The free-text sections the leader writes; found again by these labels when the report is regenerated. */
export const FREE_TEXT_LABELS = ['Gode historier', 'Utfordringer', 'Ønsker og behov'] as const;
export type FreeText = Record<(typeof FREE_TEXT_LABELS)[number], string>;
