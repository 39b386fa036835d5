/**
 * The sidebar's follow-up page and «I dag» through the built bundle on the emulator: service calls to open it and to save
 * one follow-up with 100 and with 10,000 Kontaktlogg rows (they must be equal), plus the sidebar HTML size. The
 * 10,000 rows fill their sheet exactly, so the first save there grows it (one call) and the second is measured.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GROW_ROWS } from '../src/sheets/workbook';
import { DIST } from '../test/support/harness';
import { typeRows } from '../test/support/sampleAssociation';
import { sidebarFixture } from '../test/support/sidebar';

const pad = (n: number) => String(n).padStart(5, '0');

function measure(contactRows: number): { open: number; today: number; todayMs: number; first: number; save: number; step: number; openMs: number; saveMs: number; calls: Record<string, number>; stepCalls: Record<string, number> } {
  const { h, rpc } = sidebarFixture();
  const have = h.emu.sheetInfo('Kontaktlogg').lastRow - 1;
  const matches = ['K-001', 'K-002', 'K-003'];
  typeRows(h.emu, 'Kontaktlogg', Array.from({ length: contactRows - have }, (_, i) => ({
    ID: `L-${pad(have + i + 1)}`, Dato: '15.06.2026', 'Koblings-ID': matches[i % 3]!, 'Med hvem': 'Frivillig', Kanal: 'Telefon', Type: 'Månedlig oppfølging', 'Møter siden sist': 3, Merknad: 'Går fint, møttes på kafé.',
  })));
  h.emu.calls.reset();
  let t = process.hrtime.bigint();
  const page = rpc('sidebarOpen', 'followUp');
  const openMs = Number(process.hrtime.bigint() - t) / 1e6;
  if (!page.ok) throw new Error(page.message);
  const open = h.emu.calls.total();
  h.emu.calls.reset();
  t = process.hrtime.bigint();
  const todayPage = rpc('sidebarOpen', 'today');
  const todayMs = Number(process.hrtime.bigint() - t) / 1e6;
  if (!todayPage.ok) throw new Error(todayPage.message);
  const today = h.emu.calls.total();
  const save = () => {
    h.emu.calls.reset();
    const saved = rpc('sidebarSaveFollowUp', { date: '2026-11-20', matchId: 'K-001', volunteerId: null, withWhom: 'Frivillig', channel: 'Telefon', kind: 'Månedlig oppfølging', howItGoes: 'Bra', meetingsSinceLast: 2, activities: '', concern: false, note: 'Bench.', nextFollowUp: null });
    if (!saved.ok) throw new Error(saved.message);
    return h.emu.calls.total();
  };
  // The rows were typed into a sheet exactly as long as they are; the first save grows it by a chunk.
  const first = save();
  t = process.hrtime.bigint();
  const next = save();
  const saveMs = Number(process.hrtime.bigint() - t) / 1e6;
  const calls = h.emu.calls.snapshot();
  // A match step (pause), with «Neste frist» rewritten in the same save.
  h.emu.calls.reset();
  const paused = rpc('sidebarMatchAction', { matchId: 'K-002', action: 'pause', pauseStart: '2026-11-20', pauseReason: 'Sykdom' });
  if (!paused.ok) throw new Error(paused.message);
  return { open, today, todayMs, first, save: next, step: h.emu.calls.total(), openMs, saveMs, calls, stepCalls: h.emu.calls.snapshot() };
}

export function benchSidebar(): void {
  const small = measure(100);
  const large = measure(10_000);
  console.log('service calls (bundle on the emulator)   100 contact rows   10,000 contact rows');
  console.log(`  open follow-up page                 ${String(small.open).padStart(18)} ${String(large.open).padStart(21)}`);
  console.log(`  open «I dag» (all reminder rules)    ${String(small.today).padStart(18)} ${String(large.today).padStart(21)}`);
  console.log(`  save one follow-up                  ${String(small.save).padStart(18)} ${String(large.save).padStart(21)}`);
  console.log(`  one match step (pause)              ${String(small.step).padStart(18)} ${String(large.step).padStart(21)}`);
  console.log(`  first save into a full sheet        ${String(small.first).padStart(18)} ${String(large.first).padStart(21)}   (+1 insertRowsAfter: grows ${GROW_ROWS} rows, once per ${GROW_ROWS} saves)`);
  console.log(`  save, by method (10,000 rows): ${Object.entries(large.calls).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  match step, by method (10,000 rows): ${Object.entries(large.stepCalls).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`emulator wall time, 10,000 rows: open ${large.openMs.toFixed(0)} ms, «I dag» ${large.todayMs.toFixed(0)} ms, save ${large.saveMs.toFixed(0)} ms (parsing dominates; not a threshold)`);
  const html = readFileSync(join(DIST, 'Sidebar.html'));
  console.log(`dist/Sidebar.html: ${html.length} bytes (${gzipSync(html).length} gzipped), one HtmlService load for all tabs`);
}
