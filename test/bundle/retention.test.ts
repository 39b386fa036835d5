/** «Slett gamle personopplysninger» through the built dist/Code.js on the emulator, in both deployment modes. */
import { bundleHarness, type BundleHarness } from '../support/harness';
import { fillEmptyNotes, typeLargeAssociation } from '../support/retentionData';
import { SAMPLE_NOW, typeSampleAssociation, typeSettings } from '../support/sampleAssociation';

/** 2029-01-15 09:00 in Oslo: the sample's ended matches (2026) are past the default 24 months; the open ones are open. */
const LATER = new Date('2029-01-15T08:00:00Z');
const OPEN = new Set(['Foreslått', 'Koblingsmøte avtalt', 'Aktiv', 'Pause']);
const DATA_SHEETS = ['Frivillige', 'Deltakere', 'Koblinger', 'Kontaktlogg', 'Henvendelser', 'Kurs', 'Kontaktinfo'];

type Grid = Array<Array<string | number | boolean | Date>>;
const snapshot = (h: BundleHarness) => Object.fromEntries(DATA_SHEETS.map((s) => [s, h.emu.sheetValues(s)])) as Record<string, Grid>;
const col = (grid: Grid, header: string) => grid[0]!.indexOf(header);
const lastAlert = (h: BundleHarness) => h.emu.ui.alerts.at(-1)!;

/** Every cell that changed: [sheet, row, header, before, after]. */
function changes(before: Record<string, Grid>, after: Record<string, Grid>): Array<[string, number, string, unknown, unknown]> {
  const out: Array<[string, number, string, unknown, unknown]> = [];
  for (const s of DATA_SHEETS) {
    const [a, b] = [before[s]!, after[s]!];
    for (let r = 0; r < Math.max(a.length, b.length); r++) {
      for (let c = 0; c < a[0]!.length; c++) {
        const x = a[r]?.[c] ?? '';
        const y = b[r]?.[c] ?? '';
        if (String(x) !== String(y)) out.push([s, r + 1, String(a[0]![c]), x, y]);
      }
    }
  }
  return out;
}

function sampleLater(deployment: 'bound' | 'addon'): BundleHarness {
  const h = bundleHarness({ deployment, now: SAMPLE_NOW });
  h.call('menuSetupSheets');
  typeSampleAssociation(h.emu, { withBadRows: true });
  fillEmptyNotes(h.emu);
  h.emu.clock.set(LATER);
  return h;
}

describe.each(['bound', 'addon'] as const)('Slett gamle personopplysninger through the bundle (%s)', (deployment) => {
  test('the menu has the item; the preview asks first, and «Nei» changes nothing', () => {
    const h = sampleLater(deployment);
    h.call('onOpen', [{ authMode: 'LIMITED' }]);
    expect(h.emu.ui.menuHandlers()).toContain('menuPurgeOldData');
    const before = snapshot(h);
    const writes = h.emu.writes.length;
    h.emu.ui.answerNext('NO');
    h.call('menuPurgeOldData');
    const ask = lastAlert(h);
    expect(ask.buttons).toBe('YES_NO');
    expect(ask.prompt).toContain('Lagringstiden er 24 måneder etter avslutning');
    expect(ask.prompt).toContain('• Koblinger: 3 merknader');
    expect(ask.prompt).toContain('Fil → Versjonslogg → Se versjonslogg');
    expect(ask.prompt).toContain('Fil → Lag en kopi');
    expect(changes(before, snapshot(h))).toEqual([]);
    expect(h.emu.writes.slice(writes)).toEqual([]);
  });

  test('purges only what is past retention, never anything of an open match; a second run purges nothing', () => {
    const h = sampleLater(deployment);
    const before = snapshot(h);
    const matches = before.Koblinger!;
    const [idC, statusC, volC, partC] = ['ID', 'Status', 'Frivillig-ID', 'Deltaker-ID'].map((x) => col(matches, x)) as [number, number, number, number];
    const open = matches.slice(1).filter((r) => OPEN.has(String(r[statusC])));
    const openIds = new Set(open.flatMap((r) => [r[idC], r[volC], r[partC]].map(String)));
    expect(openIds).toEqual(new Set(['K-001', 'F-001', 'D-001', 'K-002', 'F-002', 'D-002', 'K-003', 'F-003', 'D-003', 'K-004', 'F-005', 'D-004', 'K-007', 'F-011', 'D-007', 'K-009', 'F-099', 'D-008']));

    h.emu.ui.answerNext('YES');
    h.call('menuPurgeOldData');
    expect(lastAlert(h).prompt).toMatch(/^Slettet:\n• Frivillige: 1 merknad\n/);
    expect(lastAlert(h).prompt).toContain('Googles versjonslogg tar fortsatt vare på de gamle verdiene');
    const after = snapshot(h);
    const changed = changes(before, after);

    // Only note, activity and contact-detail cells, and only to blank.
    const allowed = new Set(['Merknad', 'Aktiviteter', 'Frivillig-ID', 'Navn', 'Telefon', 'E-post', 'Foretrukket kontakt']);
    for (const [sheet, , header, , now] of changed) expect([sheet, header, now]).toEqual([sheet, allowed.has(header) ? header : 'not allowed', '']);
    // Nothing about an open match or its two people.
    for (const [sheet, row] of changed) {
      const cells = before[sheet]!;
      const about = sheet === 'Kontaktlogg'
        ? [cells[row - 1]![col(cells, 'Koblings-ID')], cells[row - 1]![col(cells, 'Frivillig-ID')]]
        : sheet === 'Kontaktinfo' ? [cells[row - 1]![col(cells, 'Frivillig-ID')]] : [cells[row - 1]![col(cells, 'ID')]];
      for (const id of about) expect([sheet, row, openIds.has(String(id))]).toEqual([sheet, row, false]);
    }
    const rows = (sheet: string) => [...new Set(changed.filter((c) => c[0] === sheet).map((c) => String(before[sheet]![c[1] - 1]![0])))].sort();
    expect(rows('Koblinger')).toEqual(['K-005', 'K-006', 'K-008']);
    expect(rows('Frivillige')).toEqual(['F-008']); // F-004 and F-009 are «Godkjent», between matches: they stay
    expect(rows('Deltakere')).toEqual(['D-005', 'D-006']); // D-008's other match (K-009) is open
    expect(rows('Kontaktlogg')).toEqual(['L-00013', 'L-00014']); // L-00012 is about F-004, who stays
    expect(rows('Henvendelser')).toEqual(['H-0001', 'H-0002', 'H-0003', 'H-0004', 'H-0005']);
    expect(rows('Kurs')).toEqual(['KU-001', 'KU-002']);
    expect(rows('Kontaktinfo')).toEqual([]); // F-001, F-002, F-003 and F-007 are all still current
    // The log row: counts only.
    const log = h.emu.sheetValues('Kjørelogg');
    expect(log.at(-1)!.slice(1)).toEqual(['OK', '', '', expect.stringMatching(/^Sletting av gamle personopplysninger \(lagringstid 24 måneder\): Frivillige: 1 merknad; .*Kurs: 2 merknader\.$/)]);
    expect(String(log.at(-1)![4])).not.toMatch(/rad \d|Venter fortsatt/);
    expect(h.emu.writesWithoutLock({ valuesOnly: true })).toEqual([]);

    h.call('menuPurgeOldData');
    expect(lastAlert(h).prompt).toBe('Ingenting å slette. Lagringstiden er 24 måneder etter avslutning (Innstillinger).');
    expect(changes(after, snapshot(h))).toEqual([]);
  });

  test('Kontaktinfo of a volunteer who quit and is past retention is emptied, row and all; one between matches stays', () => {
    const h = sampleLater(deployment);
    const grid = h.emu.sheetValues('Kontaktinfo');
    h.emu.typeByHand('Kontaktinfo', grid.length + 1, 1, [['F-008', 'Olga Oppdiktet', '400 00 008', 'ikke-en-adresse', 'SMS'], ['F-009', 'Petra Påfunnet', '400 00 009', 'petra@example.org', '']]);
    h.emu.ui.answerNext('YES');
    h.call('menuPurgeOldData');
    const after = h.emu.sheetValues('Kontaktinfo');
    // F-008 quit (Sluttet) long ago: gone. F-009 is «Godkjent» after an old match: she may be matched again.
    expect(after.slice(1).map((r) => r[0])).toEqual(['F-001', 'F-002', 'F-003', 'F-007', '', 'F-009']);
    expect(JSON.stringify(after)).not.toMatch(/Olga|ikke-en-adresse|400 00 008/); // a bad email is still contact details
    expect(JSON.stringify(after)).toMatch(/Petra/);
    h.call('menuCheckData');
    expect(h.emu.sheetValues('Datakontroll').filter((r) => r[1] === 'Kontaktinfo')).toEqual([]);
  });

  test('the monthly report of an old month is identical before and after the purge', () => {
    const h = sampleLater(deployment);
    const report = () => {
      h.emu.ui.answerNext({ button: 'OK', text: '2026-06' });
      h.call('menuMonthlyReport');
      return h.emu.sheetValues('Rapport 2026-06');
    };
    const before = report();
    h.emu.ui.answerNext('YES');
    h.call('menuPurgeOldData');
    expect(lastAlert(h).prompt).toMatch(/^Slettet:/);
    expect(report()).toEqual(before);
  });
});

describe('service calls do not grow with rows', () => {
  function purgeCalls(n: number): { calls: Record<string, number>; purged: string } {
    const h = bundleHarness({ now: SAMPLE_NOW });
    h.call('menuSetupSheets');
    typeSettings(h.emu, { Lokalforening: 'Stor forening' }, [['Senter', 'rolle', 'By']]);
    typeLargeAssociation(h.emu, n);
    h.emu.calls.reset();
    h.emu.ui.answerNext('YES');
    h.call('menuPurgeOldData');
    const calls = h.emu.calls.snapshot();
    delete calls['Ui.alert'];
    return { calls, purged: lastAlert(h).prompt };
  }

  test('100 and 5,000 matches (ended and running interleaved row by row) take the same calls', () => {
    const small = purgeCalls(100);
    const large = purgeCalls(5000);
    expect(small.purged).toContain('• Kontaktlogg: 100 rader (merknad og aktiviteter)');
    expect(large.purged).toContain('• Kontaktlogg: 5000 rader (merknad og aktiviteter)');
    expect(large.purged).toContain('• Deltakere: 2500 merknader');
    expect(large.purged).toContain('• Kontaktinfo: 2500 personer');
    expect(large.calls).toEqual(small.calls);
    // One setValues per column block (two in Kontaktlogg: Aktiviteter and Merknad are apart), one for Kjørelogg.
    expect(small.calls['Range.setValues']).toBe(9);
    expect(small.calls['Range.getValues']).toBe(19); // the preview's 9 reads (Varsellogg too), the run's 9 and Kjørelogg
  }, 120_000);
});
