/**
 * The national web app's doPost: one association's month arrives as JSON. Under the lock: the delivery is checked
 * (schema and privacy line, domain/national/delivery.ts), its key is looked up by SHA-256 in «Foreninger» — the key
 * alone decides whose rows these are, so an association can only ever write its own —, its earlier rows for that
 * month are replaced (a resend never duplicates), and the overview is rebuilt. The answer says what happened, in
 * Norwegian, so the sending leader's Kjørelogg can show it.
 */
import { checkDelivery } from '../../domain/national/check';
import { todayIn } from '../../sheets/cellDates';
import { ensureNationalSheets, readAssociations, readData, writeData, type DataRow } from '../../sheets/nationalSheets';
import type { Ports } from '../ports';
import { refreshOverviewUnlocked } from './overview';

export interface DeliveryAnswer { ok: boolean; message: string; association?: string; month?: string; rows?: number; replaced?: number }

const MAX_BODY = 200_000;

export function receiveDelivery(ports: Ports, body: string): DeliveryAnswer {
  if (body.length > MAX_BODY) return { ok: false, message: 'Leveransen er for stor.' };
  const checked = checkDelivery(body);
  if (!checked.ok) return { ok: false, message: `Leveransen ble avvist: ${checked.reason}` };
  const d = checked.delivery;
  const hash = ports.crypto.sha256Hex(d.key);
  return ports.lock.withLock(() => {
    const ss = ports.spreadsheet();
    ensureNationalSheets(ss);
    const association = readAssociations(ss).find((a) => a.keyHash === hash);
    if (!association) return { ok: false, message: 'Ukjent nøkkel: lokalforeningen er ikke registrert i den nasjonale oversikten. Be nasjonal prosjektleder om en nøkkel.' };
    const tz = ss.getSpreadsheetTimeZone();
    const now = ports.clock.now();
    const received = `${todayIn(now, tz)}`;
    const { rows } = readData(ss);
    const kept = rows.filter((r) => !(r.association === association.name && r.month === d.month));
    const incoming: DataRow[] = d.rows.map((r) => ({ association: association.name, month: d.month, figure: r.figure, category: r.category, kind: r.kind, value: r.value, base: r.base, shown: r.shown, received }));
    writeData(ss, [...kept, ...incoming]);
    refreshOverviewUnlocked(ports, ss);
    const replaced = rows.length - kept.length;
    return {
      ok: true, association: association.name, month: d.month, rows: incoming.length, replaced,
      message: `${incoming.length} tall for ${d.month} mottatt fra ${association.name}${replaced > 0 ? ` (erstattet ${replaced} tidligere)` : ''}.`,
    };
  });
}

