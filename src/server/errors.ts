import { GOOGLE_ERROR_TEXT, googleErrorKind } from '../domain/googleErrors';

/** Errors meant for the group leader: the message is Norwegian and shown as is. */
export class UserError extends Error {
  constructor(message: string, readonly fieldErrors: Record<string, string> = {}) {
    super(message);
    this.name = 'UserError';
  }
}

/** The document lock could not be had in time: someone else is saving. */
export class BusyError extends UserError {
  constructor() {
    super('En annen lagrer i regnearket akkurat nå. Vent noen sekunder og prøv igjen.');
    this.name = 'BusyError';
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof Error && (e.name === 'UserError' || e.name === 'BusyError');
}

/** What an unknown failure tells the leader: the English detail goes to the log, never to her. */
export const UNKNOWN_ERROR = 'Noe gikk galt i Ressursvenn. Se i arket om noe ble lagret før du prøver igjen. Skjer det igjen, se «Når noe går galt» under Utvidelser → Ressursvenn → Hjelp.';

/**
 * What the leader is told when something unexpected failed: Google's own failures (timeout, quota, a service
 * that failed …) in Norwegian with what to do, anything else as UNKNOWN_ERROR. A failure may come after one of
 * several writes (another sheet, another table), so we do not promise that nothing was saved.
 */
export function unexpectedErrorMessage(e: unknown): string {
  const kind = googleErrorKind(e instanceof Error ? e.message : String(e));
  return kind ? GOOGLE_ERROR_TEXT[kind] : UNKNOWN_ERROR;
}
