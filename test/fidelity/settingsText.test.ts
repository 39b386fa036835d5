/** Innstillinger through the bundle: text settings are written and read as plain text, as typed. */
import { sidebarFixture, type SidebarFixture } from '../support/sidebar';

let f: SidebarFixture;
beforeEach(() => { f = sidebarFixture(); });

const valueCell = (label: string) => {
  const r = f.h.emu.sheetValues('Innstillinger').findIndex((x) => x[0] === label) + 1;
  return { row: r, cell: f.h.emu.cell('Innstillinger', r, 2) };
};

test.each(['0047', '15.01.2026', 'TRUE', '1,5'])('the association name «%s» is saved and read back as that text', (name) => {
  const page = f.rpc('sidebarOpen', 'settings');
  expect(f.rpc('sidebarSaveSettings', { settings: { ...page.settings, associationName: name }, shelters: page.shelters, version: page.version }).ok).toBe(true);
  expect(valueCell('Lokalforening').cell).toMatchObject({ v: name, nf: '@' });
  expect(f.rpc('sidebarOpen', 'settings').settings.associationName).toBe(name);
});

test('setup gives text settings plain-text cells, so what a leader types there stays as typed', () => {
  const { row } = valueCell('Lokalforening');
  f.h.emu.typeByHand('Innstillinger', row, 2, [['15.01.2026']]);
  expect(f.rpc('sidebarOpen', 'settings').settings.associationName).toBe('15.01.2026');
  expect(valueCell('Oppfølging hver (dager)').cell?.nf).not.toBe('@');
});

test('a text setting that an older sheet already turned into a date reads as the date the leader typed', () => {
  const { row } = valueCell('Lokalforening');
  f.h.emu._sheet('Innstillinger').grid[row - 1]![1] = { v: 46037, nf: 'dd.mm.yyyy' };
  expect(f.rpc('sidebarOpen', 'settings').settings.associationName).toBe('15.01.2026');
});
