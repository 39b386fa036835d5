/**
 * The spreadsheet's own locale and time zone. Sheets parses what a leader types by the locale (an en_US copy of
 * the template does not read 15.03.2026 as a date) and the add-on computes «today» and the reminder hour in the
 * time zone. «Sett opp» asks to set Norwegian / Europe/Oslo; «Kontroller data» warns while they are wrong.
 */
import type { Problem } from '../sheets/problems';
import type { Spreadsheet } from '../sheets/workbook';
import type { Ports } from './ports';

export const NORWEGIAN_LOCALE = 'nb_NO';
export const OSLO = 'Europe/Oslo';
/** Where a leader changes them by hand (Sheets' own menu names, Norwegian UI). */
const WHERE = 'Fil → Innstillinger: velg Lokalitet «Norge» og Tidssone «(GMT+01:00) Oslo», og trykk Lagre innstillingene.';

export interface LocaleState { locale: string; timeZone: string; localeOk: boolean; timeZoneOk: boolean }

/** Bokmål, nynorsk and the plain «no» all parse dd.mm.yyyy. */
export function localeState(ss: Spreadsheet): LocaleState {
  const locale = ss.getSpreadsheetLocale();
  const timeZone = ss.getSpreadsheetTimeZone();
  return { locale, timeZone, localeOk: /^(nb|nn|no)(_|$)/i.test(locale), timeZoneOk: timeZone === OSLO };
}

/** The data check's warnings (none when both are right). */
export function localeProblems(s: LocaleState): Problem[] {
  const out: Problem[] = [];
  const sheet = 'Regnearket';
  if (!s.localeOk) {
    out.push({ sheet, row: null, column: null, severity: 'advarsel', message: `Regnearkets lokalitet er ${s.locale}: datoer skrevet som 15.03.2026 blir ikke lest som datoer. Kjør «Sett opp / oppdater arkene», eller endre under ${WHERE}` });
  }
  if (!s.timeZoneOk) {
    out.push({ sheet, row: null, column: null, severity: 'advarsel', message: `Regnearkets tidssone er ${s.timeZone}, ikke ${OSLO}: «i dag» og klokkeslettet for påminnelsene blir feil. Kjør «Sett opp / oppdater arkene», eller endre under ${WHERE}` });
  }
  return out;
}

/**
 * Asks (menu only: it needs the UI) to set Norwegian / Europe/Oslo when either is wrong, and sets them under the
 * lock when the leader says yes. Returns the sentence for setup's summary, '' when nothing was wrong. Stored dates
 * keep their day: Sheets keeps a date as a day number, whatever the zone.
 */
export function offerNorwegianLocale(ports: Ports): string {
  const before = localeState(ports.spreadsheet());
  if (before.localeOk && before.timeZoneOk) return '';
  const now = `Regnearket står på lokalitet ${before.locale} og tidssone ${before.timeZone}.`;
  const ask = `${now} Tillegget trenger norsk lokalitet (så 15.03.2026 blir lest som en dato) og ${OSLO} (så «i dag» og påminnelsene går etter norsk tid). Vil du sette regnearket til norsk (Norge) og ${OSLO} nå? Datoer som står i arket beholder dagen sin.`;
  if (!ports.ui || !ports.ui.confirm('Språk og tidssone', ask)) {
    return `${now} Ingenting ble endret der. Endre selv under ${WHERE}`;
  }
  ports.lock.withLock(() => {
    const ss = ports.spreadsheet();
    if (!before.localeOk) ss.setSpreadsheetLocale(NORWEGIAN_LOCALE);
    if (!before.timeZoneOk) ss.setSpreadsheetTimeZone(OSLO);
  });
  return `Regnearket er nå satt til norsk (Norge) og tidssonen ${OSLO}. Er påminnelsene slått på, slå dem av og på igjen så de går kl. etter norsk tid.`;
}
