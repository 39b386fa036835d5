/** Demo step: the menu, «Sett opp / oppdater arkene», the sample data typed in by hand, «Kontroller data». */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { typeSampleAssociation } from '../../test/support/sampleAssociation';
import type { DemoStep } from './context';

function lastAlert(ctx: Parameters<DemoStep['run']>[0]): string {
  const a = ctx.h.emu.ui.alerts.at(-1) as unknown as Record<string, unknown> | undefined;
  return a ? String(a.prompt ?? a.message ?? JSON.stringify(a)) : '(no dialog)';
}

export const setupAndCheck: DemoStep = {
  title: 'Menu, setup and data check',
  run(ctx) {
    const { h } = ctx;
    h.call('onOpen', [{ authMode: 'LIMITED' }]);
    const menu = h.emu.ui.menus[0]!;
    console.log(`Menu «Ressursvenn»: ${menu.items.map((i) => ('caption' in i ? i.caption : '—')).join(' | ')}`);

    h.call('menuSetupSheets');
    console.log(`Sett opp / oppdater arkene → ${lastAlert(ctx).split('\n')[0]}`);
    typeSampleAssociation(h.emu, { withBadRows: true });
    for (const name of ['Frivillige', 'Deltakere', 'Koblinger', 'Kontaktlogg', 'Henvendelser', 'Kurs', 'Kontaktinfo']) {
      console.log(`  ${name.padEnd(13)} ${String(h.emu.sheetInfo(name).lastRow - 1).padStart(3)} rows typed in by the «leader»`);
    }

    h.call('menuCheckData');
    console.log(`Kontroller data → ${lastAlert(ctx)}`);
    const rows = h.emu.sheetDisplayValues('Datakontroll');
    const lines = rows.slice(1).map((r) => `  ${r[0]!.padEnd(8)} ${`${r[1]}!${r[2]}`.padEnd(14)} ${r[3]!.padEnd(18)} ${r[5]}`);
    console.log(lines.slice(0, 12).join('\n'));
    if (lines.length > 12) console.log(`  … ${lines.length - 12} more in the Datakontroll sheet`);
    const file = join(ctx.outDir, 'datakontroll.txt');
    // The «Gå til» column holds HYPERLINK formulas, which the emulator does not evaluate: export their targets.
    const formulas = h.emu.sheetFormulas('Datakontroll');
    const text = rows.map((r, i) => r.map((v, j) => /^=HYPERLINK\("[^"]*","([^"]*)"\)$/.exec(formulas[i]?.[j] ?? '')?.[1] ?? v).join('\t'));
    writeFileSync(file, `${text.join('\n')}\n`);
    ctx.files.push([file, 'the data check result, tab-separated']);
  },
};
