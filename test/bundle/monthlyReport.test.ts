/** The report menu items through the built dist/Code.js in a bare vm context, in both deployment modes. */
import { bundleHarness } from '../support/harness';
import { SAMPLE_NOW, typeSampleAssociation } from '../support/sampleAssociation';

describe.each(['bound', 'addon'] as const)('månedsrapport through the bundle (%s)', (deployment) => {
  test('the menu lists both items; generate, then send after confirmation', () => {
    const h = bundleHarness({ deployment, now: SAMPLE_NOW });
    h.call('onOpen', [{ authMode: 'LIMITED' }]);
    expect(h.emu.ui.menuHandlers()).toEqual(expect.arrayContaining(['menuMonthlyReport', 'menuSendMonthlyReport']));
    h.call('menuSetupSheets');
    typeSampleAssociation(h.emu, { withBadRows: true });

    h.emu.ui.answerNext({ button: 'OK', text: '' });
    h.call('menuMonthlyReport');
    expect(h.emu.ui.alerts.at(-1)!.prompt).toContain('Rapporten for oktober 2026 står i arket «Rapport 2026-10».');
    expect(h.emu.sheetCharts('Rapport 2026-10')).toHaveLength(1);

    h.emu.ui.answerNext({ button: 'OK', text: '2026-10' }, 'YES');
    h.call('menuSendMonthlyReport');
    expect(h.emu.mail.sent.map((m) => m.to)).toEqual(['prosjektleder@example.org']);
    expect(h.emu.mail.sent[0]!.htmlBody).toContain('Månedsrapport oktober 2026');
    expect(h.emu.sheetCharts('Rapport 2026-10')).toHaveLength(1);
    expect(h.emu.writesWithoutLock({ valuesOnly: true })).toEqual([]);
  });

  test('a month typed wrong gets a Norwegian answer and nothing is written', () => {
    const h = bundleHarness({ deployment, now: SAMPLE_NOW });
    h.call('menuSetupSheets');
    h.emu.ui.answerNext({ button: 'OK', text: 'oktober' });
    h.call('menuMonthlyReport');
    expect(h.emu.ui.alerts.at(-1)!.prompt).toBe('Skriv måneden som ÅÅÅÅ-MM, for eksempel 2026-03.');
    expect(h.emu.sheetNames().some((n) => n.startsWith('Rapport'))).toBe(false);
  });
});
