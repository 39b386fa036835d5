/**
 * Payload validation with the record schemas themselves: each form field is checked by its column's own zod
 * schema, then the assembled record by the whole schema (cross-field rules). Messages are per field, Norwegian.
 */
import { describeFindings, scanNote } from '../../domain/privacy';
import { refuseFields, Refusal, type FieldErrors, type PrivacyWarning } from './result';

interface Issue { path: ReadonlyArray<PropertyKey>; message: string; code?: string; expected?: unknown; input?: unknown }
interface FieldSchema { safeParse(v: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly Issue[] } } }
interface RecordSchema<R> { safeParse(v: unknown): { success: true; data: R } | { success: false; error: { issues: readonly Issue[] } } }

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** zod's generic type messages, said the way a form should say them. */
function friendly(issue: Issue, value: unknown): string {
  if (issue.code !== 'invalid_type') return issue.message;
  if (isBlank(value)) return 'Må fylles ut.';
  if (issue.expected === 'number') return 'Må være et tall.';
  if (issue.expected === 'boolean') return 'Må være ja eller nei.';
  return 'Ugyldig verdi.';
}

export function issuesToFieldErrors(issues: readonly Issue[], input: Record<string, unknown>, into: FieldErrors = {}): FieldErrors {
  for (const iss of issues) {
    const field = iss.path.length > 0 ? iss.path.map(String).join('.') : '_';
    if (!(field in into)) into[field] = friendly(iss, input[String(iss.path[0])]);
  }
  return into;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** An object payload as it is; anything else as an empty one (callers that get here already refused non-objects). */
export function asObject(payload: unknown): Record<string, unknown> {
  return isObject(payload) ? payload : {};
}

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'ingenting';
  if (Array.isArray(v)) return 'en liste';
  return ({ string: 'tekst', number: 'et tall', boolean: 'ja/nei' } as Record<string, string>)[typeof v] ?? 'en annen type';
}

/**
 * Refuses a payload that is not an object: read as blank it would pass for a request with every field empty
 * (a report for the default month, an empty shelter list). Every save runs this first (api.ts).
 */
export function requireObject(payload: unknown): Record<string, unknown> {
  if (isObject(payload)) return payload;
  throw new Refusal(`Ugyldig forespørsel: siden sendte ${typeName(payload)}, ikke et skjema med felt. Last inn siden på nytt. Ingenting ble lagret.`);
}

/** The JavaScript type a key around the record fields must have; `?` allows it to be absent or null. */
export type KeyKind = 'text' | 'yesNo' | 'list' | 'form' | 'textList';
type KeySpec = KeyKind | `${KeyKind}?` | { kind: KeyKind | `${KeyKind}?`; message: string };

const KIND_MESSAGES: Record<KeyKind, string> = {
  text: 'Må være tekst.', yesNo: 'Må være ja eller nei.', list: 'Må være en liste.', form: 'Må være et skjema med felt.', textList: 'Må være en liste med tekst.',
};
const HAS_KIND: Record<KeyKind, (v: unknown) => boolean> = {
  text: (v) => typeof v === 'string',
  yesNo: (v) => typeof v === 'boolean',
  list: Array.isArray,
  form: isObject,
  textList: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
};

/**
 * The keys of a payload that are not record fields (IDs, the action, lists, confirmations) must have their
 * type: a wrong one is refused at its key, never read as blank. Record fields are checked by checkFields.
 */
export function checkKeys(payload: unknown, specs: Record<string, KeySpec>): Record<string, unknown> {
  const input = requireObject(payload);
  const errors: FieldErrors = {};
  for (const [key, spec] of Object.entries(specs)) {
    const { kind, message } = typeof spec === 'string' ? { kind: spec, message: undefined } : spec;
    const optional = kind.endsWith('?');
    const base = kind.replace('?', '') as KeyKind;
    const value = input[key];
    if (optional && (value === undefined || value === null)) continue;
    if (!HAS_KIND[base](value)) errors[key] = message ?? (value === undefined || value === null ? 'Må fylles ut.' : KIND_MESSAGES[base]);
  }
  refuseIfAny(errors);
  return input;
}

/**
 * Checks the named fields of `payload` with the schema's field schemas. `required` fields must not be blank
 * even where the column allows blanks (a date the action needs). Returns the parsed values.
 */
export function checkFields<K extends string>(
  shape: Record<K, FieldSchema>, payload: unknown, fields: readonly K[], required: readonly K[], errors: FieldErrors,
): Record<K, unknown> {
  const input = asObject(payload);
  const out = {} as Record<K, unknown>;
  for (const f of fields) {
    const value = typeof input[f] === 'string' ? (input[f] as string).trim() : input[f];
    if (required.includes(f) && isBlank(value)) { errors[f] ??= 'Må fylles ut.'; continue; }
    const r = shape[f].safeParse(value);
    if (r.success) out[f] = r.data;
    else issuesToFieldErrors(r.error.issues.map((i) => ({ ...i, path: [f] })), { [f]: value }, errors);
  }
  return out;
}

export function refuseIfAny(errors: FieldErrors): void {
  if (Object.keys(errors).length > 0) refuseFields(errors);
}

/** Validates an assembled record with its whole schema; refuses with every message (earlier field errors included). */
export function checkRecord<R>(schema: RecordSchema<R>, record: Record<string, unknown>, errors: FieldErrors = {}): R {
  refuseIfAny(errors);
  const r = schema.safeParse(record);
  if (!r.success) refuseFields(issuesToFieldErrors(r.error.issues, record, errors));
  return r.data;
}

/** Refuses unless every field is free of national ID numbers, phone numbers and emails, or the leader confirmed. */
export function checkPrivacy(texts: Record<string, string>, confirmed: unknown): void {
  if (confirmed === true) return;
  if (confirmed !== undefined && confirmed !== null && confirmed !== false) refuseFields({ confirmPrivacy: KIND_MESSAGES.yesNo });
  const warnings: PrivacyWarning[] = [];
  for (const [field, text] of Object.entries(texts)) {
    const findings = scanNote(text);
    if (findings.length > 0) warnings.push({ field, message: describeFindings(findings), findings });
  }
  if (warnings.length === 0) return;
  const fieldErrors: FieldErrors = {};
  for (const w of warnings) fieldErrors[w.field] = w.message;
  throw new Refusal('Teksten ser ut til å inneholde personopplysninger. Fjern dem, eller bekreft at den skal lagres slik.', fieldErrors, warnings);
}
