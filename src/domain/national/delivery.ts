/**
 * What an association sends to the national overview: its published report rows (published.ts, the same line of
 * protected and exact figures as the email) for one month, and the key the national project leader gave it.
 * The national side checks every delivery (check.ts, kept apart so the association's bundle does not carry the
 * schema). Free text is never part of a delivery.
 */
import type { Month } from '../report/month';
import { PUBLISHED_SCHEMA, type PublishedRow } from '../report/published';
import type { FigureValue } from '../report/types';

export const DELIVERY_SCHEMA = PUBLISHED_SCHEMA;

export interface DeliveryRow { figure: string; category: string | null; kind: FigureValue['kind']; value: number | null; base: number | null; shown: string }
export interface Delivery { schema: typeof DELIVERY_SCHEMA; key: string; month: Month; threshold: number; rows: DeliveryRow[] }

/** The delivery for one month: the published rows, nothing else (no free text, no association name). */
export function buildDelivery(key: string, month: Month, threshold: number, rows: readonly PublishedRow[]): Delivery {
  return {
    schema: DELIVERY_SCHEMA, key, month, threshold,
    rows: rows.map((r) => ({ figure: r.figure, category: r.category, kind: r.kind, value: r.value, base: r.base, shown: r.shown })),
  };
}

/** The minimum threshold the national overview accepts, whatever an association set: its own line. */
export const NATIONAL_MIN_THRESHOLD = 3;
