/**
 * A year in the life of one invented association, driven through the built dist/Code.js on the emulator:
 * one match from the match meeting to closure over 13 months, a volunteer and a participant waiting, a new
 * registrant nobody calls. The daily trigger fires at 00:15 Oslo time (the hour set in Innstillinger is 0),
 * so a date computed in UTC instead of the spreadsheet's zone would land on the wrong day, across both DST
 * changes. The leader's actions of a day are typed by hand after that day's run.
 */
import { addDays, formatNorwegian } from '../../src/domain/calendar';
import { wallTimeToInstant } from '../../src/sheets/cellDates';
import type { Deployment, SentMail } from '../emulator';
import { clockEvent } from '../emulator/bundle';
import { SCOPE_SPREADSHEETS } from '../emulator';
import { bundleHarness, type BundleHarness } from '../support/harness';
import { typeRows, typeSettings } from '../support/sampleAssociation';

const TZ = 'Europe/Oslo';
export const FIRST_DAY = '2026-01-21';
export const LAST_DAY = '2027-03-02';
const no = (iso: string) => formatNorwegian(iso);

type Row = Record<string, string | number | boolean>;

export const PEOPLE: { volunteers: Row[]; participants: Row[]; contactInfo: Row[] } = {
  volunteers: [
    { ID: 'F-001', 'Alias/initialer': 'QX', Fødselsår: 1980, Kommune: 'Fjordvik', Språk: 'norsk, urdu', Interesser: 'fjellturer', 'Påmeldt dato': '01.11.2025', 'Kurs fullført': '10.11.2025', Kartleggingssamtale: '20.11.2025', 'Politiattest vist': '01.12.2025', 'Taushetserklæring N.K.S.': '01.12.2025', 'Taushetserklæring krisesenter': '05.12.2025', Status: 'I kobling', Merknad: 'Foretrekker kveldstid' },
    { ID: 'F-002', 'Alias/initialer': 'ZY', Fødselsår: 1975, Kommune: 'Fjordvik', Språk: 'norsk', Interesser: 'brodering', 'Påmeldt dato': '01.11.2025', 'Kurs fullført': '10.11.2025', Kartleggingssamtale: '20.11.2025', 'Politiattest vist': '01.12.2025', 'Taushetserklæring N.K.S.': '01.12.2025', 'Taushetserklæring krisesenter': '10.01.2026', Status: 'Godkjent' },
    { ID: 'F-003', 'Alias/initialer': 'WV', Fødselsår: 1990, Kommune: 'Fjordvik', 'Påmeldt dato': '19.01.2026', Status: 'Påmeldt' },
  ],
  participants: [
    { ID: 'D-001', Krisesenter: 'Fjordvik krisesenter', Kommune: 'Fjordvik', Fødselsår: 1988, Språk: 'tigrinja', 'Trenger tolk': true, Behov: 'Sosialt nettverk, Norsk språk', 'Henvist dato': '15.12.2025', Status: 'I kobling', Merknad: 'Har to barn i barnehage' },
    { ID: 'D-002', Krisesenter: 'Fjordvik krisesenter', Kommune: 'Havbu', Fødselsår: 1993, Behov: 'Jobb/utdanning', 'Henvist dato': '05.01.2026', Status: 'Venter på kobling' },
  ],
  contactInfo: [
    { 'Frivillig-ID': 'F-001', Navn: 'Sunniva Oppdiktsen', Telefon: '+47 411 22 333', 'E-post': 'sunniva.oppdiktsen@example.org' },
    { 'Frivillig-ID': 'F-002', Navn: 'Ragnhild Fiktiv', Telefon: '0047 422 33 444', 'E-post': 'ragnhild.fiktiv@example.org' },
  ],
};

const followUp = (n: number, date: string, extra: Record<string, string | number | boolean> = {}) => ({
  ID: `L-${String(n).padStart(5, '0')}`, Dato: no(date), 'Koblings-ID': 'K-001', 'Med hvem': 'Frivillig', Kanal: 'Telefon', Type: 'Månedlig oppfølging',
  'Hvordan går det': 'Bra', 'Møter siden sist': 3, Aktiviteter: 'kafé og tur i Fjordvik-parken', Merknad: `Sunniva forteller at det går fint (${n})`, ...extra,
});

/** The leader's actions, typed after the run of that day. */
function events(h: BundleHarness): Record<string, () => void> {
  const set = (sheet: string, id: string, values: Record<string, string | number | boolean>) => {
    const grid = h.emu.sheetValues(sheet);
    const header = grid[0]!.map(String);
    const row = grid.findIndex((r) => r[0] === id) + 1;
    for (const [k, v] of Object.entries(values)) h.emu.typeByHand(sheet, row, header.indexOf(k) + 1, [[v]]);
  };
  const log = (n: number, date: string, extra = {}) => typeRows(h.emu, 'Kontaktlogg', [followUp(n, date, extra)]);
  return {
    '2026-01-31': () => set('Koblinger', 'K-001', { Status: 'Aktiv', 'Avtale signert': true, Startdato: '02.02.2026', 'Avtalt lengde (mnd)': 12, 'Planlagt slutt': '02.02.2027' }),
    '2026-02-04': () => log(1, '2026-02-04', { Type: 'Etter koblingsmøte' }),
    '2026-02-25': () => log(2, '2026-02-25'),
    '2026-03-15': () => typeRows(h.emu, 'Koblinger', [{ ID: 'K-002', 'Frivillig-ID': 'F-002', 'Deltaker-ID': 'D-002', Status: 'Foreslått', 'Foreslått dato': '15.03.2026' }]),
    '2026-03-24': () => log(3, '2026-03-24'),
    '2026-04-21': () => log(4, '2026-04-21'),
    '2026-05-19': () => log(5, '2026-05-19'),
    '2026-06-16': () => log(6, '2026-06-16'),
    '2026-08-15': () => log(7, '2026-08-15'),
    '2026-09-10': () => log(8, '2026-09-10'),
    '2026-10-08': () => log(9, '2026-10-08'),
    '2026-11-05': () => log(10, '2026-11-05', { 'Hvordan går det': 'Utfordrende', Bekymring: true, Merknad: 'Sunniva er urolig for tryggheten, ring 411 22 333' }),
    '2026-11-09': () => log(11, '2026-11-09'),
    '2026-12-07': () => log(12, '2026-12-07'),
    '2027-01-05': () => log(13, '2027-01-05', { Type: 'Før avslutning' }),
    '2027-02-03': () => {
      set('Koblinger', 'K-001', { Status: 'Avsluttet', Sluttdato: '03.02.2027', Sluttårsak: 'Fullført periode', 'Avsluttet av': 'Planlagt' });
      set('Frivillige', 'F-001', { Status: 'Godkjent' });
      set('Deltakere', 'D-001', { Status: 'Avsluttet' });
    },
    '2027-02-12': () => set('Koblinger', 'K-001', { Avkoblingssamtale: '12.02.2027' }),
    '2027-02-18': () => set('Koblinger', 'K-001', { 'Evaluering sendt': true }),
  };
}

export interface DatedMail extends SentMail { day: string }

/** Runs the whole year; returns every email with the day (Oslo) its run was for. */
export function runScenario(deployment: Deployment): { h: BundleHarness; mails: DatedMail[]; days: number } {
  const scopes = deployment === 'addon' ? [SCOPE_SPREADSHEETS, 'https://www.googleapis.com/auth/script.send_mail', 'https://www.googleapis.com/auth/script.scriptapp', 'https://www.googleapis.com/auth/script.container.ui', 'https://www.googleapis.com/auth/userinfo.email'] : undefined;
  const h = bundleHarness({ deployment, now: wallTimeToInstant('2026-01-20', TZ, 10), spreadsheetName: 'Ressursvenn Testby', ...(scopes ? { scopes } : {}) });
  h.call('menuSetupSheets');
  typeSettings(h.emu, { Lokalforening: 'Testby Sanitetsforening', 'Gruppeledere (e-post)': 'leder@example.org', 'Påminnelser klokken (0–23)': 0, 'Påminnelser til frivillige': 'ja' }, [['Fjordvik krisesenter', 'fagansvarlig', 'Fjordvik']]);
  typeRows(h.emu, 'Frivillige', PEOPLE.volunteers);
  typeRows(h.emu, 'Deltakere', PEOPLE.participants);
  typeRows(h.emu, 'Kontaktinfo', PEOPLE.contactInfo);
  typeRows(h.emu, 'Koblinger', [{ ID: 'K-001', 'Frivillig-ID': 'F-001', 'Deltaker-ID': 'D-001', Status: 'Koblingsmøte avtalt', 'Foreslått dato': '10.01.2026', Koblingsmøte: '31.01.2026', Merknad: 'Tolk bestilt' }]);
  h.call('menuEnableReminders');
  const [trigger] = h.emu.triggers.list();
  if (!trigger || h.emu.triggers.list().length !== 1) throw new Error('expected one trigger');
  const actions = events(h);
  const mails: DatedMail[] = [];
  let days = 0;
  for (let day = FIRST_DAY; day <= LAST_DAY; day = addDays(day, 1)) {
    h.emu.clock.set(wallTimeToInstant(day, TZ, trigger.atHour ?? 0, 15));
    const before = h.emu.mail.sent.length;
    h.call('runDailyReminders', [clockEvent(h.emu, trigger.id)], 'trigger');
    for (const m of h.emu.mail.sent.slice(before)) mails.push({ ...m, day });
    actions[day]?.();
    days++;
  }
  return { h, mails, days };
}
