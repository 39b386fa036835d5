/**
 * Demo step: «Slå på påminnelser» (the trigger it installs), then the daily trigger firing today: the digest
 * each group leader of the sample association receives, written as .html and .txt, and the Koblinger column.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clockEvent } from '../../test/emulator/bundle';
import type { DemoStep } from './context';

export const reminders: DemoStep = {
  title: 'Automatic reminders',
  run(ctx) {
    const { h } = ctx;
    h.call('menuEnableReminders');
    const triggers = h.emu.triggers.list();
    for (const t of triggers) console.log(`Slå på påminnelser → trigger ${t.handler}: every ${t.everyDays} day(s) at ${String(t.atHour).padStart(2, '0')}:00 ${t.timeZone} (id ${t.id})`);
    h.call('menuEnableReminders');
    console.log(`Switched on twice → ${h.emu.triggers.list().length} trigger`);

    const before = h.emu.mail.sent.length;
    h.call('runDailyReminders', [clockEvent(h.emu, triggers[0]!.id)], 'trigger');
    const mails = h.emu.mail.sent.slice(before);
    const dir = join(ctx.outDir, 'reminders');
    mkdirSync(dir, { recursive: true });
    mails.forEach((m, i) => {
      const base = join(dir, `${i + 1}-${m.to.replace(/[^a-z0-9.@-]/gi, '_')}`);
      writeFileSync(`${base}.html`, `<!doctype html><meta charset="utf-8"><title>${m.subject.replace(/</g, '&lt;')}</title>\n<p><b>Til:</b> ${m.to}<br><b>Emne:</b> ${m.subject.replace(/</g, '&lt;')}</p><hr>\n${m.htmlBody}\n`);
      writeFileSync(`${base}.txt`, `Til: ${m.to}\nEmne: ${m.subject}\n\n${m.body}\n`);
      ctx.files.push([`${base}.html`, `the reminder digest to ${m.to} (also .txt)`]);
      console.log(`Email to ${m.to}: «${m.subject}»`);
    });
    if (mails[0]) console.log(mails[0].body.split('\n').filter((l) => l.startsWith('- ') || /^[A-ZÆØÅ ]+(–.*)?$/.test(l)).map((l) => `  ${l}`).join('\n'));

    h.call('runDailyReminders', [clockEvent(h.emu, triggers[0]!.id)], 'trigger');
    console.log(`The trigger again the same day → ${h.emu.mail.sent.length - before - mails.length} new emails`);
    const log = h.emu.sheetDisplayValues('Kjørelogg');
    console.log('Kjørelogg:');
    for (const r of log.slice(1)) console.log(`  ${r[0]}  ${r[1]!.padEnd(14)} ${r[4]}`);
    const grid = h.emu.sheetDisplayValues('Koblinger');
    const col = grid[0]!.indexOf('Neste frist');
    console.log('Koblinger «Neste frist»:');
    for (const r of grid.slice(1)) if (r[col]) console.log(`  ${r[0]}  ${r[col]}`);
  },
};
