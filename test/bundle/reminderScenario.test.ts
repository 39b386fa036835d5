/** The year-long reminder scenario (see reminderScenario.ts): exact emails on exact days, and nothing leaks. */
import { runScenario, PEOPLE, type DatedMail } from './reminderScenario';

const LEADER = 'leder@example.org';
const report = (day: string, month: string) => [day, LEADER, [`Månedsrapport: Lag månedsrapport for ${month}`]] as const;

/** Day, recipient, and each item line as «code: first words of the text». */
const EXPECTED: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['2026-01-22', LEADER, ['F-003: Ny frivillig påmeldt 19.01.2026']],
  ['2026-01-30', LEADER, ['K-001: Koblingsmøte 31.01.2026: bekreft']],
  report('2026-02-01', 'januar 2026'),
  ['2026-02-03', LEADER, ['K-001: Koblingsmøtet var 31.01.2026: ring']],
  ['2026-02-04', LEADER, ['D-002: Deltaker har ventet på kobling i 30 dager']],
  ['2026-02-09', LEADER, ['F-002: Godkjent frivillig uten kobling i 30 dager']],
  ['2026-02-23', LEADER, ['K-001: Første måned slutter 01.03.2026']],
  report('2026-03-01', 'februar 2026'),
  ['2026-03-06', LEADER, ['D-002: Deltaker har ventet på kobling i 60 dager']],
  ['2026-03-11', LEADER, ['F-002: Godkjent frivillig uten kobling i 60 dager']],
  report('2026-04-01', 'mars 2026'),
  report('2026-05-01', 'april 2026'),
  report('2026-06-01', 'mai 2026'),
  report('2026-07-01', 'juni 2026'),
  ['2026-07-16', LEADER, ['K-001: Månedlig oppfølging: siste oppfølging 16.06.2026 (30 dager)']],
  // Overdue is strictly more than «Forfalt etter» (45) days: day 46, the same day as the report item.
  ['2026-08-01', LEADER, ['K-001: Oppfølging forfalt: siste oppfølging 16.06.2026 (46 dager)', 'Månedsrapport: Lag månedsrapport for juli 2026']],
  ['2026-08-08', LEADER, ['K-001: Oppfølging forfalt: siste oppfølging 16.06.2026 (53 dager)']],
  ['2026-08-15', LEADER, ['K-001: Oppfølging forfalt: siste oppfølging 16.06.2026 (60 dager)']],
  report('2026-09-01', 'august 2026'),
  report('2026-10-01', 'september 2026'),
  report('2026-11-01', 'oktober 2026'),
  ['2026-11-06', LEADER, ['K-001: Bekymring meldt i oppfølgingen 05.11.2026 (L-00010)']],
  report('2026-12-01', 'november 2026'),
  report('2027-01-01', 'desember 2026'),
  ['2027-01-03', LEADER, ['K-001: Planlagt slutt 02.02.2027: planlegg']],
  ['2027-01-03', 'sunniva.oppdiktsen@example.org', []],
  report('2027-02-01', 'januar 2027'),
  ['2027-02-03', LEADER, ['K-001: Mer enn 12 måneder siden start 02.02.2026']],
  ['2027-02-17', LEADER, ['K-001: Koblingen ble avsluttet 03.02.2027: send evalueringsskjemaet.']],
  report('2027-03-01', 'februar 2027'),
];

const items = (m: DatedMail) => m.body.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));

describe.each(['bound', 'addon'] as const)('a year of daily reminders (%s)', (deployment) => {
  const { h, mails, days } = runScenario(deployment);

  test('ran every day, in the trigger context, with one trigger', () => {
    expect(days).toBe(406);
    expect(h.emu.triggers.list()).toHaveLength(1);
    const log = h.emu.sheetValues('Kjørelogg').slice(1).map((r) => r[1]);
    expect(log.filter((r) => r === 'Feil' || r === 'Delvis')).toEqual([]);
    expect(log).toHaveLength(days + 1);
  });

  test('exactly these emails on exactly these days, and nothing on the others', () => {
    expect(mails.map((m) => [m.day, m.to])).toEqual(EXPECTED.map(([day, to]) => [day, to]));
    EXPECTED.forEach(([day, to, lines], i) => {
      const got = items(mails[i]!);
      expect([day, to, got.length]).toEqual([day, to, lines.length]);
      lines.forEach((line, k) => expect([day, got[k]!.slice(0, line.length)]).toEqual([day, line]));
    });
  });

  test('subjects say how much and the day', () => {
    for (const m of mails.filter((x) => x.to === LEADER)) {
      const n = items(m).length;
      const [y, mo, d] = m.day.split('-');
      expect(m.subject).toMatch(new RegExp(`^Ressursvenn Testby Sanitetsforening: ${n} ting å følge opp ${d}\\.${mo}\\.${y}`));
    }
    expect(mails.find((m) => m.day === '2026-11-06')!.subject).toBe('Ressursvenn Testby Sanitetsforening: 1 ting å følge opp 06.11.2026 (1 bekymring)');
    const volunteer = mails.find((m) => m.to !== LEADER)!;
    expect(volunteer.subject).toBe('Ressursvenn Testby Sanitetsforening: koblingen din nærmer seg slutten');
    expect(volunteer.body).toContain('planlagt slutt er 02.02.2027');
  });

  test('privacy: no email carries a name, alias, note, phone, email or attribute of anyone', () => {
    const forbidden = [
      ...PEOPLE.volunteers.flatMap((v) => [v['Alias/initialer'], v.Merknad, v.Interesser, v.Språk, v.Fødselsår]),
      ...PEOPLE.participants.flatMap((p) => [p.Krisesenter, p.Kommune, p.Merknad, p.Behov, p.Språk, p.Fødselsår]),
      ...PEOPLE.contactInfo.flatMap((c) => [c.Navn, ...String(c.Navn).split(' '), c.Telefon, String(c.Telefon).replace(/\D/g, '').slice(-8), '411 22 333', c['E-post']]),
      'Fjordvik', 'Tolk bestilt', 'fjellturer', 'kafé og tur', 'urolig', 'barnehage', 'tigrinja',
    ].filter((s) => s !== undefined).map(String).filter((s) => s.trim() !== '');
    expect(mails.length).toBeGreaterThan(25);
    for (const m of mails) {
      // The recipient's own address is the envelope, not the content.
      const content = [m.subject, m.body, m.htmlBody].join('\n');
      for (const f of forbidden) {
        const hit = new RegExp(`(^|[^\\p{L}\\p{N}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'iu').test(content);
        expect([m.day, m.to, f, hit]).toEqual([m.day, m.to, f, false]);
      }
    }
  });

  test('the Koblinger column and the ledger tell the same story at the end', () => {
    const grid = h.emu.sheetValues('Koblinger');
    const col = grid[0]!.indexOf('Neste frist');
    expect(grid.slice(1).map((r) => [r[0], r[col]])).toEqual([['K-001', ''], ['K-002', '']]);
    const ledger = h.emu.sheetValues('Varsellogg').slice(1);
    expect(ledger).toHaveLength(EXPECTED.reduce((n, e) => n + Math.max(1, e[2].length), 0));
  });
});
