import { checkData } from '../../src/server/checkData';
import { setupSheets } from '../../src/server/setupSheets';
import { DATA_TABLES, MATCHES } from '../../src/sheets/tables';
import { gasHarness, holdLeaseElsewhere, type GasHarness } from '../support/harness';
import { SAMPLE_MATCHES, SAMPLE_NOW, SAMPLE_PARTICIPANTS, SAMPLE_VOLUNTEERS, typeRows, typeSampleAssociation } from '../support/sampleAssociation';

let h: GasHarness;
beforeEach(() => { h = gasHarness({ now: SAMPLE_NOW }); });
afterEach(() => h.dispose());

function problems(): string[] {
  return h.emu.sheetValues('Datakontroll').slice(1).map((r) => `${r[1]}!${r[2]} ${r[3]}: ${r[5]}`);
}

function snapshot(): string {
  return JSON.stringify(h.emu.sheetNames().map((n) => [n, h.emu.sheetValues(n), h.emu.sheetInfo(n), h.emu.sheetFormulas(n)]));
}

describe('Sett opp / oppdater arkene', () => {
  test('creates every sheet with headers, frozen row, plain-text IDs and hidden Kontaktinfo', () => {
    const s = h.run((p) => setupSheets(p));
    expect(s.created).toEqual(expect.arrayContaining(['Innstillinger', ...DATA_TABLES.map((d) => d.sheetName)]));
    for (const def of DATA_TABLES) {
      // Koblinger also gets the reminders' computed «Neste frist» column, after the record's own columns.
      const extra = def.sheetName === 'Koblinger' ? ['Neste frist'] : [];
      expect(h.emu.sheetValues(def.sheetName)[0]).toEqual([...def.columns.map((c) => c.header), ...extra]);
      expect(h.emu.sheetInfo(def.sheetName).frozenRows).toBe(1);
    }
    expect(h.emu.sheetInfo('Kontaktinfo').hidden).toBe(true);
    expect(h.emu.sheetInfo('Frivillige').hidden).toBe(false);
    // A phone typed into Kontaktinfo keeps its leading zeros because the column is plain text.
    typeRows(h.emu, 'Kontaktinfo', [{ 'Frivillig-ID': 'F-001', Navn: 'Test Testesen', Telefon: '0047 400 00 001' }]);
    expect(h.emu.sheetValues('Kontaktinfo')[1]![2]).toBe('0047 400 00 001');
    // Every write happened under the lock.
    expect(h.emu.writesWithoutLock()).toEqual([]);
  });

  test('the first setup removes Google\'s empty «Ark1» so the add-on\'s sheets come first', () => {
    expect(h.run((p) => setupSheets(p)).removedBlank).toBe('Ark1');
    expect(h.emu.sheetNames()[0]).toBe('Innstillinger');
    expect(h.emu.sheetNames()).not.toContain('Ark1');
  });

  test('an «Ark1» the leader typed into stays where it is', () => {
    h.emu.typeByHand('Ark1', 1, 1, [['Gammel logg']]);
    expect(h.run((p) => setupSheets(p)).removedBlank).toBeNull();
    expect(h.emu.sheetNames()[0]).toBe('Ark1');
  });

  test('each setting value cell is validated as its own type (checkbox, whole number in range)', () => {
    h.run((p) => setupSheets(p));
    const grid = h.emu.sheetValues('Innstillinger');
    const rowOf = (label: string) => grid.findIndex((r) => r[0] === label) + 1;
    const dv = (label: string) => h.emu.cell('Innstillinger', rowOf(label), 2)?.dv;
    expect(dv('Påminnelser til frivillige')).toMatchObject({ type: 'CHECKBOX' });
    expect(dv('Påminnelser klokken (0–23)')).toMatchObject({ type: 'NUMBER_BETWEEN', values: [0, 23] });
    expect(dv('Gruppeledere (e-post)')).toBeUndefined();
    expect(grid[rowOf('Påminnelser til frivillige') - 1]![1]).toBe(false);
  });

  test('running it twice changes nothing the second time', () => {
    expect(h.run((p) => setupSheets(p)).removedBlank).toBe('Ark1');
    typeSampleAssociation(h.emu);
    h.run((p) => setupSheets(p)); // fills «Neste frist» for the typed matches
    const before = snapshot();
    const second = h.run((p) => setupSheets(p));
    expect(second).toEqual({ created: [], addedColumns: [], removedBlank: null });
    expect(snapshot()).toBe(before);
  });

  test('an older layout is brought up to date without losing a value', () => {
    // An old Frivillige sheet: columns in another order, one missing, one extra of the leader's own.
    h.emu.addSheet('Frivillige', [
      ['Status', 'ID', 'Egen kolonne', 'Alias/initialer'],
      ['Påmeldt', 'F-001', 'min notis', 'AB'],
      ['', '', '', ''],
      ['Godkjent', 'F-002', '', 'CD'],
    ]);
    const s = h.run((p) => setupSheets(p));
    const added = s.addedColumns.find((a) => a.sheet === 'Frivillige')!.columns;
    expect(added).toContain('Fødselsår');
    expect(added).not.toContain('Status');
    const grid = h.emu.sheetValues('Frivillige');
    expect(grid[0]!.slice(0, 4)).toEqual(['Status', 'ID', 'Egen kolonne', 'Alias/initialer']);
    expect(grid[1]!.slice(0, 4)).toEqual(['Påmeldt', 'F-001', 'min notis', 'AB']);
    expect(grid[3]!.slice(0, 4)).toEqual(['Godkjent', 'F-002', '', 'CD']);
    expect(grid[0]!.length).toBe(4 + added.length);
  });

  test('an existing Koblinger sheet gets «Tidligere pauser» at the right, its rows untouched', () => {
    // A sheet made before the column existed (and before the reminders' «Neste frist»).
    const headers = MATCHES.columns.map((c) => c.header).filter((c) => c !== 'Tidligere pauser');
    const old = [headers, ...SAMPLE_MATCHES.map((m) => headers.map((c) => m[c] ?? ''))];
    h.emu.addSheet('Koblinger', old);
    const before = h.emu.sheetValues('Koblinger');
    const s = h.run((p) => setupSheets(p));
    expect(s.addedColumns.find((a) => a.sheet === 'Koblinger')!.columns).toEqual(['Tidligere pauser']);
    const grid = h.emu.sheetValues('Koblinger');
    expect(grid.map((r) => r.slice(0, headers.length))).toEqual(before);
    expect(grid[0]![headers.length]).toBe('Tidligere pauser');
    expect(grid.slice(1).map((r) => r[headers.length])).toEqual(old.slice(1).map(() => ''));
    typeRows(h.emu, 'Frivillige', SAMPLE_VOLUNTEERS);
    typeRows(h.emu, 'Deltakere', SAMPLE_PARTICIPANTS);
    h.run((p) => checkData(p));
    expect(problems().filter((p) => p.startsWith('Koblinger'))).toEqual([]);
  });

  test('service calls do not grow with rows', () => {
    h.run((p) => setupSheets(p));
    h.emu.calls.reset();
    h.run((p) => setupSheets(p));
    const small = h.emu.calls.total();
    typeRows(h.emu, 'Kontaktlogg', Array.from({ length: 3000 }, (_, i) => ({ ID: `L-${String(i + 1).padStart(5, '0')}`, Dato: '01.10.2026', 'Koblings-ID': 'K-001', 'Med hvem': 'Frivillig', Kanal: 'Telefon', Type: 'Månedlig oppfølging' })));
    h.emu.calls.reset();
    h.run((p) => setupSheets(p));
    expect(h.emu.calls.total()).toBe(small);
  });
});

describe('Kontroller data', () => {

  test('a clean sample has no errors', () => {
    h.run((p) => setupSheets(p));
    typeSampleAssociation(h.emu);
    const s = h.run((p) => checkData(p));
    expect(problems().filter((p) => p.includes('Feil'))).toEqual([]);
    expect(s.errors).toBe(0);
    expect(s.rowsChecked).toBeGreaterThan(40);
  });

  test('every kind of bad hand-typed input gets a precise Norwegian message, and other rows stay intact', () => {
    h.run((p) => setupSheets(p));
    typeSampleAssociation(h.emu, { withBadRows: true });
    const before = JSON.stringify(h.emu.sheetValues('Frivillige'));
    const s = h.run((p) => checkData(p));
    const list = problems();
    expect(list).toEqual(expect.arrayContaining([
      'Frivillige!14 Fødselsår: Må være et helt år mellom 1920 og 2010.',
      'Frivillige!15 Kurs fullført: «31.02.2026» er ikke en gyldig dato (skriv dd.mm.åååå).',
      'Frivillige!16 ID: «F-004» finnes også på rad 5. Hver ID skal bare stå én gang; denne raden telles ikke.',
      'Frivillige!17 Status: «Aktivv» er ikke en gyldig verdi. Gyldige verdier: Påmeldt, Under kartlegging, Godkjent, I kobling, Sluttet.',
      'Frivillige!18 Merknad: Teksten starter med «=» og ligner en formel. Den lagres som tekst her, men kan bli kjørt hvis den kopieres til et annet regneark.',
      'Koblinger!10 Frivillig-ID: Frivillig F-099 finnes ikke i Frivillige.',
      'Kontaktlogg!16 Merknad: Merknaden ser ut til å inneholde telefonnummer. Personopplysninger skal ikke stå i merknader.',
    ]));
    expect(s.errors).toBeGreaterThanOrEqual(5);
    // Notes and contact details never reach the visible Datakontroll sheet; codes and dates do.
    const shown = h.emu.sheetValues('Datakontroll').slice(1).map((r) => String(r[4]));
    expect(shown).toContain('31.02.2026');
    expect(shown.join('|')).not.toMatch(/912 34 567|=1\+1/);
    // The check reads; it never changes the data sheets.
    expect(JSON.stringify(h.emu.sheetValues('Frivillige'))).toBe(before);
    // Links go to the cell.
    expect(h.emu.sheetFormulas('Datakontroll').flat().filter((f) => f.startsWith('=HYPERLINK("#gid=')).length).toBe(list.length);
  });

  test('renamed header, text in a date column, 50,000 characters', () => {
    h.run((p) => setupSheets(p));
    typeSampleAssociation(h.emu);
    const header = h.emu.sheetValues('Deltakere')[0]!.map(String);
    h.emu.typeByHand('Deltakere', 1, header.indexOf('Fødselsår') + 1, [['Født']]);
    h.emu.typeByHand('Deltakere', 2, header.indexOf('Henvist dato') + 1, [['i fjor']]);
    h.emu.typeByHand('Deltakere', 3, header.indexOf('Merknad') + 1, [['x'.repeat(50000)]]);
    h.run((p) => checkData(p));
    expect(problems()).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Deltakere!1 Fødselsår: Kolonnen «Fødselsår» mangler/),
      'Deltakere!2 Henvist dato: «i fjor» er ikke en gyldig dato (skriv dd.mm.åååå).',
      'Deltakere!3 Merknad: Høyst 2000 tegn.',
    ]));
  });

  test('a malformed «Tidligere pauser» entry is an error at its row and column', () => {
    h.run((p) => setupSheets(p));
    typeSampleAssociation(h.emu);
    const header = h.emu.sheetValues('Koblinger')[0]!.map(String);
    const row = h.emu.sheetValues('Koblinger').findIndex((r) => r[0] === 'K-002') + 1;
    h.emu.typeByHand('Koblinger', row, header.indexOf('Tidligere pauser') + 1, [['15.02.2026–01.03.2026 (Sykdom); 01.06.2026-31.06.2026']]);
    h.run((p) => checkData(p));
    expect(problems().filter((p) => p.startsWith('Koblinger'))).toEqual([
      `Koblinger!${row} Tidligere pauser: «01.06.2026-31.06.2026»: «31.06.2026» er ikke en gyldig dato. Skriv hver pause som dd.mm.åååå–dd.mm.åååå (årsak), skilt med semikolon, f.eks. 01.02.2026–15.03.2026 (Sykdom); 01.06.2026–30.06.2026 (Ferie/reise).`,
    ]);
  });

  test('the lock held elsewhere gives a clear Norwegian message and writes nothing', () => {
    h.run((p) => setupSheets(p));
    holdLeaseElsewhere(h.emu);
    expect(() => h.run((p) => checkData(p))).toThrow('En annen lagrer i regnearket akkurat nå');
    expect(h.emu.sheetNames()).not.toContain('Datakontroll');
  });

  test('reads each table once: calls are equal at 10 and 3,000 contact rows', () => {
    h.run((p) => setupSheets(p));
    typeSampleAssociation(h.emu);
    h.run((p) => checkData(p)); // creates Datakontroll
    h.emu.calls.reset();
    h.run((p) => checkData(p));
    const small = h.emu.calls.snapshot();
    typeRows(h.emu, 'Kontaktlogg', Array.from({ length: 3000 }, (_, i) => ({ ID: `L-${String(i + 100).padStart(5, '0')}`, Dato: '01.10.2026', 'Koblings-ID': 'K-001', 'Med hvem': 'Frivillig', Kanal: 'Telefon', Type: 'Månedlig oppfølging' })));
    h.emu.calls.reset();
    h.run((p) => checkData(p));
    expect(h.emu.calls.snapshot()).toEqual(small);
    expect(small['Range.getValues']).toBe(8);
  });
});

describe('user text round trip through Workbook', () => {
  test('a formula-looking or apostrophe note is stored and read back exactly, as inert text, even after the column was reformatted', () => {
    h.run((p) => setupSheets(p));
    const { Workbook } = jest.requireActual('../../src/sheets/workbook') as typeof import('../../src/sheets/workbook');
    const { VOLUNTEERS } = jest.requireActual('../../src/sheets/tables') as typeof import('../../src/sheets/tables');
    const header = h.emu.sheetValues('Frivillige')[0]!.map(String);
    // A leader set the note column back to "Automatic".
    h.run((p) => p.spreadsheet().getSheetByName('Frivillige')!.getRange(2, header.indexOf('Merknad') + 1, 10, 1).setNumberFormat('General'));
    const notes = ['=IMPORTXML("http://x","//a")', "'sitat", '+47 400 00 000', '-ikke en formel', '<img src=x onerror=alert(1)>'];
    h.run((p) => p.lock.withLock(() => {
      const wb = new Workbook(p.spreadsheet(), 'Europe/Oslo');
      const t = wb.read(VOLUNTEERS);
      wb.append(t, notes.map((note, i) => ({
        id: `F-00${i + 1}`, alias: 'AB', birthYear: 1980, municipality: '', languages: '', interests: '', availability: '', canMeetWithChildren: false, area: '', travel: null, notSuitableFor: '',
        recruitmentSource: null, registeredDate: null, courseDate: null, interviewDate: null, policeCertificateDate: null, nksDeclarationDate: null,
        shelterDeclarationDate: null, status: 'Påmeldt' as const, quitDate: null, quitReason: null, note,
      })));
    }));
    const col = header.indexOf('Merknad');
    expect(h.emu.sheetValues('Frivillige').slice(1, 6).map((r) => r[col])).toEqual(notes);
    expect(h.emu.sheetFormulas('Frivillige').flat().filter(Boolean)).toEqual([]);
    const back = h.run((p) => new Workbook(p.spreadsheet(), 'Europe/Oslo').read(VOLUNTEERS));
    expect(back.records.map((r) => r.record.note)).toEqual(notes);
  });
});
