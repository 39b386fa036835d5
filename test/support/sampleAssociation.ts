/**
 * An invented local association, typed into the emulated spreadsheet the way a leader would (dates as
 * dd.mm.yyyy text, checkboxes as TRUE/FALSE), after setup has created the sheets. Used by the demo, the
 * bundle tests and the benchmarks. Every person here is made up. `today` is the demo's fixed date.
 */
import type { Emulator } from '../emulator';

export const SAMPLE_TODAY = '2026-11-20';
/** 09:00 in Oslo on SAMPLE_TODAY. */
export const SAMPLE_NOW = new Date('2026-11-20T08:00:00Z');

type Row = Record<string, string | number | boolean>;

/** Writes rows under the sheet's existing headers (found by name), after its last used row. */
export function typeRows(emu: Emulator, sheet: string, rows: Row[]): void {
  const grid = emu.sheetValues(sheet);
  const header = (grid[0] ?? []).map(String);
  for (const r of rows) for (const k of Object.keys(r)) if (!header.includes(k)) throw new Error(`${sheet} has no column ${k}`);
  const values = rows.map((r) => header.map((h) => (h in r ? r[h]! : '')));
  if (values.length > 0) emu.typeByHand(sheet, emu.sheetInfo(sheet).lastRow + 1, 1, values);
}

/** Sets settings rows (by label) in Innstillinger and lists the shelters. */
export function typeSettings(emu: Emulator, values: Record<string, string | number | boolean>, shelters: Array<[string, string, string]>): void {
  const grid = emu.sheetValues('Innstillinger');
  const header = (grid[0] ?? []).map(String);
  const labelCol = header.indexOf('Innstilling');
  const valueCol = header.indexOf('Verdi');
  for (const [label, value] of Object.entries(values)) {
    const r = grid.findIndex((row) => row[labelCol] === label);
    if (r < 1) throw new Error(`No setting ${label}`);
    emu.typeByHand('Innstillinger', r + 1, valueCol + 1, [[value]]);
  }
  const nameCol = header.indexOf('Krisesenter');
  emu.typeByHand('Innstillinger', 2, nameCol + 1, shelters.map((s) => [...s]));
}

const SCREENED = { 'Kurs fullført': '12.01.2026', Kartleggingssamtale: '19.01.2026', 'Politiattest vist': '26.01.2026', 'Taushetserklæring N.K.S.': '26.01.2026', 'Taushetserklæring krisesenter': '02.02.2026' };

export const SAMPLE_VOLUNTEERS: Row[] = [
  { ID: 'F-001', 'Alias/initialer': 'AB', Fødselsår: 1975, Kommune: 'Eksempelby', Språk: 'norsk, engelsk', Interesser: 'tur, strikking', 'Kan møte med barn': true, 'Rekruttert via': 'Nettside', 'Påmeldt dato': '05.01.2026', ...SCREENED, Status: 'I kobling' },
  { ID: 'F-002', 'Alias/initialer': 'CD', Fødselsår: 1980, Kommune: 'Eksempelby', Språk: 'norsk, arabisk', Interesser: 'matlaging', 'Kan møte med barn': false, 'Rekruttert via': 'Sosiale medier', 'Påmeldt dato': '03.01.2026', ...SCREENED, Status: 'I kobling' },
  { ID: 'F-003', 'Alias/initialer': 'EF', Fødselsår: 1990, Kommune: 'Nordfjell', Språk: 'norsk', Interesser: 'trening', 'Rekruttert via': 'Bekjent', 'Påmeldt dato': '04.01.2026', ...SCREENED, Status: 'I kobling' },
  { ID: 'F-004', 'Alias/initialer': 'GH', Fødselsår: 1968, Kommune: 'Eksempelby', Språk: 'norsk, somali', Interesser: 'kafé, bibliotek', Tilgjengelighet: 'Hverdager dagtid, Kvelder', 'Kan reise': 'Nabokommuner', 'Kan møte med barn': true, 'Rekruttert via': 'Lokalforening', 'Påmeldt dato': '02.09.2026', 'Kurs fullført': '14.09.2026', Kartleggingssamtale: '21.09.2026', 'Politiattest vist': '01.10.2026', 'Taushetserklæring N.K.S.': '01.10.2026', 'Taushetserklæring krisesenter': '05.10.2026', Status: 'Godkjent' },
  { ID: 'F-005', 'Alias/initialer': 'IJ', Fødselsår: 1985, Kommune: 'Eksempelby', Språk: 'norsk, polsk', Interesser: 'sykling', 'Rekruttert via': 'Frivillighetssentral', 'Påmeldt dato': '02.09.2026', 'Kurs fullført': '14.09.2026', Kartleggingssamtale: '22.09.2026', 'Politiattest vist': '01.10.2026', 'Taushetserklæring N.K.S.': '01.10.2026', 'Taushetserklæring krisesenter': '06.10.2026', Status: 'Godkjent' },
  { ID: 'F-006', 'Alias/initialer': 'KL', Fødselsår: 1972, Kommune: 'Nordfjell', Språk: 'norsk', Interesser: 'hagearbeid', 'Rekruttert via': 'Arrangement', 'Påmeldt dato': '01.10.2026', 'Kurs fullført': '12.10.2026', Kartleggingssamtale: '20.10.2026', Status: 'Under kartlegging' },
  { ID: 'F-007', 'Alias/initialer': 'MN', Fødselsår: 1995, Kommune: 'Eksempelby', Språk: 'norsk, tigrinja', Interesser: 'musikk', 'Rekruttert via': 'Sosiale medier', 'Påmeldt dato': '16.11.2026', Status: 'Påmeldt' },
  { ID: 'F-008', 'Alias/initialer': 'OP', Fødselsår: 1988, Kommune: 'Eksempelby', Språk: 'norsk', 'Rekruttert via': 'Nettside', 'Påmeldt dato': '10.06.2025', 'Kurs fullført': '20.06.2025', Kartleggingssamtale: '25.06.2025', 'Politiattest vist': '01.07.2025', 'Taushetserklæring N.K.S.': '01.07.2025', 'Taushetserklæring krisesenter': '05.07.2025', Status: 'Sluttet', 'Sluttet dato': '20.03.2026', Sluttårsak: 'Tidsmangel' },
  { ID: 'F-009', 'Alias/initialer': 'QR', Fødselsår: 1979, Kommune: 'Nordfjell', Språk: 'norsk, engelsk', Interesser: 'lesing', Tilgjengelighet: 'Helger', 'Rekruttert via': 'Bekjent', 'Påmeldt dato': '01.08.2025', 'Kurs fullført': '15.08.2025', Kartleggingssamtale: '20.08.2025', 'Politiattest vist': '25.08.2025', 'Taushetserklæring N.K.S.': '25.08.2025', 'Taushetserklæring krisesenter': '28.08.2025', Status: 'Godkjent' },
  { ID: 'F-010', 'Alias/initialer': 'ST', Fødselsår: 2003, Kommune: 'Eksempelby', Språk: 'norsk', Interesser: 'dans', 'Rekruttert via': 'Arrangement', 'Påmeldt dato': '10.11.2026', Status: 'Påmeldt' },
  { ID: 'F-011', 'Alias/initialer': 'UV', Fødselsår: 1983, Kommune: 'Eksempelby', Språk: 'norsk, fransk', Interesser: 'kunst', Tilgjengelighet: 'Kvelder, Helger', 'Bydel/område': 'Sentrum', 'Kan reise': 'Hele regionen', 'Rekruttert via': 'Nettside', 'Påmeldt dato': '01.09.2026', 'Kurs fullført': '14.09.2026', Kartleggingssamtale: '23.09.2026', 'Politiattest vist': '02.10.2026', 'Taushetserklæring N.K.S.': '02.10.2026', 'Taushetserklæring krisesenter': '07.10.2026', Status: 'Godkjent' },
  { ID: 'F-012', 'Alias/initialer': 'WX', Fødselsår: 1992, Kommune: 'Nordfjell', Språk: 'norsk', Interesser: 'friluftsliv', 'Rekruttert via': 'Lokalforening', 'Påmeldt dato': '03.11.2026', 'Kurs fullført': '09.11.2026', Status: 'Under kartlegging' },
];

/** Rows a leader typed by hand that the data check must catch, one problem each. */
export const SAMPLE_BAD_VOLUNTEERS: Row[] = [
  { ID: 'F-013', 'Alias/initialer': 'YZ', Fødselsår: 1890, Kommune: 'Eksempelby', 'Påmeldt dato': '01.11.2026', Status: 'Påmeldt' },
  { ID: 'F-014', 'Alias/initialer': 'ÆØ', Fødselsår: 1986, Kommune: 'Eksempelby', 'Påmeldt dato': '01.11.2026', 'Kurs fullført': '31.02.2026', Status: 'Under kartlegging' },
  { ID: 'F-004', 'Alias/initialer': 'GH2', Fødselsår: 1968, Kommune: 'Eksempelby', Status: 'Påmeldt' },
  { ID: 'F-015', 'Alias/initialer': 'ÅA', Fødselsår: 1977, Status: 'Aktivv' },
  { ID: 'F-016', 'Alias/initialer': 'BB', Fødselsår: 1981, Status: 'Påmeldt', Merknad: '=1+1' },
];

export const SAMPLE_PARTICIPANTS: Row[] = [
  { ID: 'D-001', Krisesenter: 'Krisesenteret i Eksempelby', Kommune: 'Eksempelby', Fødselsår: 1986, Språk: 'norsk, engelsk', Interesser: 'tur', Behov: 'Sosialt nettverk, Aktiviteter', 'Barn blir med': true, 'Henvist dato': '10.05.2026', Status: 'I kobling' },
  { ID: 'D-002', Krisesenter: 'Krisesenteret i Eksempelby', Kommune: 'Eksempelby', Fødselsår: 1979, Språk: 'arabisk', 'Trenger tolk': true, Interesser: 'matlaging', Behov: 'Norsk språk, Praktisk hjelp', 'Henvist dato': '15.01.2026', Status: 'I kobling' },
  { ID: 'D-003', Krisesenter: 'Nordfjell krisesenter', Kommune: 'Nordfjell', Fødselsår: 1994, Språk: 'norsk', Behov: 'Emosjonell støtte', 'Henvist dato': '01.03.2026', Status: 'I kobling' },
  { ID: 'D-004', Krisesenter: 'Krisesenteret i Eksempelby', Kommune: 'Eksempelby', Fødselsår: 1990, Språk: 'polsk, engelsk', Behov: 'Jobb/utdanning', 'Henvist dato': '20.10.2026', Status: 'Venter på kobling' },
  { ID: 'D-005', Krisesenter: 'Krisesenteret i Eksempelby', Kommune: 'Eksempelby', Fødselsår: 1983, Behov: 'Sosialt nettverk', 'Henvist dato': '15.08.2025', Status: 'Avsluttet' },
  { ID: 'D-006', Krisesenter: 'Nordfjell krisesenter', Kommune: 'Nordfjell', Behov: 'Bolig/økonomi, Barn og familie', 'Henvist dato': '10.09.2025', Status: 'Avsluttet' },
  { ID: 'D-007', Krisesenter: 'Krisesenteret i Eksempelby', Kommune: 'Eksempelby', Fødselsår: 1997, Språk: 'fransk', 'Trenger tolk': true, Interesser: 'Kultur, Kafé', Tilgjengelighet: 'Kvelder', 'Bydel/område': 'Sentrum', Behov: 'Sosialt nettverk', 'Henvist dato': '01.11.2026', Status: 'Venter på kobling' },
  { ID: 'D-008', Krisesenter: 'Nordfjell krisesenter', Kommune: 'Nordfjell', Fødselsår: 1991, Interesser: 'kunst, lesing', Tilgjengelighet: 'Kvelder', Behov: 'Aktiviteter', 'Henvist dato': '15.08.2026', Status: 'Venter på kobling' },
];

export const SAMPLE_MATCHES: Row[] = [
  { ID: 'K-001', 'Frivillig-ID': 'F-001', 'Deltaker-ID': 'D-001', Status: 'Aktiv', 'Foreslått dato': '15.05.2026', Koblingsmøte: '25.05.2026', 'Avtale signert': true, Startdato: '01.06.2026', 'Avtalt lengde (mnd)': 12, 'Planlagt slutt': '01.06.2027' },
  { ID: 'K-002', 'Frivillig-ID': 'F-002', 'Deltaker-ID': 'D-002', Status: 'Aktiv', 'Foreslått dato': '20.01.2026', Koblingsmøte: '03.02.2026', 'Avtale signert': true, Startdato: '10.02.2026', 'Avtalt lengde (mnd)': 10, 'Planlagt slutt': '10.12.2026' },
  { ID: 'K-003', 'Frivillig-ID': 'F-003', 'Deltaker-ID': 'D-003', Status: 'Pause', 'Foreslått dato': '10.03.2026', Koblingsmøte: '25.03.2026', 'Avtale signert': true, Startdato: '01.04.2026', 'Avtalt lengde (mnd)': 9, 'Planlagt slutt': '01.01.2027', 'Pause fra': '01.10.2026', Pauseårsak: 'Sykdom' },
  { ID: 'K-004', 'Frivillig-ID': 'F-005', 'Deltaker-ID': 'D-004', Status: 'Koblingsmøte avtalt', 'Foreslått dato': '05.11.2026', Koblingsmøte: '21.11.2026' },
  { ID: 'K-005', 'Frivillig-ID': 'F-008', 'Deltaker-ID': 'D-005', Status: 'Avsluttet', 'Foreslått dato': '20.08.2025', Koblingsmøte: '28.08.2025', 'Avtale signert': true, Startdato: '01.09.2025', 'Avtalt lengde (mnd)': 12, 'Planlagt slutt': '01.09.2026', Sluttdato: '15.03.2026', Sluttårsak: 'Frivillig ønsket å avslutte', 'Avsluttet av': 'Frivillig', Avkoblingssamtale: '20.03.2026', 'Evaluering sendt': true },
  { ID: 'K-006', 'Frivillig-ID': 'F-009', 'Deltaker-ID': 'D-006', Status: 'Avsluttet', 'Foreslått dato': '15.09.2025', Koblingsmøte: '25.09.2025', 'Avtale signert': true, Startdato: '01.10.2025', 'Avtalt lengde (mnd)': 9, 'Planlagt slutt': '01.07.2026', Sluttdato: '01.07.2026', Sluttårsak: 'Fullført periode', 'Avsluttet av': 'Planlagt', Avkoblingssamtale: '05.07.2026', 'Evaluering sendt': true, 'Privat kontakt etterpå': true },
  { ID: 'K-007', 'Frivillig-ID': 'F-011', 'Deltaker-ID': 'D-007', Status: 'Foreslått', 'Foreslått dato': '15.11.2026' },
  { ID: 'K-008', 'Frivillig-ID': 'F-004', 'Deltaker-ID': 'D-008', Status: 'Avslått', 'Foreslått dato': '01.09.2026', Koblingsmøte: '10.09.2026', Merknad: 'Deltaker ønsket en annen match' },
];

export const SAMPLE_BAD_MATCHES: Row[] = [
  { ID: 'K-009', 'Frivillig-ID': 'F-099', 'Deltaker-ID': 'D-008', Status: 'Foreslått', 'Foreslått dato': '18.11.2026' },
];

function contact(id: number, date: string, match: string, extra: Row = {}): Row {
  return { ID: `L-${String(id).padStart(5, '0')}`, Dato: date, 'Koblings-ID': match, 'Med hvem': 'Frivillig', Kanal: 'Telefon', Type: 'Månedlig oppfølging', 'Hvordan går det': 'Bra', 'Møter siden sist': 3, 'Logget av': 'leder@example.org', ...extra };
}

export const SAMPLE_CONTACTS: Row[] = [
  contact(1, '27.05.2026', 'K-001', { Type: 'Etter koblingsmøte', 'Møter siden sist': 0, Aktiviteter: '' }),
  contact(2, '10.06.2026', 'K-001', { Aktiviteter: 'kafé, tur', 'Møter siden sist': 2 }),
  contact(3, '29.06.2026', 'K-001', { Aktiviteter: 'tur' }),
  contact(4, '30.07.2026', 'K-001', { Kanal: 'SMS', 'Møter siden sist': 2 }),
  contact(5, '31.08.2026', 'K-001', { Aktiviteter: 'bibliotek' }),
  contact(6, '30.09.2026', 'K-001', { 'Hvordan går det': 'Svært bra', 'Møter siden sist': 4 }),
  contact(7, '28.10.2026', 'K-001', { 'Neste oppfølging': '27.11.2026' }),
  contact(8, '05.02.2026', 'K-002', { Type: 'Etter koblingsmøte', 'Møter siden sist': 0 }),
  contact(9, '01.09.2026', 'K-002', { 'Hvordan går det': 'Greit', 'Møter siden sist': 1 }),
  contact(10, '01.10.2026', 'K-002', { 'Hvordan går det': 'Utfordrende', Bekymring: true, Merknad: 'Frivillig er usikker på trygghet ved hjemmebesøk; avtalt å møtes ute.' }),
  contact(11, '20.09.2026', 'K-003', { 'Hvordan går det': 'Greit', 'Møter siden sist': 2 }),
  contact(12, '18.11.2026', '', { 'Frivillig-ID': 'F-004', Type: 'Annet', 'Møter siden sist': '', 'Hvordan går det': '', Merknad: 'Venter fortsatt på kobling.' }),
  contact(13, '10.03.2026', 'K-005', { Type: 'Før avslutning', 'Hvordan går det': 'Vanskelig', 'Møter siden sist': 1 }),
  contact(14, '05.07.2026', 'K-006', { Type: 'Avkoblingssamtale', 'Med hvem': 'Frivillig og deltaker', Kanal: 'Møte', 'Hvordan går det': 'Svært bra', 'Møter siden sist': 3 }),
];

/** A note with a phone number: the privacy scan must flag it. */
export const SAMPLE_BAD_CONTACTS: Row[] = [
  contact(15, '19.11.2026', 'K-001', { Kanal: 'SMS', Merknad: 'Ny telefon til deltaker: 912 34 567' }),
];

export const SAMPLE_INQUIRIES: Row[] = [
  { ID: 'H-0001', Dato: '02.09.2026', Type: 'Frivillig interessert', Fra: 'Nettsiden', Kommune: 'Eksempelby', Resultat: 'Registrert' },
  { ID: 'H-0002', Dato: '20.10.2026', Type: 'Deltaker henvist', Fra: 'Krisesenteret i Eksempelby', Kommune: 'Eksempelby', Resultat: 'Registrert' },
  { ID: 'H-0003', Dato: '01.11.2026', Type: 'Deltaker henvist', Fra: 'Krisesenteret i Eksempelby', Kommune: 'Eksempelby', Resultat: 'Registrert' },
  { ID: 'H-0004', Dato: '10.11.2026', Type: 'Samarbeidspartner', Fra: 'Frivillighetssentralen', Kommune: 'Nordfjell', Resultat: 'Venter' },
  { ID: 'H-0005', Dato: '16.11.2026', Type: 'Frivillig interessert', Fra: 'Sosiale medier', Kommune: 'Eksempelby', Resultat: 'Registrert' },
];

export const SAMPLE_COURSES: Row[] = [
  { ID: 'KU-001', Dato: '12.01.2026', Sted: 'Sanitetshuset', 'Deltakere (frivillig-ID)': 'F-001, F-002, F-003', 'Antall deltakere': 4 },
  { ID: 'KU-002', Dato: '14.09.2026', Sted: 'Sanitetshuset', 'Deltakere (frivillig-ID)': 'F-004, F-005, F-011', 'Antall deltakere': 3 },
];

export const SAMPLE_CONTACT_INFO: Row[] = [
  { 'Frivillig-ID': 'F-001', Navn: 'Astrid Testesen', Telefon: '+47 400 00 001', 'E-post': 'astrid.testesen@example.org', 'Foretrukket kontakt': 'SMS' },
  { 'Frivillig-ID': 'F-002', Navn: 'Berit Prøvesen', Telefon: '0047 400 00 002', 'E-post': 'berit.provesen@example.org', 'Foretrukket kontakt': 'Telefon' },
  { 'Frivillig-ID': 'F-003', Navn: 'Cecilie Demostad', Telefon: '400 00 003', 'E-post': 'cecilie.demostad@example.org' },
  { 'Frivillig-ID': 'F-007', Navn: 'Dina Oppdiktet', Telefon: '400 00 007', 'E-post': 'dina.oppdiktet@example.org', 'Foretrukket kontakt': 'E-post' },
];

export const SAMPLE_SETTINGS = {
  Lokalforening: 'Eksempelby Sanitetsforening',
  'Gruppeledere (e-post)': 'leder@example.org; leder2@example.org',
  'Nasjonal prosjektleder (e-post)': 'prosjektleder@example.org',
};

export const SAMPLE_SHELTERS: Array<[string, string, string]> = [
  ['Krisesenteret i Eksempelby', 'fagkoordinator', 'Eksempelby'],
  ['Nordfjell krisesenter', 'miljøterapeut', 'Nordfjell'],
];

/** Fills an emulated spreadsheet whose sheets setup has already created. */
export function typeSampleAssociation(emu: Emulator, opts: { withBadRows?: boolean } = {}): void {
  typeSettings(emu, SAMPLE_SETTINGS, SAMPLE_SHELTERS);
  typeRows(emu, 'Frivillige', [...SAMPLE_VOLUNTEERS, ...(opts.withBadRows ? SAMPLE_BAD_VOLUNTEERS : [])]);
  typeRows(emu, 'Deltakere', SAMPLE_PARTICIPANTS);
  typeRows(emu, 'Koblinger', [...SAMPLE_MATCHES, ...(opts.withBadRows ? SAMPLE_BAD_MATCHES : [])]);
  typeRows(emu, 'Kontaktlogg', [...SAMPLE_CONTACTS, ...(opts.withBadRows ? SAMPLE_BAD_CONTACTS : [])]);
  typeRows(emu, 'Henvendelser', SAMPLE_INQUIRIES);
  typeRows(emu, 'Kurs', SAMPLE_COURSES);
  typeRows(emu, 'Kontaktinfo', SAMPLE_CONTACT_INFO);
}

/**
 * A suggestion round («Foreslå kobling»): two new referrals and one newly approved volunteer, typed on top of the
 * sample. With D-008 (already waiting) there are three waiting and three free (F-004, F-009, F-017). Worked by
 * hand with the default weights: D-008's own best is F-017 (5 points; F-004 is out, she declined it in K-008),
 * but the group's best set gives F-017 to D-009 (9,5) and F-009 to D-008 (3,8); D-010 has children along, so
 * only F-004 (7,5) can be proposed for her.
 */
export const SUGGESTION_ROUND = {
  volunteers: [
    { ID: 'F-017', 'Alias/initialer': 'CE', Fødselsår: 1986, Kommune: 'Eksempelby', 'Bydel/område': 'Sentrum', Språk: 'Norsk, Engelsk', Interesser: 'Tur, Kafé, Trening', Tilgjengelighet: 'Kvelder, Helger', 'Rekruttert via': 'Nettside', 'Påmeldt dato': '05.01.2026', ...SCREENED, Status: 'Godkjent' },
  ] as Row[],
  participants: [
    { ID: 'D-009', Krisesenter: 'Krisesenteret i Eksempelby', Kommune: 'Eksempelby', Fødselsår: 1988, Språk: 'Norsk, Engelsk', Interesser: 'Tur, Kafé, Trening', Tilgjengelighet: 'Kvelder', Behov: 'Sosialt nettverk', 'Henvist dato': '02.11.2026', Status: 'Venter på kobling' },
    { ID: 'D-010', Krisesenter: 'Krisesenteret i Eksempelby', Kommune: 'Eksempelby', Fødselsår: 1970, Språk: 'Somali, Norsk', Interesser: 'Kafé, Matlaging', Tilgjengelighet: 'Hverdager dagtid', 'Barn blir med': true, Behov: 'Praktisk hjelp', 'Henvist dato': '05.11.2026', Status: 'Venter på kobling' },
  ] as Row[],
};

export function typeSuggestionRound(emu: Emulator): void {
  typeRows(emu, 'Frivillige', SUGGESTION_ROUND.volunteers);
  typeRows(emu, 'Deltakere', SUGGESTION_ROUND.participants);
}
