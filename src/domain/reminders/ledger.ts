/**
 * Exactly once: the ledger lists what was sent to whom for which occurrence. An item goes out when its key is
 * not in the recipient's ledger, or when its explicit repeat period has passed since it was last sent. Open
 * concerns ride along at the top of every digest that goes out. Nothing goes out when nothing is new.
 */
import { daysBetween, maxDate, type IsoDate } from '../calendar';
import { byUrgency } from './due';
import type { DueItem } from './types';

export interface LedgerEntry { date: IsoDate; recipient: string; key: string; code: string }

/** recipient → key → last date sent. */
export type SentIndex = Map<string, Map<string, IsoDate>>;

export function indexLedger(entries: readonly LedgerEntry[]): SentIndex {
  const index: SentIndex = new Map();
  for (const e of entries) {
    let keys = index.get(e.recipient);
    if (!keys) index.set(e.recipient, (keys = new Map()));
    keys.set(e.key, maxDate(keys.get(e.key) ?? null, e.date)!);
  }
  return index;
}

export function isNew(item: Pick<DueItem, 'key' | 'repeatEveryDays'>, sent: ReadonlyMap<string, IsoDate> | undefined, today: IsoDate): boolean {
  const last = sent?.get(item.key);
  if (last === undefined) return true;
  return item.repeatEveryDays !== null && daysBetween(last, today) >= item.repeatEveryDays;
}

/** The items of one recipient's digest today, most urgent first; empty when nothing is new. */
export function digestItems(due: readonly DueItem[], sent: ReadonlyMap<string, IsoDate> | undefined, today: IsoDate): DueItem[] {
  const fresh = due.filter((d) => isNew(d, sent, today));
  if (fresh.length === 0) return [];
  const riders = due.filter((d) => d.urgency === 'bekymring' && !fresh.includes(d));
  return [...fresh, ...riders].sort(byUrgency);
}

export function ledgerEntries(items: readonly Pick<DueItem, 'key' | 'code'>[], recipient: string, today: IsoDate): LedgerEntry[] {
  return items.map((i) => ({ date: today, recipient, key: i.key, code: i.code }));
}
