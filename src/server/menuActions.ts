/** What the menu items show the leader: the use case's result, or its Norwegian error, in a dialog. */
import { checkData } from './checkData';
import { isUserError, unexpectedErrorMessage } from './errors';
import type { Ports } from './ports';
import { setupSheets, type SetupSummary } from './setupSheets';
import { offerNorwegianLocale } from './spreadsheetLocale';

export function withDialog(ports: Ports, title: string, run: () => string): void {
  try {
    const message = run();
    if (message) ports.ui?.alert(title, message); // '' = the leader cancelled: nothing to say
  } catch (e) {
    if (!isUserError(e)) {
      ports.log(`${title}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
    ports.ui?.alert(title, isUserError(e) ? e.message : unexpectedErrorMessage(e));
  }
}

/** What the leader reads after «Sett opp / oppdater arkene» (menu and Kom i gang alike); `locale`: what the locale offer said. */
export function setupMessage(s: SetupSummary, locale = ''): string {
  const parts: string[] = locale ? [locale] : [];
  if (s.created.length > 0) parts.push(`Opprettet: ${s.created.join(', ')}.`);
  for (const a of s.addedColumns) parts.push(`La til kolonner i ${a.sheet}: ${a.columns.join(', ')}.`);
  if (s.removedBlank) parts.push(`Fjernet det tomme arket «${s.removedBlank}».`);
  if (parts.length === 0) parts.push('Alle ark var allerede oppdatert. Ingenting ble endret.');
  parts.push('Kontaktinfo er skjult og beskyttet. Merk: Googles versjonshistorikk tar vare på gamle verdier.');
  return parts.join('\n');
}

export function runSetupSheets(ports: Ports): void {
  withDialog(ports, 'Sett opp arkene', () => {
    const locale = offerNorwegianLocale(ports);
    return setupMessage(setupSheets(ports), locale);
  });
}

/** The import wizard is a wide modal dialog: the preview is a table. */
export function showImportDialog(ports: Ports): string {
  ports.ui?.showDialog('Import', 'Importer gammel logg', 1100, 720);
  return '';
}

export function openImportDialog(ports: Ports): void {
  withDialog(ports, 'Importer gammel logg', () => showImportDialog(ports));
}

export function runCheckData(ports: Ports): void {
  withDialog(ports, 'Kontroller data', () => {
    const s = checkData(ports);
    if (s.errors === 0 && s.warnings === 0) return `Ingen problemer funnet i ${s.rowsChecked} rader.`;
    return `${s.rowsChecked} rader kontrollert: ${s.errors} feil og ${s.warnings} advarsler. Se arket «${s.sheet}»; lenkene går rett til cellen.`;
  });
}
