/**
 * «Importer gammel logg» at 1,000 and 10,000 source rows (a contact log with 200 volunteers and participants):
 * service calls of one import (equal at both sizes: one read of the source tab, one write per target table),
 * the import's time on the emulator, and the pure planning time (detection + plan) from a grid.
 */
import { findLayout } from '../src/domain/legacy/detect';
import { planImport } from '../src/domain/legacy/plan';
import type { SourceCell } from '../src/domain/legacy/text';
import { runImport } from '../src/server/import/runImport';
import { setupSheets } from '../src/server/setupSheets';
import { gasHarness } from '../test/support/harness';
import { SAMPLE_NOW } from '../test/support/sampleAssociation';
import { timeIt } from './timeIt';

/** Invented names: a first name and a surname from two lists, `n` different people. */
const FIRST = ['Kari', 'Berit', 'Siri', 'Tone', 'Liv', 'Anne', 'Hege', 'Ragnhild', 'Ingrid', 'Marte', 'Solveig', 'Gunn', 'Eli', 'Turid', 'Randi', 'Nina', 'Wenche', 'Sissel', 'Heidi', 'Mona'];
const person = (role: string, k: number) => `${FIRST[k % FIRST.length]} ${role}${String.fromCharCode(97 + (Math.floor(k / FIRST.length) % 26))}${String.fromCharCode(97 + Math.floor(k / (FIRST.length * 26)))}sen`;

function legacyLog(n: number, people = 200): SourceCell[][] {
  const grid: SourceCell[][] = [['Kontaktlogg 2025'], [], ['Dato', 'Frivillig', 'Deltaker', 'Kontaktform', 'Hvordan går det', 'Kommentar']];
  const channels = ['ringte', 'SMS', 'kafé', 'Teams'];
  for (let i = 0; i < n; i++) {
    const p = i % people;
    // Notes name both, in full, first name alone and in the possessive, as leaders write them.
    const note = `Møttes på kafé med ${person('Fri', p).split(' ')[0]}, ${person('Del', p)}s barn var med; samtale nr ${i}`;
    grid.push([`${(i % 28) + 1}.${(i % 12) + 1}.${2020 + (i % 6)}`, person('Fri', p), person('Del', p), channels[i % 4]!, i % 3 ? 'bra' : 'greit', note]);
  }
  return grid;
}


function measure(n: number): { calls: Record<string, number>; ms: number; imported: number } {
  const h = gasHarness({ now: SAMPLE_NOW });
  try {
    h.run((p) => setupSheets(p));
    h.emu.addSheet('Gammel logg', legacyLog(n));
    h.emu.calls.reset();
    const t = process.hrtime.bigint();
    const r = h.run((p) => runImport(p, { sheetName: 'Gammel logg' }));
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    return { calls: h.emu.calls.snapshot(), ms, imported: r.counts.imported };
  } finally {
    h.dispose();
  }
}

export function benchImport(): void {
  const small = measure(1_000);
  const large = measure(10_000);
  const keys = [...new Set([...Object.keys(small.calls), ...Object.keys(large.calls)])].filter((k) => /getValues|setValues|insertRows|getDataRange|total/.test(k)).sort();
  const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
  console.log('service calls of one import     1,000 rows   10,000 rows');
  for (const k of keys) console.log(`  ${k.padEnd(28)} ${String(small.calls[k] ?? 0).padStart(11)} ${String(large.calls[k] ?? 0).padStart(13)}`);
  console.log(`  ${'all calls'.padEnd(28)} ${String(total(small.calls)).padStart(11)} ${String(total(large.calls)).padStart(13)}`);
  console.log(`rows imported: ${small.imported} and ${large.imported}; import on the emulator: ${small.ms.toFixed(0)} ms and ${large.ms.toFixed(0)} ms`);
  // The name scrubber is a word lookup: the cost per row must not grow with the number of people it knows.
  for (const [n, people] of [[1_000, 200], [10_000, 200], [10_000, 2_000]] as const) {
    const grid = legacyLog(n, people);
    const known = Array.from({ length: people }, (_, k) => ({ id: `F-${String(k + 1).padStart(3, '0')}`, name: person('Fri', k) }));
    const others = { volunteers: [], participants: Array.from({ length: people }, (_, k) => person('Del', k)) };
    const ms = timeIt(() => {
      const layout = findLayout(grid);
      planImport({
        sheetName: 'Gammel logg', grid, roles: layout.roles, blocks: layout.blocks, today: '2026-11-20', salt: 'bench', loggedBy: 'leder@example.org', loggedAt: '2026-11-20T09:00',
        existing: { ids: { volunteer: known.map((k) => k.id), participant: [], match: [], contact: [] }, volunteerNames: known, participantPrints: new Map(), matches: [], rowLog: new Map(), placeholders: new Map() },
        otherNames: others,
      });
    });
    console.log(`pure detection + plan, ${n.toLocaleString('en')} rows, ${people.toLocaleString('en')} known people: ${ms.toFixed(0)} ms (${((ms / n) * 1000).toFixed(1)} µs/row)`);
  }
}
