/** The CSV attachment: one row per published figure, a versioned schema, text that cannot run as a formula. */
import { CSV_COLUMNS, parseCsv, publishedCsv } from '../../../src/domain/report/attachment';
import { computeMonthlyReport } from '../../../src/domain/report/compute';
import { publishedRows } from '../../../src/domain/report/published';
import { leaksInRows } from '../../support/reportPrivacy';
import { scenario } from './scenario';

describe.each([['2026-03', 3], ['2026-05', 5]])('CSV for %s, threshold %i', (month, t) => {
  const rows = publishedRows(computeMonthlyReport(scenario(month)), t);
  const parsed = parseCsv(publishedCsv('Eksempelby, «sanitet»', month, rows));

  test('reads back to the published rows, with the schema and association on every row', () => {
    expect(parsed).toHaveLength(rows.length);
    parsed.forEach((p, i) => {
      const r = rows[i]!;
      expect(p).toEqual({ schema: 'ressursvenn-manedsrapport/1', association: 'Eksempelby, «sanitet»', month, figure: r.figure, category: r.category, label: r.label, kind: r.kind, value: r.value, base: r.base, shown: r.shown, protected: r.protected ? 1 : 0 });
    });
  });

  test('no protected count under the threshold', () => {
    expect(leaksInRows(parsed as never, t)).toEqual([]);
    expect(parsed.some((p) => p.protected === 1 && p.value === null)).toBe(true);
  });
});

test('a label that would be a formula in a spreadsheet gets an apostrophe, and reads back as typed', () => {
  const row = { figure: 'participants.byShelter' as const, category: '=HYPERLINK("x")', label: '=HYPERLINK("x")', kind: 'count' as const, value: 4, base: null, shown: '4', protected: true, hidden: false };
  const csv = publishedCsv('A', '2026-03', [row]);
  expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  expect(parseCsv(csv)[0]!.category).toBe('=HYPERLINK("x")');
});
