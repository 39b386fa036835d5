/**
 * The invented association with one volunteer who has something in every sheet: F-008 («OP», quit in March
 * 2026 after her match K-005 ended). Her name, contact details and notes are distinctive strings, so a scan of
 * the whole spreadsheet can tell whether anything of hers is left. Other people's rows mention her too.
 */
import { IMPORT_DEVIATIONS, IMPORT_LOG } from '../../src/sheets/importTables';
import type { BundleHarness } from './harness';
import { typeRows, typeSampleAssociation } from './sampleAssociation';

export const HER = {
  id: 'F-008', alias: 'OP', name: 'Oda Påfunnsen', phone: '400 00 808', email: 'oda.pafunnsen@example.org',
  /** Free texts on her own rows. */
  texts: ['Trives best med turer i skogen', 'Strikkekafé og bålpanne', 'Snakket om flytting til Vestlandet', 'Foretrekker kveldsmøter', 'Avtalt siste møte på kafeen', 'Sykler alltid til møtene', 'bålkos, orientering', 'Nordre Påfunnløkka'],
};

/** What other people's rows say about her (by name, by ID): scrubbed by name, kept by ID. */
export const MENTIONS = { byName: 'QR møtte Oda på kurset og hilste fra henne', inquiry: 'Oda Påfunnsens søster ringte om kurs', byId: 'Samme kursgruppe som F-008' };

const LEADER = 'leder@example.org';

function setCell(h: BundleHarness, sheet: string, id: string, header: string, value: unknown, key = 'ID'): void {
  const grid = h.emu.sheetValues(sheet);
  const row = grid.findIndex((r) => String(r[grid[0]!.indexOf(key)]) === id);
  const col = grid[0]!.indexOf(header);
  if (row < 1 || col < 0) throw new Error(`No ${id}/${header} in ${sheet}`);
  h.emu.typeByHand(sheet, row + 1, col + 1, [[value]]);
}

export function typePrivacyAssociation(h: BundleHarness): void {
  h.call('menuSetupSheets');
  typeSampleAssociation(h.emu);
  const [note, activities, matchNote, availability, lastNote, ownNote, interests, area] = HER.texts as [string, string, string, string, string, string, string, string];
  setCell(h, 'Frivillige', HER.id, 'Merknad', note);
  setCell(h, 'Frivillige', HER.id, 'Tilgjengelighet', availability);
  setCell(h, 'Frivillige', HER.id, 'Interesser', interests);
  setCell(h, 'Frivillige', HER.id, 'Bydel/område', area);
  setCell(h, 'Frivillige', HER.id, 'Ikke aktuell for', 'D-003');
  setCell(h, 'Koblinger', 'K-005', 'Merknad', matchNote);
  typeRows(h.emu, 'Kontaktinfo', [{ 'Frivillig-ID': HER.id, Navn: HER.name, Telefon: HER.phone, 'E-post': HER.email, 'Foretrukket kontakt': 'SMS' }]);
  typeRows(h.emu, 'Kontaktlogg', [
    { ID: 'L-00020', Dato: '01.02.2026', 'Koblings-ID': 'K-005', 'Med hvem': 'Frivillig', Kanal: 'Telefon', Type: 'Månedlig oppfølging', 'Hvordan går det': 'Greit', 'Møter siden sist': 3, Aktiviteter: activities, Merknad: lastNote },
    { ID: 'L-00021', Dato: '25.03.2026', 'Frivillig-ID': HER.id, 'Med hvem': 'Frivillig', Kanal: 'Telefon', Type: 'Annet', Merknad: ownNote },
    { ID: 'L-00022', Dato: '15.06.2026', 'Koblings-ID': 'K-006', 'Med hvem': 'Frivillig', Kanal: 'Telefon', Type: 'Månedlig oppfølging', 'Hvordan går det': 'Bra', 'Møter siden sist': 2, Merknad: MENTIONS.byName },
  ]);
  typeRows(h.emu, 'Kurs', [{ ID: 'KU-003', Dato: '20.06.2025', Sted: 'Sanitetshuset', 'Deltakere (frivillig-ID)': 'F-008, F-009', 'Antall deltakere': 2, Merknad: MENTIONS.byId }]);
  typeRows(h.emu, 'Henvendelser', [{ ID: 'H-0006', Dato: '02.06.2025', Type: 'Frivillig interessert', Fra: 'Telefon', Kommune: 'Eksempelby', Resultat: 'Registrert', Merknad: MENTIONS.inquiry }]);
  typeRows(h.emu, 'Varsellogg', [
    { Sendt: '01.03.2026', Mottaker: LEADER, Hendelse: 'ending-soon:K-005:2026-09-01', Kode: 'K-005' },
    { Sendt: '01.03.2026', Mottaker: HER.id, Hendelse: 'volunteer-ending:K-005:2026-09-01', Kode: HER.id },
    { Sendt: '01.03.2026', Mottaker: LEADER, Hendelse: 'follow-up:K-001:2026-03-01', Kode: 'K-001' },
  ]);
  h.emu.addSheet(IMPORT_LOG.sheetName, [IMPORT_LOG.columns.map((c) => c.header)]);
  h.emu.addSheet(IMPORT_DEVIATIONS.sheetName, [IMPORT_DEVIATIONS.columns.map((c) => c.header)]);
  typeRows(h.emu, IMPORT_LOG.sheetName, [
    { 'Kilde-ark': 'Gammel logg', Rad: 4, Fingeravtrykk: 'r1abc', Utfall: 'importert', 'ID-er': 'K-005, F-008, D-005', Importert: '01.04.2026' },
    { 'Kilde-ark': 'Gammel logg', Rad: 5, Fingeravtrykk: 'r2def', Utfall: 'importert', 'ID-er': 'K-001, F-001, D-001', Importert: '01.04.2026' },
  ]);
  typeRows(h.emu, IMPORT_DEVIATIONS.sheetName, [
    { 'Kilde-ark': 'Gammel logg', Rad: 4, Utfall: 'Merknad holdt tilbake', Årsak: 'Merknaden har et telefonnummer.', 'Opprettet ID': HER.id, 'Opprinnelige verdier': 'Navn: [skjult] · Merknad: ringer alltid etter jobb', Importert: '01.04.2026' },
  ]);
}

/** Every string in the spreadsheet (cells of every sheet), its properties, the run log and the script log. */
export function everything(h: BundleHarness): string {
  const cells = h.emu.sheetNames().map((n) => `${n}\n${h.emu.sheetValues(n).map((r) => r.map(String).join('\t')).join('\n')}`);
  const props = [h.emu.documentProperties(), h.emu.scriptProperties(), h.emu.userProperties()].map((p) => JSON.stringify(p));
  const dialogs = h.emu.ui.dialogs.map((d) => d.html.includes('dialog-data') ? d.html.slice(d.html.indexOf('dialog-data')) : '');
  return [...cells, ...props, ...dialogs, ...h.emu.ui.alerts.map((a) => JSON.stringify(a)), ...h.emu.logs.map((l) => JSON.stringify(l))].join('\n');
}
