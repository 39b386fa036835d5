/** Request validation for the import dialog's calls: one Norwegian message naming field and reason. */
import { unexpectedErrorMessage, UserError } from '../errors';

interface Issue { path: ReadonlyArray<PropertyKey>; message: string }
interface SafeParser<T> { safeParse(x: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<Issue> } } }

export function parseRequest<T>(schema: SafeParser<T>, raw: unknown): T {
  // Only a call without an argument means «no choices yet»; null, a list or a text is refused by the schema.
  const r = schema.safeParse(raw === undefined ? {} : raw);
  if (r.success) return r.data;
  const fieldErrors: Record<string, string> = {};
  for (const i of r.error.issues) fieldErrors[i.path.map(String).join('.') || 'forespørsel'] ??= i.message;
  throw new UserError(`Ugyldig forespørsel: ${Object.entries(fieldErrors).map(([k, m]) => `${k}: ${m}`).join('; ')}`, fieldErrors);
}

/**
 * Runs a dialog call: a UserError reaches the page as its Norwegian message; anything else is logged with its
 * stack and reaches the page as a plain Norwegian sentence (google.script.run passes only the message on).
 */
export function dialogCall<T>(ports: { log(message: string): void }, name: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof Error && (e.name === 'UserError' || e.name === 'BusyError')) throw new Error(e.message);
    ports.log(`${name}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    throw new Error(unexpectedErrorMessage(e));
  }
}
