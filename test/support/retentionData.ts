/**
 * Data for the retention tests and bench: every empty note and activity of the sample association filled in (so
 * a purge has something to blank everywhere), and a generated association of any size where ended and running
 * matches, and their log rows, are interleaved row by row (the hardest case for batched writes).
 */
import type { Emulator } from '../emulator';
import { typeRows } from './sampleAssociation';

const NOTE_SHEETS: ReadonlyArray<[string, readonly string[]]> = [
  ['Frivillige', ['Merknad']],
  ['Deltakere', ['Merknad']],
  ['Koblinger', ['Merknad']],
  ['Kontaktlogg', ['Aktiviteter', 'Merknad']],
  ['Henvendelser', ['Merknad']],
  ['Kurs', ['Merknad']],
];

/** Types «<sheet> rad <n>» into every empty note (and activities) cell of a data row. */
export function fillEmptyNotes(emu: Emulator): void {
  for (const [sheet, headers] of NOTE_SHEETS) {
    const grid = emu.sheetValues(sheet);
    for (const h of headers) {
      const col = grid[0]!.indexOf(h);
      for (let r = 1; r < grid.length; r++) {
        if (grid[r]![0] !== '' && grid[r]![col] === '') emu.typeByHand(sheet, r + 1, col + 1, [[`${h} ${sheet} rad ${r + 1}`]]);
      }
    }
  }
}

const pad = (n: number, d: number) => String(n).padStart(d, '0');

/**
 * `n` volunteers, participants and matches: odd ones ended in 2023 (past a 24-month retention in 2026), even
 * ones active; two log rows per match, written alternately; Kontaktinfo for every volunteer; an inquiry per
 * match and a course per ten. Every row has a note.
 */
export function typeLargeAssociation(emu: Emulator, n: number): void {
  const volunteers = [];
  const participants = [];
  const matches = [];
  const info = [];
  const inquiries = [];
  const courses = [];
  for (let i = 1; i <= n; i++) {
    const ended = i % 2 === 1;
    const v = `F-${pad(i, 4)}`;
    const p = `D-${pad(i, 4)}`;
    volunteers.push({ ID: v, 'Alias/initialer': `V${i}`, Fødselsår: 1980, 'Påmeldt dato': '01.01.2022', 'Kurs fullført': '10.01.2022', Kartleggingssamtale: '15.01.2022', 'Politiattest vist': '20.01.2022', 'Taushetserklæring N.K.S.': '20.01.2022', 'Taushetserklæring krisesenter': '25.01.2022', Status: ended ? 'Sluttet' : 'I kobling', 'Sluttet dato': ended ? '15.04.2023' : '', Sluttårsak: ended ? 'Tidsmangel' : '', Merknad: `frivillig ${i}` });
    participants.push({ ID: p, Krisesenter: 'Senter', Kommune: 'Eksempelby', Fødselsår: 1990, Behov: 'Aktiviteter', 'Henvist dato': '01.02.2022', Status: ended ? 'Avsluttet' : 'I kobling', Merknad: `deltaker ${i}` });
    matches.push({ ID: `K-${pad(i, 4)}`, 'Frivillig-ID': v, 'Deltaker-ID': p, Status: ended ? 'Avsluttet' : 'Aktiv', Startdato: ended ? '01.03.2022' : '01.03.2026', 'Avtalt lengde (mnd)': 12, 'Planlagt slutt': ended ? '01.03.2023' : '01.03.2027', Sluttdato: ended ? '31.03.2023' : '', Sluttårsak: ended ? 'Fullført periode' : '', Merknad: `kobling ${i}` });
    info.push({ 'Frivillig-ID': v, Navn: `Oppdiktet Person ${i}`, Telefon: `400 ${pad(i % 100000, 5)}`, 'E-post': `person${i}@example.org` });
    inquiries.push({ ID: `H-${pad(i, 4)}`, Dato: ended ? '01.02.2022' : '01.02.2026', Type: 'Annet', Fra: 'Nettsiden', Merknad: `henvendelse ${i}` });
    if (i % 10 === 0) courses.push({ ID: `KU-${pad(i / 10, 3)}`, Dato: i % 20 === 0 ? '01.02.2022' : '01.02.2026', Sted: 'Huset', 'Antall deltakere': 5, Merknad: `kurs ${i}` });
  }
  const contacts = [];
  for (let k = 0; k < 2; k++) {
    for (let i = 1; i <= n; i++) {
      const ended = i % 2 === 1;
      contacts.push({ ID: `L-${pad(k * n + i, 5)}`, Dato: ended ? '15.06.2022' : '15.06.2026', 'Koblings-ID': `K-${pad(i, 4)}`, 'Med hvem': 'Frivillig', Kanal: 'Telefon', Type: 'Månedlig oppfølging', 'Møter siden sist': 2, Aktiviteter: 'tur', Bekymring: i % 7 === 0, Merknad: `logg ${k} ${i}` });
    }
  }
  typeRows(emu, 'Frivillige', volunteers);
  typeRows(emu, 'Deltakere', participants);
  typeRows(emu, 'Koblinger', matches);
  typeRows(emu, 'Kontaktlogg', contacts);
  typeRows(emu, 'Kontaktinfo', info);
  typeRows(emu, 'Henvendelser', inquiries);
  typeRows(emu, 'Kurs', courses);
}
