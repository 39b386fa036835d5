/** The reminder menu items: switch on, switch off, run now; each answers in a dialog. */
import { withDialog } from './menuActions';
import type { Ports } from './ports';
import { disableReminders, enableReminders } from './reminderSwitch';
import { runReminders } from './runReminders';

export function runEnableReminders(ports: Ports): void {
  withDialog(ports, 'Påminnelser', () => {
    const s = enableReminders(ports);
    return `Påminnelser er slått på. De sendes hver dag kl. ${String(s.hour).padStart(2, '0')} (${s.timeZone}) til ${s.recipients.join(', ')}, bare når noe er nytt. `
      + 'Hver kjøring står i arket Kjørelogg, og kolonnen «Neste frist» i Koblinger oppdateres. Timen og mottakerne endres i Innstillinger; slå påminnelsene på igjen etterpå.';
  });
}

export function runDisableReminders(ports: Ports): void {
  withDialog(ports, 'Påminnelser', () => {
    disableReminders(ports);
    return 'Påminnelser er slått av. Ingen e-post sendes før du slår dem på igjen.';
  });
}

export function runRemindersNow(ports: Ports): void {
  withDialog(ports, 'Send påminnelser nå', () => runReminders(ports).message);
}
