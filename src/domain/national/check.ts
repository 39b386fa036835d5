/**
 * The national side's check of a delivery (delivery.ts): the schema, then the privacy line — a protected count from 1
 * to threshold−1, a category that looks like an ID, a phone number, an email address or a national ID number, a
 * figure it does not know, or a repeated row is refused, with a Norwegian reason.
 */
import * as z from 'zod/mini';
import '../zod';
import { textCheck } from '../report/freeTextCheck';
import { isMonth } from '../report/month';
import { PROTECTED_BREAKDOWNS, PROTECTED_SPLITS } from '../report/published';
import { BREAKDOWN_KEYS, FIGURE_KEYS } from '../report/types';
import { DELIVERY_SCHEMA, NATIONAL_MIN_THRESHOLD, type Delivery } from './delivery';

const KNOWN = new Set<string>([...FIGURE_KEYS, ...BREAKDOWN_KEYS]);
const PROTECTED = new Set<string>([...PROTECTED_BREAKDOWNS, ...PROTECTED_SPLITS.flat()]);
const MAX_ROWS = 400;

const num = z.nullable(z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0, 'Må være et tall, 0 eller mer.')));
const RowSchema = z.object({
  figure: z.string().check(z.refine((f) => KNOWN.has(f), 'Ukjent tall.')),
  category: z.nullable(z.string().check(z.maxLength(80, 'Høyst 80 tegn.'))),
  kind: z.enum(['count', 'share', 'mean', 'median']),
  value: num,
  base: num,
  shown: z.string().check(z.maxLength(40, 'Høyst 40 tegn.')),
});

export const DeliverySchema = z.object({
  schema: z.literal(DELIVERY_SCHEMA),
  key: z.string().check(z.minLength(20, 'Nøkkelen er for kort.'), z.maxLength(100, 'Nøkkelen er for lang.')),
  month: z.string().check(z.refine(isMonth, 'Ikke en måned (ÅÅÅÅ-MM).')),
  threshold: z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 10, 'Må være et helt tall fra 1 til 10.')),
  rows: z.array(RowSchema).check(z.maxLength(MAX_ROWS, `Høyst ${MAX_ROWS} rader.`)),
});

export type Checked = { ok: true; delivery: Delivery } | { ok: false; reason: string };

/** Parses and checks a delivery's JSON text: the schema, then the privacy line. Norwegian reasons. */
export function checkDelivery(text: string): Checked {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'Ikke gyldig JSON.' };
  }
  const parsed = DeliverySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `${issue.path.join('.') || 'innhold'}: ${issue.message}` };
  }
  const d = parsed.data as Delivery;
  const t = Math.max(d.threshold, NATIONAL_MIN_THRESHOLD);
  const check = textCheck([]);
  const seen = new Set<string>();
  for (const [i, r] of d.rows.entries()) {
    const at = `rows.${i}`;
    const id = `${r.figure}\u0000${r.category ?? ''}`;
    if (seen.has(id)) return { ok: false, reason: `${at}: ${r.figure} ${r.category ?? ''} står to ganger.` };
    seen.add(id);
    if (PROTECTED.has(r.figure) && r.value !== null && r.value > 0 && r.value < t) {
      return { ok: false, reason: `${at}: ${r.figure} er et skjermet tall under ${t} og skal ikke sendes.` };
    }
    if (r.category !== null && check(r.category).length > 0) return { ok: false, reason: `${at}: kategorien ser ut til å inneholde personopplysninger.` };
    if (r.category !== null && !BREAKDOWN_KEYS.includes(r.figure as never)) return { ok: false, reason: `${at}: bare fordelinger har kategori.` };
  }
  return { ok: true, delivery: d };
}
