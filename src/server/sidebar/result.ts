/**
 * What every sidebar RPC returns: JSON-safe results the page can show as they are. A refusal carries a
 * Norwegian summary and per-field messages; a privacy warning asks the leader to confirm or edit the text.
 */
import type { PrivacyFinding } from '../../domain/privacy';
import { isUserError, unexpectedErrorMessage } from '../errors';
import type { Ports } from '../ports';

export type FieldErrors = Record<string, string>;

export interface PrivacyWarning { field: string; message: string; findings: PrivacyFinding[] }

export interface Fail {
  ok: false;
  message: string;
  fieldErrors: FieldErrors;
  /** Set when the only obstacle is personal data in free text: resend with `confirmPrivacy: true`. */
  privacy?: PrivacyWarning[];
}

export type Ok<T> = { ok: true } & T;
export type Result<T> = Ok<T> | Fail;

/** Thrown inside a use case to refuse with field messages; nothing has been written at that point. */
export class Refusal extends Error {
  constructor(message: string, readonly fieldErrors: FieldErrors = {}, readonly privacy?: PrivacyWarning[]) {
    super(message);
    this.name = 'Refusal';
  }
}

export function refuseFields(fieldErrors: FieldErrors): never {
  const n = Object.keys(fieldErrors).length;
  throw new Refusal(n === 1 ? 'Ett felt må rettes. Ingenting ble lagret.' : `${n} felt må rettes. Ingenting ble lagret.`, fieldErrors);
}

/** Runs a use case and turns refusals and errors into a Fail the page can show. */
export function rpc<T>(ports: Ports, name: string, fn: () => Ok<T>): Result<T> {
  try {
    return fn();
  } catch (e) {
    if (e instanceof Refusal) {
      const fail: Fail = { ok: false, message: e.message, fieldErrors: e.fieldErrors };
      if (e.privacy) fail.privacy = e.privacy;
      return fail;
    }
    if (isUserError(e)) return { ok: false, message: e.message, fieldErrors: { ...e.fieldErrors } };
    ports.log(`${name}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return { ok: false, message: unexpectedErrorMessage(e), fieldErrors: {} };
  }
}
