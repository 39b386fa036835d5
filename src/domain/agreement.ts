/**
 * «Samarbeidsavtale»: the programme's agreement for one match as a printable page, in the add-on's own words
 * (the facts of the information sheet handed out at the start, not its sentences). Three copies, one per page:
 * participant, volunteer, leader. Only the agreed length and dates come from the spreadsheet; names, phone
 * numbers and signatures are written by hand on paper, so nothing identifying is ever filled in. The match
 * code is printed on the leader's copy only: the other two go home with the women, where a code means nothing.
 */
import { formatNorwegian, type IsoDate } from './calendar';
import { escapeHtml } from './html';

export interface AgreementFacts {
  matchId: string;
  /** Innstillinger's «Lokalforening»; '' when not filled in. */
  associationName: string;
  agreedMonths: number | null;
  startDate: IsoDate | null;
  plannedEnd: IsoDate | null;
}

/** The programme's frame: a match lasts 9 to 12 months with 2 to 4 meetings a month. */
export const AGREEMENT_MONTHS = { min: 9, max: 12 } as const;
export const MEETINGS_PER_MONTH = { min: 2, max: 4 } as const;

const COPIES = ['deltakeren', 'den frivillige', 'gruppelederen'] as const;
const BLANK = '<span class="blank"></span>';
const SHORT_BLANK = '<span class="blank short"></span>';

/** The length and dates as agreed, or blanks to fill in at the match meeting when not decided yet. */
function lengthLine(f: AgreementFacts): string {
  const months = f.agreedMonths !== null ? `<b>${f.agreedMonths} måneder</b>` : `${SHORT_BLANK} måneder`;
  const from = f.startDate ? `<b>${formatNorwegian(f.startDate)}</b>` : SHORT_BLANK;
  const to = f.plannedEnd ? `<b>${formatNorwegian(f.plannedEnd)}</b>` : SHORT_BLANK;
  return `Vi har avtalt at koblingen skal vare i ${months}, fra ${from} til ${to} (planlagt slutt).`;
}

function rules(f: AgreementFacts): string[] {
  const { min, max } = AGREEMENT_MONTHS;
  return [
    `En kobling varer i ${min}–${max} måneder. ${lengthLine(f)}`,
    'Hver av oss kan avslutte koblingen når vi vil. Har det gått 12 måneder, kan vi gjerne holde kontakten privat, men da er det ikke lenger en del av Ressursvenn.',
    `Vi møtes ${MEETINGS_PER_MONTH.min}–${MEETINGS_PER_MONTH.max} ganger i måneden, når det passer for oss begge.`,
    'Det vi gjør sammen, skal ikke koste penger. Skal lokalforeningen dekke en utgift, avtales det med gruppelederen før utgiften.',
    'Vi låner ikke penger av hverandre og gir ikke penger til hverandre.',
    'Vi gir ikke gaver til hverandre så lenge koblingen varer.',
    'Vi bruker ikke alkohol eller andre rusmidler når vi er sammen i koblingen.',
    'Flytter deltakeren tilbake til den som utøvde vold, settes koblingen på pause eller avsluttes.',
    'Den frivillige og gruppelederen har skrevet under på taushetserklæring. Den frivillige kan likevel snakke åpent med gruppelederen om koblingen.',
    'Vi kan også være med på andre aktiviteter i lokalforeningen.',
  ];
}

function contactBlock(who: string): string {
  return `<div class="contact"><p class="who">${who}</p>`
    + `<p class="line">Navn: ${BLANK}</p><p class="line">Telefon: ${BLANK}</p><p class="line">E-post: ${BLANK}</p></div>`;
}

function copy(f: AgreementFacts, i: number): string {
  const forWhom = COPIES[i]!;
  const leaders = i === COPIES.length - 1;
  const org = f.associationName ? escapeHtml(f.associationName) : 'Sanitetsforeningen';
  return `<section class="copy" aria-label="Eksemplar for ${forWhom}">
<p class="corner">Eksemplar ${i + 1} av ${COPIES.length}: for ${forWhom}${leaders ? ` · kobling ${escapeHtml(f.matchId)}` : ''}</p>
<h1>Samarbeidsavtale – Ressursvenn</h1>
<p class="org">${org} · Norske Kvinners Sanitetsforening</p>
<h2>Hvorfor Ressursvenn</h2>
<p>Ressursvenn skal gi kvinner som har brutt med en voldsutøver, støtte mens de bygger opp et liv på egen hånd. Deltakeren får en ressursvenn: en frivillig som er der for henne som en venn i denne tiden.</p>
<h2>Hvem vi er for hverandre</h2>
<p>Ressursvennen er frivillig og får ikke lønn. Hun har gått kurs, vist politiattest og har taushetsplikt. Hun er en venn å gjøre ting sammen med – ikke terapeut eller fagperson. Vi møtes som likeverdige, og det vi gjør sammen, tar utgangspunkt i deltakerens ønsker og behov. Fungerer ikke koblingen, kan vi avslutte den.</p>
<p>Gruppelederen holder kontakt med oss begge mens koblingen varer, for å høre at vi har det bra, og vi kan ta kontakt med henne når vi trenger det. Når koblingen er over, har gruppelederen en avslutningssamtale med oss.</p>
<h2>Dette er vi enige om</h2>
<ul class="rules">${rules(f).map((r) => `<li>${r}</li>`).join('')}</ul>
<h2>Kontaktinformasjon</h2>
<p class="hint">Fylles ut for hånd når vi møtes.</p>
<div class="contacts">${contactBlock('Deltaker')}${contactBlock('Frivillig')}</div>
<h2>Dette har vi i tillegg avtalt</h2>
<p class="line">${BLANK}</p><p class="line">${BLANK}</p><p class="line">${BLANK}</p>
<div class="signatures">
<div><p class="sign"></p><p>Dato og underskrift, deltaker</p></div>
<div><p class="sign"></p><p>Dato og underskrift, frivillig</p></div>
</div>
<p class="foot">Avtalen leses gjennom sammen med begge før koblingen starter og skrives ut i tre eksemplarer: ett til deltakeren, ett til den frivillige og ett som gruppelederen tar vare på til oppfølgingen.</p>
</section>`;
}

const CSS = `
* { box-sizing: border-box; }
body { font: 12pt/1.4 Georgia, "Times New Roman", serif; color: #111; margin: 0; padding: 12px 20px; }
.toolbar { font: 13px Arial, sans-serif; display: flex; gap: 12px; align-items: center; border-bottom: 1px solid #ccc; padding-bottom: 8px; margin-bottom: 12px; }
.toolbar button { font: bold 13px Arial, sans-serif; background: #1a73e8; color: #fff; border: 0; border-radius: 4px; padding: 8px 16px; cursor: pointer; }
.toolbar button:focus-visible { outline: 2px solid #174ea6; outline-offset: 2px; }
.copy + .copy { border-top: 2px dashed #999; margin-top: 24px; padding-top: 12px; }
h1 { font-size: 18pt; margin: 4px 0 0; }
h2 { font-size: 12.5pt; margin: 14px 0 4px; }
p { margin: 4px 0; }
.org, .corner, .hint, .foot { font-family: Arial, sans-serif; font-size: 9.5pt; color: #444; }
.corner { text-align: right; }
.rules { margin: 4px 0; padding-left: 20px; }
.rules li { margin: 3px 0; }
.contacts, .signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
.who { font-weight: bold; }
.line { display: flex; gap: 6px; align-items: flex-end; margin: 10px 0; }
.blank { flex: 1; display: inline-block; min-width: 60px; border-bottom: 1px solid #111; height: 1.2em; }
.blank.short { flex: none; width: 70px; vertical-align: bottom; }
.signatures { margin-top: 36px; }
.sign { border-bottom: 1px solid #111; height: 32px; margin: 0 0 2px; }
.signatures p:not(.sign) { font-family: Arial, sans-serif; font-size: 9.5pt; }
.foot { margin-top: 16px; }
@page { size: A4; margin: 16mm 18mm; }
@media print {
  .toolbar { display: none; }
  body { padding: 0; font-size: 10.5pt; line-height: 1.35; }
  h1 { font-size: 16pt; }
  h2 { font-size: 11pt; margin: 9px 0 2px; }
  .rules li { margin: 1px 0; }
  .line { margin: 7px 0; }
  .signatures { margin-top: 26px; }
  .copy { break-after: page; break-inside: avoid; }
  .copy:last-child { break-after: auto; }
  .copy + .copy { border-top: 0; margin-top: 0; padding-top: 0; }
}`;

/** The whole page: a print button (hidden on paper), then the three copies. */
export function agreementHtml(f: AgreementFacts): string {
  return `<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><base target="_top"><title>Samarbeidsavtale</title><style>${CSS}</style></head>
<body>
<div class="toolbar"><button type="button" onclick="window.print()">Skriv ut (3 eksemplarer)</button><span>Én side per eksemplar. Navn, telefon og underskrifter fylles inn for hånd.</span></div>
${COPIES.map((_, i) => copy(f, i)).join('\n')}
</body></html>`;
}
