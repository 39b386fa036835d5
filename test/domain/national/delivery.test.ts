/** The national delivery: built from the published rows, and refused when it breaks the schema or the privacy line. */
import { checkDelivery } from '../../../src/domain/national/check';
import { buildDelivery } from '../../../src/domain/national/delivery';
import { missingFor, summarize, type StoredRow } from '../../../src/domain/national/summary';
import { computeMonthlyReport } from '../../../src/domain/report/compute';
import { publishedRows } from '../../../src/domain/report/published';
import { scenario } from '../report/scenario';

const KEY = 'a'.repeat(64);
const good = buildDelivery(KEY, '2026-03', 3, publishedRows(computeMonthlyReport(scenario('2026-03')), 3));
const withRow = (row: Record<string, unknown>) => JSON.stringify({ ...good, rows: [...good.rows, row] });

test('a delivery built from the published rows passes', () => {
  expect(checkDelivery(JSON.stringify(good))).toEqual({ ok: true, delivery: good });
});

test.each([
  ['not JSON', '{', 'Ikke gyldig JSON.'],
  ['another schema', JSON.stringify({ ...good, schema: 'x/2' }), 'schema:'],
  ['a short key', JSON.stringify({ ...good, key: 'abc' }), 'key: Nøkkelen er for kort.'],
  ['not a month', JSON.stringify({ ...good, month: '2026-13' }), 'month:'],
  ['an unknown figure', withRow({ figure: 'names.all', category: null, kind: 'count', value: 1, base: null, shown: '1' }), 'Ukjent tall.'],
  ['a protected count of 2 (threshold 3)', withRow({ figure: 'participants.byAge', category: 'Ny', kind: 'count', value: 2, base: null, shown: '2' }), 'skjermet tall under 3'],
  ['a protected split of 1', JSON.stringify({ ...good, rows: good.rows.map((r) => (r.figure === 'matches.endedEarly' ? { ...r, value: 1 } : r)) }), 'matches.endedEarly er et skjermet tall'],
  ['a category holding an ID', withRow({ figure: 'participants.byShelter', category: 'D-004', kind: 'count', value: 5, base: null, shown: '5' }), 'personopplysninger'],
  ['a category with a phone number', withRow({ figure: 'participants.byMunicipality', category: 'Ring 912 34 567', kind: 'count', value: 5, base: null, shown: '5' }), 'personopplysninger'],
  ['a repeated row', JSON.stringify({ ...good, rows: [...good.rows, good.rows[0]] }), 'står to ganger'],
  ['a negative value', withRow({ figure: 'inquiries.byKind', category: 'Ny', kind: 'count', value: -1, base: null, shown: '-1' }), 'Må være et tall, 0 eller mer.'],
])('%s is refused', (_, text, reason) => {
  const r = checkDelivery(text);
  expect(r.ok).toBe(false);
  expect(r.ok ? '' : r.reason).toContain(reason);
});

test('an association threshold below 3 is raised to the national minimum', () => {
  const low = { ...good, threshold: 1, rows: [...good.rows, { figure: 'participants.byAge', category: 'Ny', kind: 'count' as const, value: 2, base: null, shown: '2' }] };
  expect(checkDelivery(JSON.stringify(low)).ok).toBe(false);
});

describe('national totals', () => {
  const row = (association: string, month: string, figure: string, kind: StoredRow['kind'], value: number | null, base: number | null = null): StoredRow => ({ association, month, figure, category: null, kind, value, base });
  const rows = [
    row('A', '2026-10', 'inquiries.total', 'count', 3), row('B', '2026-10', 'inquiries.total', 'count', 4),
    row('A', '2026-10', 'followUps.activeFollowedUp', 'share', 1, 2), row('B', '2026-10', 'followUps.activeFollowedUp', 'share', 3, 4),
    row('A', '2026-10', 'matches.averageLengthMonths', 'mean', 9, 1), row('B', '2026-10', 'matches.averageLengthMonths', 'mean', 12, 3),
    row('A', '2026-10', 'matches.endedEarly', 'count', null), row('B', '2026-10', 'matches.endedEarly', 'count', 5),
    row('A', '2026-10', 'followUps.meetingsMedian', 'median', 3, 2),
    row('A', '2025-09', 'inquiries.total', 'count', 99), // outside the 12 months
  ];
  const s = summarize(rows, '2026-10');
  test.each([
    ['inquiries.total', { value: 7, atLeast: false, kind: 'count', base: null }],
    ['followUps.activeFollowedUp', { value: 4 / 6, atLeast: false, kind: 'share', base: 6 }],
    ['matches.averageLengthMonths', { value: (9 + 36) / 4, atLeast: false, kind: 'mean', base: 4 }],
    ['matches.endedEarly', { value: 6, atLeast: true, kind: 'count', base: null }],
    ['followUps.meetingsMedian', { value: null, atLeast: false, kind: 'median', base: 2 }],
    ['matches.started', { value: null, atLeast: false, kind: 'count', base: null }],
  ] as const)('%s', (figure, expected) => {
    expect(s.totals[figure]['2026-10']).toEqual(expected);
  });
  test('months, who reported, who is missing', () => {
    expect(s.months).toHaveLength(12);
    expect(s.months[0]).toBe('2025-11');
    expect(s.reported['2026-10']).toEqual(['A', 'B']);
    expect(missingFor(['C', 'B', 'A'], rows, '2026-10')).toEqual(['C']);
    expect(missingFor(['C', 'B', 'A'], rows, '2026-09')).toEqual(['A', 'B', 'C']);
  });
});
