/**
 * The national overview: the pure totals at 1x, 10x and 100x a year of deliveries (they must grow linearly), and
 * the service calls of one delivery on the emulator with 3 and with 30 associations' rows already stored (they must
 * be equal: one read per sheet, one block write per sheet, one call per chart).
 */
import { summarize, type StoredRow } from '../src/domain/national/summary';
import { buildDelivery } from '../src/domain/national/delivery';
import { addMonthsToMonth } from '../src/domain/report/month';
import { FIGURE_KEYS } from '../src/domain/report/types';
import { receiveDelivery } from '../src/server/national/receive';
import { addAssociation } from '../src/server/national/associations';
import { ensureNationalSheets } from '../src/sheets/nationalSheets';
import { gasHarness } from '../test/support/harness';
import { timeIt } from './timeIt';

/** `associations` × 12 months × every figure. */
function rows(associations: number): StoredRow[] {
  const out: StoredRow[] = [];
  for (let a = 0; a < associations; a++) for (let m = 0; m < 12; m++) for (const f of FIGURE_KEYS) {
    out.push({ association: `Forening ${a}`, month: addMonthsToMonth('2025-11', m), figure: f, category: null, kind: 'count', value: (a + m) % 7, base: null });
  }
  return out;
}

function deliveryCalls(stored: number): number {
  const h = gasHarness({ now: new Date('2026-11-05T09:00:00Z') });
  try {
    const keys = Array.from({ length: stored + 1 }, (_, i) => h.run((p) => { ensureNationalSheets(p.spreadsheet()); return addAssociation(p, `Forening ${i}`).key; }));
    const body = (key: string, month: string) => JSON.stringify(buildDelivery(key, month, 3, FIGURE_KEYS.map((f) => ({ figure: f, category: null, label: f, kind: 'count', value: 4, base: null, shown: '4', protected: false, hidden: false }))));
    for (let i = 1; i <= stored; i++) for (const m of ['2026-09', '2026-10']) h.run((p) => receiveDelivery(p, body(keys[i]!, m)));
    h.emu.calls.reset();
    h.run((p) => receiveDelivery(p, body(keys[0]!, '2026-10')));
    return h.emu.calls.total();
  } finally {
    h.dispose();
  }
}

export function benchNational(): void {
  for (const n of [15, 150, 1500]) {
    const r = rows(n);
    console.log(`summarize: ${n} associations × 12 months × ${FIGURE_KEYS.length} figures (${r.length} rows): ${timeIt(() => summarize(r, '2026-10')).toFixed(2)} ms`);
  }
  console.log(`one delivery, service calls with 3 / 30 / 60 associations' two months stored: ${deliveryCalls(3)} / ${deliveryCalls(30)} / ${deliveryCalls(60)} (the step at 30 is the data sheet growing past its 1000 rows once)`);
}
