/** The sidebar's due state is the reminders' one (followUpDue): only contacts with the volunteer count. */
import { typeRows } from '../support/sampleAssociation';
import { sidebarFixture, type SidebarFixture } from '../support/sidebar';

let f: SidebarFixture;
beforeEach(() => { f = sidebarFixture(); });

const row = (id: string, date: string, withWhom: string, extra: Record<string, string> = {}) => ({
  ID: id, Dato: date, 'Koblings-ID': 'K-002', 'Med hvem': withWhom, Kanal: 'Telefon', Type: 'Månedlig oppfølging', 'Hvordan går det': 'Bra', ...extra,
});
const k2 = () => f.rpc('sidebarOpen', 'followUp').matches.find((m: any) => m.id === 'K-002');

test.each<[string, Record<string, unknown>[], string]>([
  ['a call to the shelter only: still overdue', [row('L-00090', '19.11.2026', 'Kontaktperson krisesenter')], 'overdue'],
  ['a future-dated follow-up: still overdue', [row('L-00090', '30.11.2026', 'Frivillig')], 'overdue'],
  ['a follow-up with the volunteer: ok', [row('L-00090', '19.11.2026', 'Frivillig')], 'ok'],
])('%s', (_name, rows, due) => {
  typeRows(f.h.emu, 'Kontaktlogg', rows as never);
  expect(k2().due).toBe(due);
});
