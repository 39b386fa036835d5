/**
 * «Personvern: innsyn eller sletting»: service calls of the access page, the erasure preview and the erasure for
 * one volunteer at 100 and 5,000 matches (they must be equal), and the pure work at 1x and 10x a large
 * association: finding her rows, and the reports counting her (two reports per month, 58 months).
 */
import { reportsCountingHer } from '../src/domain/personData/countedIn';
import { findFootprint, type PersonTables } from '../src/domain/personData/footprint';
import { accessPage } from '../src/server/personData/access';
import { erasePerson, previewErasure } from '../src/server/personData/erasure';
import { setupSheets } from '../src/server/setupSheets';
import { gasHarness } from '../test/support/harness';
import { typeLargeAssociation } from '../test/support/retentionData';
import { SAMPLE_NOW, typeSettings } from '../test/support/sampleAssociation';
import { input } from './retention';
import { timeIt } from './timeIt';

function calls(n: number): Record<string, number> {
  const h = gasHarness({ now: SAMPLE_NOW });
  try {
    h.run((p) => setupSheets(p));
    typeSettings(h.emu, {}, [['Senter', 'rolle', 'By']]);
    typeLargeAssociation(h.emu, n);
    const out: Record<string, number> = {};
    for (const [name, fn] of [['access', accessPage], ['preview', previewErasure], ['erase', erasePerson]] as const) {
      h.emu.calls.reset();
      h.run((p) => fn(p, 'F-0001'));
      out[name] = h.emu.calls.total();
    }
    return out;
  } finally {
    h.dispose();
  }
}

function tables(n: number): PersonTables {
  const r = input(n);
  return {
    volunteers: r.volunteers, participants: r.participants, matches: r.matches, contacts: r.contacts, inquiries: r.inquiries, courses: r.courses,
    contactInfo: r.contactInfo.map(({ row, volunteerId }) => ({ row, record: { volunteerId, name: `Navn Navnesen ${row}`, phone: '', email: '', preferredChannel: null } })),
    ledger: [], importLog: [], importDeviations: [],
  };
}

export function benchPrivacy(): void {
  console.log('service calls for one volunteer (access page, erasure preview, erasure):');
  for (const n of [100, 5000]) {
    const c = calls(n);
    console.log(`  ${String(n).padStart(5)} matches: access ${c.access}, preview ${c.preview}, erase ${c.erase}`);
  }
  console.log('pure: her rows and mentions (findFootprint), and the reports counting her (2 reports × 58 months):');
  for (const n of [500, 5000]) { // a large association, 10x
    const t = tables(n);
    const f = findFootprint('F-00001', t)!;
    const find = timeIt(() => findFootprint('F-00001', t));
    const reportInput = { settings: { followUpEveryDays: 30, overdueAfterDays: 45 }, ...t, notCounted: [] };
    const counted = timeIt(() => reportsCountingHer(reportInput, f, '2022-01', '2026-10'), 3);
    console.log(`  ${String(n).padStart(5)} matches, ${String(n * 5).padStart(6)} rows: footprint ${find.toFixed(1)} ms, reports ${counted.toFixed(0)} ms`);
  }
}
