/**
 * Old Excel logs in the shapes group leaders keep them, built as real .xlsx files with exceljs. Every person
 * is invented. `PARTICIPANT_NAMES` lists every participant name written anywhere, so a test can prove that
 * none of them is left in the spreadsheet after the import.
 */
import ExcelJS from 'exceljs';

/** Excel's wall-clock date: exceljs writes a Date's UTC fields. */
const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

export const PARTICIPANT_NAMES = ['Fatima Ali', 'fatima', 'Amina Yusuf', 'Amina Y.', 'Zofia Kowalska', 'Zofia', 'Hanne Vik', 'Grete Lund', 'Lena Moe', 'Nadia Rahman', 'Sara Haile'];
/** The participant list's phone numbers, as written there. */
export const PARTICIPANT_PHONES = ['912 34 567', '913 45 678', '41122334', '411 22 334'];
export const VOLUNTEER_NAMES = ['Kari Nordmann', 'Kari N.', 'kari n', 'Berit Hansen', 'Berit H.', 'Siri Dahl', 'Tone Berg', 'Liv Aas'];

/**
 * Every form of the given names found in `text`: the name as written, each part of three letters or more
 * alone (a first name), any case, also in the possessive («Fatimas», «Amina's», «Karis»). Empty: none leaked.
 */
export function nameLeaks(text: string, names: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const n of names) for (const p of [n.replace(/\.$/, ''), ...n.split(/[\s.,]+/)]) if (p.replace(/[^\p{L}]/gu, '').length >= 3) forms.add(p.toLowerCase());
  const found: string[] = [];
  for (const f of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|['’]s)?(?![\\p{L}\\p{N}])`, 'iu');
    const m = re.exec(text);
    if (m) found.push(`${f}: «${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)}»`);
  }
  return found;
}

/**
 * «Kontaktlogg 2025»: a merged title over the table, a subtitle, a blank row, then the header; dates in every
 * shape (real date cells, text, serial numbers, month names), names written three ways, statuses in her words,
 * possessives in the notes («Fatimas sønn», «Amina's», «Karis mor»), a note with a phone number, a blank row and a sum row at the end.
 */
export function contactLogSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Kontaktlogg 2025');
  ws.getCell('A1').value = 'Kontaktlogg Ressursvenn 2025';
  ws.mergeCells('A1:G1');
  ws.getCell('A2').value = 'Eksempelby sanitetsforening – ikke del!';
  ws.mergeCells('A2:G2');
  ws.addRow([]);
  ws.addRow(['Dato', 'Frivillig', 'Deltaker', 'Kontaktform', 'Hvordan går det?', 'Møter siden sist', 'Kommentar']);
  const rows: unknown[][] = [
    [d(2025, 1, 15), 'Kari Nordmann', 'Fatima Ali', 'ringte', 'bra', 3, 'Kari og Fatima har gått tur'],
    ['15.02.2025', 'Kari N.', 'fatima', 'kafé', 'veldig bra', '4', 'Fatimas sønn var med'],
    [45717, 'kari n', 'Fatima Ali', 'SMS', 'ok', 2, 'Fatima sitt nye nr er 912 34 567'],
    ['15. apr. 2025', 'Berit Hansen', 'Amina Yusuf', 'Telefon', 'litt vanskelig', 1, 'Amina trenger mer støtte'],
    [' 2025-05-15 ', 'Berit H.', 'Amina Y.', 'Teams', 'Greit', 2, 'Amina\'s lege ringte'],
    ['mai 2025', 'Siri Dahl', '', 'Telefon', '', '', 'Venter fortsatt på kobling'],
    ['i fjor', 'Kari N.', 'Fatima Ali', 'SMS', 'bra', 1, 'Karis mor hilste på Fatima’s barn'],
    [d(2025, 6, 20), 'Tone Berg', 'Zofia Kowalska', 'møte', 'kjempebra', 3, 'Zofia og Tone var på biblioteket'],
    [],
    [d(2025, 7, 1), '', '', 'Telefon', '', '', 'Hvem var dette?'],
    ['Sum', '', '', '', '', 16, ''],
  ];
  for (const r of rows) ws.addRow(r);
  ws.getColumn(1).numFmt = 'dd.mm.yyyy';
}

/** «Frivillige»: header in row 1; phones with and without +47, ages and birth years, x/✓/ja, her own statuses. */
export function volunteerListSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Frivillige (gammel)');
  ws.addRow(['Navn', 'Tlf.', 'E-post', 'Født/alder', 'Kurs', 'Politiattest', 'Taushetserkl.', 'Status', 'Merknad']);
  const rows: unknown[][] = [
    ['Kari Nordmann', '+47 400 00 001', 'kari.nordmann@example.org', 1975, d(2024, 9, 10), d(2024, 9, 20), 'x', 'aktiv', ''],
    ['Berit Hansen', 40000002, 'berit@example.org', '51 år', '10.09.2024', '✓', '', 'Aktiv', 'Snakker arabisk'],
    ['Siri Dahl', '0047 400 00 003', '', '1990', '10.09.2024', '', '', 'klar for kobling', ''],
    ['Tone Berg', '400 00 004', 'tone@example', '', '', '', '', 'ny', ''],
    ['Liv Aas', '', '', 1962, '', '', '', 'sluttet', 'Flyttet til Bergen'],
    ['Kari Nordmann', '', '', '', '', '', '', '', 'dobbelt'],
  ];
  for (const r of rows) ws.addRow(r);
}

/**
 * Two tables on one tab: the current matches, a blank row, a title, and the ended ones with their own header
 * (in other columns and another order).
 */
export function matchesTwoTablesSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Koblinger');
  ws.addRow(['Aktive koblinger']);
  ws.addRow(['Frivillig', 'Deltaker', 'Startet', 'Varighet', 'Status']);
  ws.addRow(['Kari N.', 'Fatima Ali', d(2025, 1, 10), '12 mnd', 'pågår']);
  ws.addRow(['Berit H.', 'Amina Y.', '01.04.2025', 9, 'aktiv']);
  ws.addRow(['Siri Dahl', 'Hanne Vik', '', '', 'på pause']);
  ws.addRow([]);
  ws.addRow(['Avsluttede']);
  ws.addRow(['Deltaker', 'Ressursvenn', 'Fra', 'Til', 'Årsak']);
  ws.addRow(['Grete Lund', 'Liv Aas', d(2023, 3, 1), d(2024, 3, 1), 'fullført']);
  ws.addRow(['Lena Moe', 'Liv Aas', '1.9.24', 'desember 2024', 'hun flyttet']);
}

/**
 * «Deltakere»: referrals as they came from the shelter, header in row 1. «Navn» is the participant's (the tab
 * name says so); phones she was given, dates in three shapes, a possessive and a phone number in «Behov».
 */
export function participantListSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Deltakere'); // copied in beside the add-on's own «Deltakere», it becomes «Kopi av Deltakere»
  ws.addRow(['Navn', 'Telefon', 'Krisesenter', 'Henvist dato', 'Behov']);
  const rows: unknown[][] = [
    ['Fatima Ali', '912 34 567', 'Eksempelby krisesenter', d(2024, 12, 1), 'Norsktrening; Fatimas barn går i barnehage'],
    ['Amina Yusuf', '+47 913 45 678', 'Eksempelby krisesenter', '15.03.2025', 'Nettverk'],
    ['Nadia Rahman', 41122334, '', 'mars 2025', 'Ring Nadia på 411 22 334 etter kl 16'],
    ['Sara Haile', '', 'Nabokommunen krisesenter', '', ''],
  ];
  for (const r of rows) ws.addRow(r);
}

export async function buildXlsx(...sheets: Array<(wb: ExcelJS.Workbook) => void>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gruppeleder';
  for (const s of sheets) s(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The messy log a real leader keeps (issue 9), three tabs. Every name is invented. `MESSY_PARTICIPANTS` and
 * `MESSY_VOLUNTEERS` list every name written anywhere, so a test can scan the spreadsheet for any of them.
 */
export const MESSY_PARTICIPANTS = ['Leila Haddad', 'Leila', 'Meron Tesfaye', 'Merons', 'Hawa Jalloh', 'Hawa', 'Soraya Karimi', 'Soraya'];
export const MESSY_VOLUNTEERS = ['Ragnhild Moe', 'Ragnhild M.', 'Ingrid Sæther', 'Anne Berg', 'Anne Bakke', 'Åse Lie'];
/** Contact details and the birth date written in the volunteer table: none may be stored outside Kontaktinfo. */
export const MESSY_SECRETS = ['12.03.1965', '1965-03-12', '400 00 011', '40000011', '400 00 012', '+447700900123', '447700900123'];

/**
 * «Oversikt 2025»: a match list (A–D) and a volunteer list (F–J) side by side, each with a merged title over its
 * own header; a declined pairing, a pause without dates, a legend row; a birth date, a phone number Sheets made a
 * number, a police certificate «søkt», statuses in her words («på vent», «permisjon», «sluttet» without a date).
 */
export function sideBySideSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Oversikt 2025');
  ws.getCell('A1').value = 'Koblinger';
  ws.mergeCells('A1:D1');
  ws.getCell('F1').value = 'Frivillige';
  ws.mergeCells('F1:J1');
  ws.addRow([]);
  const rows: unknown[][] = [
    ['Frivillig', 'Deltaker', 'Startet', 'Status', null, 'Navn', 'Mobil', 'Fødselsdato', 'Politiattest', 'Status'],
    ['Ragnhild Moe', 'Leila Haddad', d(2025, 1, 10), 'aktiv', null, 'Ragnhild Moe', 40000011, '12.03.1965', d(2024, 9, 1), 'aktiv'],
    ['Ingrid Sæther', 'Meron Tesfaye', '01.04.2025', 'aktiv', null, 'Ingrid Sæther', '+47 400 00 012', 1970, 'søkt', 'på vent'],
    ['Anne Berg', 'Hawa Jalloh', '', 'takket nei', null, 'Anne Berg', 447700900123, '', '', 'permisjon'],
    ['Anne Bakke', 'Soraya Karimi', '', 'på pause', null, 'Anne Bakke', '', '', '', 'sluttet'],
    ['✓ = ferdig', '', '', '', null, 'Åse Lie', '', 1980, 'ok', 'ny'],
    ['', '', '', '', null, 'Totalt:', 5, '', '', ''],
  ];
  rows.forEach((r, i) => { ws.getRow(3 + i).values = r as ExcelJS.CellValue[]; });
}

/**
 * «Oppfølging»: a contact log under a merged title, the note column headed as a question and a second note column
 * of her own; names written short, in capitals, with a no-break space and decomposed «Å»; names in the notes that
 * only the other tab has; free-text next dates and channels; a place and an ambiguous short form for the
 * volunteer; a blank row, a legend row and a footer.
 */
export function messyContactLogSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Oppfølging');
  ws.getCell('A1').value = 'Oppfølginger 2025 – ikke del';
  ws.mergeCells('A1:G1');
  const rows: unknown[][] = [
    ['Dato', 'Ressursvenn', 'Deltaker', 'Kanal', 'Hva vi snakket om', 'Neste oppfølging', 'Kommentar 2'],
    [d(2025, 2, 1), 'Ragnhild M.', 'Leila', 'traff henne på biblioteket', 'Leila og Ragnhild gikk tur', 'etter påske', ''],
    ['15.02.2025', 'Ingrid\u00a0Sæther', 'Meron Tesfaye', 'ringte', 'Merons sønn begynner på skolen', 'uke 40', 'Hawa hilste'],
    ['01.03.2025', 'INGRID SÆTHER', 'meron  tesfaye', 'SMS', 'Soraya’s venninne var med', '15.03.2025', ''],
    ['05.03.2025', 'Anne B.', '', 'tlf', 'kort prat', '', ''],
    ['10.03.2025', 'NAV', 'Leila Haddad', 'møte', 'møte om bolig', '', ''],
    ['12.03.2025', 'A\u030ase Lie', '', 'Telefon', 'Venter på kobling', 'september', ''],
    [],
    ['✓ = ferdig', '', '', '', '', '', ''],
    ['Totalt:', '', '', '', '', '', 6],
  ];
  rows.forEach((r, i) => { ws.getRow(2 + i).values = r as ExcelJS.CellValue[]; });
}

/** «Statistikk»: monthly figures the leader keeps for the report; not a log. */
export function statisticsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Statistikk');
  ws.addRow(['Statistikk 2025']);
  ws.addRow(['Måned', 'Henvendelser', 'Nye']);
  ws.addRow(['Januar', 4, 1]);
  ws.addRow(['Februar', 2, 0]);
  ws.addRow(['Sum', 6, 1]);
}
