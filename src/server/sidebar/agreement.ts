/**
 * «Skriv ut samarbeidsavtale»: the agreement of one open match as a printable page in a modal dialog (HtmlService
 * and the UI scope the add-on already has; no Docs or Drive scope). Reads Koblinger and Innstillinger only —
 * never Kontaktinfo: names and phone numbers are written on the paper by hand. Writes nothing.
 */
import { agreementHtml } from '../../domain/agreement';
import { OPEN } from '../../domain/matchStatus';
import { plannedEndOf } from '../../domain/matchWindow';
import { MatchSchema } from '../../domain/records';
import { loadSettings } from '../../sheets/settingsSheet';
import { MATCHES } from '../../sheets/tables';
import { UserError } from '../errors';
import type { Ports } from '../ports';
import type { AgreementInput } from './dto';
import { Refusal, type Ok } from './result';
import { openSession, usable } from './session';
import { checkFields } from './validate';

/** Room for the A4-like page with its print button. */
const DIALOG = { width: 760, height: 640 } as const;

export function printAgreement(ports: Ports, payload: AgreementInput): Ok<{ message: string }> {
  const errors: Record<string, string> = {};
  const { id } = checkFields(MatchSchema.shape, { id: (payload as { matchId?: unknown } | null)?.matchId }, ['id'], ['id'], errors);
  if (errors.id) throw new Refusal(`Velg en kobling: ${errors.id}`, { matchId: errors.id });
  const s = openSession(ports);
  const m = usable(s.wb.read(MATCHES)).records.find((r) => r.record.id === id)?.record;
  if (!m) throw new Refusal(`Koblingen ${String(id)} finnes ikke (eller raden har feil; se «Kontroller data»).`, { matchId: 'Finnes ikke.' });
  if (!OPEN.has(m.status)) throw new Refusal(`Koblingen ${m.id} har status «${m.status}»: samarbeidsavtalen skrives ut for koblinger som ikke er avsluttet.`);
  if (!ports.ui) throw new UserError('Samarbeidsavtalen kan bare vises når regnearket er åpent.');
  const html = agreementHtml({
    matchId: m.id, associationName: loadSettings(s.wb).settings.associationName,
    agreedMonths: m.agreedMonths, startDate: m.startDate, plannedEnd: plannedEndOf(m),
  });
  ports.ui.showHtmlDialog(html, 'Samarbeidsavtale', DIALOG.width, DIALOG.height);
  return { ok: true, message: `Samarbeidsavtalen for ${m.id} er åpnet i et eget vindu: skriv den ut derfra (tre eksemplarer).` };
}
