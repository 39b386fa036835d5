/**
 * Setup, data check and "read all tables" on the emulator at 100 and at 10,000 rows per table: the service
 * calls must be equal (batch I/O). Also the pure validation time of 10,000 rows per table.
 */
import { checkData } from '../src/server/checkData';
import { readAll } from '../src/server/readAll';
import { setupSheets } from '../src/server/setupSheets';
import { parseTable } from '../src/sheets/parseTable';
import { CONTACTS, MATCHES, VOLUNTEERS } from '../src/sheets/tables';
import { Workbook } from '../src/sheets/workbook';
import { gasHarness } from '../test/support/harness';
import { SAMPLE_NOW, typeRows } from '../test/support/sampleAssociation';
import { timeIt } from './timeIt';

const pad = (n: number, d: number) => String(n).padStart(d, '0');

function volunteers(n: number) {
  return Array.from({ length: n }, (_, i) => ({ ID: `F-${pad(i + 1, 3)}`, 'Alias/initialer': `V${i}`, Fødselsår: 1960 + (i % 40), Kommune: 'Eksempelby', 'Påmeldt dato': '01.02.2026', 'Kurs fullført': '10.02.2026', Kartleggingssamtale: '12.02.2026', 'Politiattest vist': '15.02.2026', 'Taushetserklæring N.K.S.': '15.02.2026', 'Taushetserklæring krisesenter': '16.02.2026', Status: 'I kobling' }));
}
function participants(n: number) {
  return Array.from({ length: n }, (_, i) => ({ ID: `D-${pad(i + 1, 3)}`, Kommune: 'Eksempelby', Fødselsår: 1970 + (i % 35), 'Henvist dato': '01.01.2026', Status: 'I kobling' }));
}
function matches(n: number) {
  return Array.from({ length: n }, (_, i) => ({ ID: `K-${pad(i + 1, 3)}`, 'Frivillig-ID': `F-${pad(i + 1, 3)}`, 'Deltaker-ID': `D-${pad(i + 1, 3)}`, Status: 'Aktiv', Koblingsmøte: '20.02.2026', Startdato: '01.03.2026', 'Avtalt lengde (mnd)': 12, 'Planlagt slutt': '01.03.2027' }));
}
function contacts(n: number) {
  return Array.from({ length: n }, (_, i) => ({ ID: `L-${pad(i + 1, 5)}`, Dato: '15.06.2026', 'Koblings-ID': `K-${pad((i % 100) + 1, 3)}`, 'Med hvem': 'Frivillig', Kanal: 'Telefon', Type: 'Månedlig oppfølging', 'Møter siden sist': 3, Merknad: 'Går fint, møttes på kafé.' }));
}

function measure(rows: number): Record<string, number> {
  const h = gasHarness({ now: SAMPLE_NOW });
  try {
    h.run((p) => setupSheets(p));
    typeRows(h.emu, 'Frivillige', volunteers(rows));
    typeRows(h.emu, 'Deltakere', participants(rows));
    typeRows(h.emu, 'Koblinger', matches(rows));
    typeRows(h.emu, 'Kontaktlogg', contacts(rows));
    const out: Record<string, number> = {};
    h.emu.calls.reset();
    h.run((p) => setupSheets(p));
    out.setup = h.emu.calls.total();
    h.run((p) => checkData(p));
    h.emu.calls.reset();
    h.run((p) => checkData(p));
    out.check = h.emu.calls.total();
    h.emu.calls.reset();
    h.run((p) => readAll(new Workbook(p.spreadsheet(), 'Europe/Oslo')));
    out.readAll = h.emu.calls.total();
    return out;
  } finally {
    h.dispose();
  }
}


export function benchFoundation(): void {
  const small = measure(100);
  const large = measure(10_000);
  console.log('service calls            100 rows/table   10,000 rows/table');
  for (const k of Object.keys(small)) console.log(`  ${k.padEnd(22)} ${String(small[k]).padStart(14)} ${String(large[k]).padStart(19)}`);

  // Pure validation: parse 10,000 (and 100,000) rows per table straight from grids, as the sheets would return them.
  const tz = 'Europe/Oslo';
  const d = (s: string) => new Date(`${s.slice(6)}-${s.slice(3, 5)}-${s.slice(0, 2)}T00:00:00+01:00`);
  for (const n of [10_000, 100_000]) {
    const vGrid = [VOLUNTEERS.columns.map((c) => c.header), ...volunteers(n).map((r) => VOLUNTEERS.columns.map((c) => {
      const v = (r as Record<string, unknown>)[c.header];
      return typeof v === 'string' && /^\d\d\.\d\d\.\d{4}$/.test(v) ? d(v) : v ?? (c.kind === 'bool' ? false : '');
    }))];
    const mGrid = [MATCHES.columns.map((c) => c.header), ...matches(n).map((r) => MATCHES.columns.map((c) => {
      const v = (r as Record<string, unknown>)[c.header];
      return typeof v === 'string' && /^\d\d\.\d\d\.\d{4}$/.test(v) ? d(v) : v ?? (c.kind === 'bool' ? false : '');
    }))];
    const cGrid = [CONTACTS.columns.map((c) => c.header), ...contacts(n).map((r) => CONTACTS.columns.map((c) => {
      const v = (r as Record<string, unknown>)[c.header];
      return typeof v === 'string' && /^\d\d\.\d\d\.\d{4}$/.test(v) ? d(v) : v ?? (c.kind === 'bool' ? false : '');
    }))];
    const ms = timeIt(() => {
      parseTable(VOLUNTEERS, vGrid, tz);
      parseTable(MATCHES, mGrid, tz);
      parseTable(CONTACTS, cGrid, tz);
    });
    console.log(`pure validation, ${n.toLocaleString('en')} rows x 3 tables: ${ms.toFixed(0)} ms (${((ms / (3 * n)) * 1000).toFixed(1)} µs/row)`);
  }
}
