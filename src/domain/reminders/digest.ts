/**
 * The digest email of one group leader: a subject that says how much and how urgent, then one section per
 * urgency with one line per item (code, what to do, link to the row). Plain text and HTML; every text is
 * escaped in HTML. Also the optional reminder to a volunteer, which says nothing about the participant.
 */
import { formatNorwegian as no, type IsoDate } from '../calendar';
import { escapeHtml } from '../html';
import { URGENCIES, type DueItem, type LinkTarget, type Urgency } from './types';

export interface DigestContext {
  today: IsoDate;
  associationName: string;
  spreadsheetId: string;
  /** Sheet id (gid) per table, for links to the row; `report` is last month's report sheet when it exists. */
  gids: Partial<Record<LinkTarget, number>>;
}

export interface Email { subject: string; text: string; html: string }

/** The heading of each urgency's section (the digest's and the sidebar's «I dag»). */
export const URGENCY_HEADINGS: Record<Urgency, string> = {
  bekymring: 'Bekymring – ta kontakt med en gang',
  forfalt: 'Forfalt',
  nå: 'Gjør nå',
  snart: 'Snart',
  'til orientering': 'Til orientering',
};

export function rowLink(ctx: DigestContext, table: LinkTarget | null, row: number | null): string {
  const base = `https://docs.google.com/spreadsheets/d/${encodeURIComponent(ctx.spreadsheetId)}/edit`;
  const gid = table ? ctx.gids[table] : undefined;
  if (gid === undefined) return base;
  return row ? `${base}#gid=${gid}&range=A${row}` : `${base}#gid=${gid}`;
}

function subjectOf(ctx: DigestContext, items: readonly DueItem[]): string {
  const counts = URGENCIES.filter((u) => u === 'bekymring' || u === 'forfalt')
    .map((u) => [u, items.filter((i) => i.urgency === u).length] as const)
    .filter(([, n]) => n > 0)
    .map(([u, n]) => `${n} ${u}`);
  const who = ctx.associationName ? ` ${ctx.associationName}` : '';
  return `Ressursvenn${who}: ${items.length} ting å følge opp ${no(ctx.today)}${counts.length ? ` (${counts.join(', ')})` : ''}`;
}

export function composeDigest(ctx: DigestContext, items: readonly DueItem[]): Email {
  const text: string[] = [`Påminnelser fra Ressursvenn${ctx.associationName ? ` – ${ctx.associationName}` : ''}, ${no(ctx.today)}.`, ''];
  const html: string[] = [`<div style="font-family:Arial,sans-serif;font-size:14px;color:#202124">`,
    `<p>Påminnelser fra Ressursvenn${ctx.associationName ? ` – ${escapeHtml(ctx.associationName)}` : ''}, ${no(ctx.today)}.</p>`];
  for (const u of URGENCIES) {
    const group = items.filter((i) => i.urgency === u);
    if (group.length === 0) continue;
    const color = u === 'bekymring' || u === 'forfalt' ? '#b3261e' : u === 'nå' ? '#8a5300' : '#202124';
    text.push(`${URGENCY_HEADINGS[u].toUpperCase()}`);
    html.push(`<h3 style="color:${color};margin:16px 0 4px">${escapeHtml(URGENCY_HEADINGS[u])}</h3><ul style="margin:0;padding-left:20px">`);
    for (const i of group) {
      const link = rowLink(ctx, i.table, i.row);
      text.push(`- ${i.code}: ${i.text}`, `  ${link}`);
      html.push(`<li style="margin:4px 0"><a href="${escapeHtml(link)}"><b>${escapeHtml(i.code)}</b></a>: ${escapeHtml(i.text)}</li>`);
    }
    text.push('');
    html.push('</ul>');
  }
  const footer = 'Denne e-posten inneholder bare koder (K-, F-, D-), aldri navn. Du får den fordi påminnelser er slått på i regnearket (Utvidelser → Ressursvenn → Slå av påminnelser).';
  text.push(footer);
  html.push(`<p style="color:#5f6368;font-size:12px;margin-top:16px">${escapeHtml(footer)}</p></div>`);
  return { subject: subjectOf(ctx, items), text: text.join('\n'), html: html.join('') };
}

/** The optional reminder to a volunteer before her match's planned end: no codes, nothing about the participant. */
export function composeVolunteerNotice(associationName: string, plannedEnd: IsoDate): Email {
  const from = associationName ? `Ressursvenn ${associationName}` : 'Ressursvenn';
  const lines = [
    'Hei!',
    `Tiden din som ressursvenn i denne koblingen nærmer seg slutten: planlagt slutt er ${no(plannedEnd)}.`,
    'Gruppelederen din tar kontakt for å avtale avkoblingssamtalen. Tenk gjerne på hvordan dere vil avslutte, og hva som skal skje etterpå.',
    'Takk for innsatsen!',
    `Hilsen ${from}`,
  ];
  return {
    subject: `${from}: koblingen din nærmer seg slutten`,
    text: lines.join('\n\n'),
    html: `<div style="font-family:Arial,sans-serif;font-size:14px">${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div>`,
  };
}
