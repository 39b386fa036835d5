/**
 * Issue 5 through the bundle: February's report, generated in March and again in July after the match was paused
 * a second (and third) time through the sidebar, gives the same figures, because the earlier pauses are kept.
 */
import { wallTimeToInstant } from '../../src/sheets/cellDates';
import { sheetRecords, sidebarFixture, type SidebarFixture } from '../support/sidebar';

const at = (day: string) => wallTimeToInstant(day, 'Europe/Oslo', 9, 0);
const SHEET = 'Rapport 2026-02';

let f: SidebarFixture;
beforeEach(() => { f = sidebarFixture({ now: at('2026-03-05') }); });

function step(action: string, fields: object): void {
  const r = f.rpc('sidebarMatchAction', { matchId: 'K-002', action, ...fields });
  expect(r).toMatchObject({ ok: true });
}

/** The report sheet's figure rows (label → value) and the sidebar's headline. */
function february(): { figures: unknown[][]; headline: unknown } {
  const r = f.rpc('sidebarGenerateReport', { month: '2026-02' });
  expect(r.ok).toBe(true);
  // Only the «Laget» date may differ between the two runs.
  const figures = f.h.emu.sheetValues(SHEET).map((row) => row.slice(0, 3).map((v) => (typeof v === 'string' ? v.replace(/Laget \d\d\.\d\d\.\d{4}/, 'Laget …') : v)));
  return { figures, headline: r.headline };
}

const figure = (rows: unknown[][], label: string) => rows.find((row) => row[0] === label)?.[1];
const k002 = () => sheetRecords(f.h, 'Koblinger').find((r) => r.ID === 'K-002')!;

test('pausing again later leaves an earlier month\'s report unchanged', () => {
  step('pause', { pauseStart: '2026-02-15', pauseReason: 'Sykdom' });
  step('resume', { pauseEnd: '2026-03-01' });
  const before = february();
  expect(figure(before.figures, 'Koblinger på pause i måneden')).toBe(1);
  expect(figure(before.figures, 'På pause ved månedsslutt')).toBe(1);
  expect(k002()['Tidligere pauser']).toBe('');

  f.h.emu.clock.set(at('2026-07-05'));
  step('pause', { pauseStart: '2026-06-01', pauseReason: 'Ferie/reise' });
  step('resume', { pauseEnd: '2026-06-30' });
  step('pause', { pauseStart: '2026-07-01', pauseReason: 'Annet' });
  expect(k002()).toMatchObject({
    Status: 'Pause', Pauseårsak: 'Annet', 'Pause til': '',
    'Tidligere pauser': '15.02.2026–01.03.2026 (Sykdom); 01.06.2026–30.06.2026 (Ferie/reise)',
  });

  const after = february();
  expect(after).toEqual(before);
  expect(f.h.emu.writesWithoutLock({ valuesOnly: true })).toEqual([]);
});

test('a new pause is refused while the previous one has no «Pause til», and nothing is written', () => {
  step('pause', { pauseStart: '2026-02-15', pauseReason: 'Sykdom' });
  // The leader set the status back by hand without a «til» date.
  const col = f.h.emu.sheetValues('Koblinger')[0]!.indexOf('Status') + 1;
  const row = f.h.emu.sheetValues('Koblinger').findIndex((r) => r[0] === 'K-002') + 1;
  f.h.emu.typeByHand('Koblinger', row, col, [['Aktiv']]);
  const before = JSON.stringify(f.h.emu.sheetValues('Koblinger'));
  const r = f.rpc('sidebarMatchAction', { matchId: 'K-002', action: 'pause', pauseStart: '2026-03-01', pauseReason: 'Annet' });
  expect(r).toMatchObject({ ok: false });
  expect(r.message).toContain('Forrige pause (fra 15.02.2026) har ingen «Pause til».');
  expect(JSON.stringify(f.h.emu.sheetValues('Koblinger'))).toBe(before);
});
