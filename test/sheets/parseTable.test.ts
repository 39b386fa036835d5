import { parseTable } from '../../src/sheets/parseTable';
import { VOLUNTEERS } from '../../src/sheets/tables';

const TZ = 'Europe/Oslo';
const headers = VOLUNTEERS.columns.map((c) => c.header);

function row(patch: Record<string, unknown>): unknown[] {
  const base: Record<string, unknown> = { ID: 'F-001', 'Alias/initialer': 'AB', Fødselsår: 1980, Status: 'Påmeldt', 'Kan møte med barn': false };
  const all = { ...base, ...patch };
  return headers.map((h) => all[h] ?? '');
}

describe('parseTable', () => {
  test('finds columns by header in any order and keeps extra columns out of the record', () => {
    const shuffled = ['Egen kolonne', ...[...headers].reverse()];
    const values = ['noe', ...[...row({})].reverse()];
    const t = parseTable(VOLUNTEERS, [shuffled, values], TZ);
    expect(t.problems).toEqual([]);
    expect(t.records).toHaveLength(1);
    expect(t.records[0]!.record).toMatchObject({ id: 'F-001', alias: 'AB', birthYear: 1980 });
    expect(t.records[0]!.row).toBe(2);
  });

  test('blank rows in the middle are skipped, not errors', () => {
    const blank = headers.map(() => '');
    const t = parseTable(VOLUNTEERS, [headers, row({}), blank, row({ ID: 'F-002' })], TZ);
    expect(t.records.map((r) => [r.row, r.record.id])).toEqual([[2, 'F-001'], [4, 'F-002']]);
  });

  test('one bad row never stops the rest; messages are precise', () => {
    const t = parseTable(VOLUNTEERS, [
      headers,
      row({ 'Påmeldt dato': '31.02.2026' }),
      row({ ID: 'F-002', Fødselsår: 1890 }),
      row({ ID: 'F-003', Status: 'Aktivv' }),
      row({ ID: 'F-001' }),
      row({ ID: 'F-005', Merknad: '=IMPORTXML("http://x","//a")' }),
    ], TZ);
    const problems = t.rows.flatMap((r) => r.problems).map((p) => `${p.row}:${p.column}:${p.message}`);
    expect(problems).toEqual([
      '2:Påmeldt dato:«31.02.2026» er ikke en gyldig dato (skriv dd.mm.åååå).',
      '3:Fødselsår:Må være et helt år mellom 1920 og 2010.',
      '4:Status:«Aktivv» er ikke en gyldig verdi. Gyldige verdier: Påmeldt, Under kartlegging, Godkjent, I kobling, Sluttet.',
      '5:ID:«F-001» finnes også på rad 2. Hver ID skal bare stå én gang; denne raden telles ikke.',
    ]);
    // Row 2 failed; the formula-looking note is just text in a valid row.
    expect(t.records.map((r) => r.record.id)).toEqual(['F-005']);
    expect(t.records[0]!.record.note).toBe('=IMPORTXML("http://x","//a")');
  });

  test('a renamed header is reported and the rest still reads', () => {
    const renamed = headers.map((h) => (h === 'Fødselsår' ? 'Født' : h));
    const t = parseTable(VOLUNTEERS, [renamed, row({})], TZ);
    expect(t.problems.map((p) => p.message)).toEqual([expect.stringContaining('Kolonnen «Fødselsår» mangler')]);
    expect(t.records[0]!.record.birthYear).toBeNull();
  });

  test('without the ID column no row can be read, and that is said', () => {
    const t = parseTable(VOLUNTEERS, [headers.filter((h) => h !== 'ID'), ['AB']], TZ);
    expect(t.records).toEqual([]);
    expect(t.problems.some((p) => p.message.includes('«ID» mangler'))).toBe(true);
  });

  test('a missing sheet is one problem', () => {
    const t = parseTable(VOLUNTEERS, null, TZ);
    expect(t.exists).toBe(false);
    expect(t.problems[0]!.message).toMatch(/Arket «Frivillige» finnes ikke/);
  });

  test('50,000-character note is refused with the limit named', () => {
    const t = parseTable(VOLUNTEERS, [headers, row({ Merknad: 'x'.repeat(50000) })], TZ);
    expect(t.rows[0]!.problems[0]!.message).toBe('Høyst 2000 tegn.');
  });
});
