import { composeDigest, composeVolunteerNotice, rowLink } from '../../../src/domain/reminders/digest';
import { digestItems, indexLedger, ledgerEntries } from '../../../src/domain/reminders/ledger';
import type { DueItem } from '../../../src/domain/reminders/types';

const item = (o: Partial<DueItem>): DueItem => ({
  rule: 'follow-up', code: 'K-001', key: 'follow-up:K-001:2026-01-07', urgency: 'nå', text: 'Ta kontakt.', label: 'Oppfølging',
  table: 'matches', row: 2, date: '2026-02-06', until: null, repeatEveryDays: null, ...o,
});

describe('ledger: exactly once, explicit repeats, concerns ride along', () => {
  const followUp = item({});
  const overdue = item({ rule: 'follow-up-overdue', key: 'overdue:K-002:2026-01-01', code: 'K-002', urgency: 'forfalt', repeatEveryDays: 7 });
  const concern = item({ rule: 'concern', key: 'concern:L-00009', code: 'K-003', urgency: 'bekymring', repeatEveryDays: 7, table: 'contacts', row: 10 });
  const sent = (entries: Array<[string, string]>) => indexLedger(entries.map(([date, key]) => ({ date, key, recipient: 'a@example.org', code: '' }))).get('a@example.org');

  test.each<[string, string, Array<[string, string]>, DueItem[], string[]]>([
    ['nothing sent yet: all, most urgent first', '2026-02-06', [], [followUp, overdue, concern], ['concern:L-00009', 'overdue:K-002:2026-01-01', 'follow-up:K-001:2026-01-07']],
    ['same day again: nothing', '2026-02-06', [['2026-02-06', followUp.key], ['2026-02-06', overdue.key], ['2026-02-06', concern.key]], [followUp, overdue, concern], []],
    ['6 days later: no repeat yet', '2026-02-12', [['2026-02-06', overdue.key]], [overdue], []],
    ['7 days later: overdue repeats', '2026-02-13', [['2026-02-06', overdue.key]], [overdue], ['overdue:K-002:2026-01-01']],
    ['an open concern rides along with a new item', '2026-02-08', [['2026-02-06', concern.key]], [followUp, concern], ['concern:L-00009', 'follow-up:K-001:2026-01-07']],
    ['an open concern alone does not make a digest', '2026-02-08', [['2026-02-06', concern.key]], [concern], []],
    ['the latest date counts', '2026-02-14', [['2026-02-01', overdue.key], ['2026-02-10', overdue.key]], [overdue], []],
  ])('%s', (_name, today, ledger, due, expected) => {
    expect(digestItems(due, sent(ledger), today).map((i) => i.key)).toEqual(expected);
  });

  test('ledger rows per recipient', () => {
    expect(ledgerEntries([followUp], 'b@example.org', '2026-02-06')).toEqual([{ date: '2026-02-06', recipient: 'b@example.org', key: followUp.key, code: 'K-001' }]);
    expect(indexLedger([{ date: '2026-02-06', recipient: 'b@example.org', key: 'x', code: '' }]).get('a@example.org')).toBeUndefined();
  });
});

describe('digest', () => {
  const ctx = { today: '2026-02-06', associationName: 'Testby <&>', spreadsheetId: 'abc123', gids: { matches: 11, contacts: 22 } };
  test('link to the row', () => {
    expect(rowLink(ctx, 'matches', 7)).toBe('https://docs.google.com/spreadsheets/d/abc123/edit#gid=11&range=A7');
    expect(rowLink(ctx, null, null)).toBe('https://docs.google.com/spreadsheets/d/abc123/edit');
  });

  test('subject, sections in urgency order, escaped HTML', () => {
    const email = composeDigest(ctx, [
      item({ urgency: 'bekymring', code: 'K-003', text: 'Bekymring <b>x</b>', table: 'contacts', row: 10 }),
      item({ urgency: 'forfalt', code: 'K-002' }),
      item({ urgency: 'snart', code: 'K-004' }),
    ]);
    expect(email.subject).toBe('Ressursvenn Testby <&>: 3 ting å følge opp 06.02.2026 (1 bekymring, 1 forfalt)');
    expect(email.text.split('\n').filter((l) => /^[A-ZÆØÅ]/.test(l) && l === l.toUpperCase())).toEqual(['BEKYMRING – TA KONTAKT MED EN GANG', 'FORFALT', 'SNART']);
    expect(email.text).toContain('- K-003: Bekymring <b>x</b>\n  https://docs.google.com/spreadsheets/d/abc123/edit#gid=22&range=A10');
    expect(email.html).toContain('Bekymring &lt;b&gt;x&lt;/b&gt;');
    expect(email.html).toContain('Testby &lt;&amp;&gt;');
    expect(email.html).not.toContain('<b>x</b>');
  });

  test('the volunteer notice names no code and no participant', () => {
    const e = composeVolunteerNotice('Testby', '2026-10-05');
    expect(e.text).toContain('05.10.2026');
    expect(e.text + e.subject).not.toMatch(/[KDF]-\d{3}|deltaker/i);
  });
});
