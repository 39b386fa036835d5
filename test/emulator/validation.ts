/** Data validation: builder, rule objects and the check applied to script writes. */
import { instrument } from './calls';
import { Stored, describeType, displayValue, instantToSerial, localeInfo } from './coerce';
import type { Core, DvSpec, SpreadsheetState } from './core';

export const DataValidationCriteria = Object.freeze({
  CHECKBOX: 'CHECKBOX',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
});

/** What a rule needs from a Range given as criteria (VALUE_IN_RANGE). */
interface RangeLike {
  _displayGrid(): string[][];
}

function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

export class DataValidationBuilder {
  _spec: DvSpec | null;
  constructor(readonly _core: Core, spec?: DvSpec) {
    this._spec = spec ? { ...spec, values: [...spec.values] } : null;
  }
  private _set(type: string, values: unknown[]): this {
    const prev = this._spec;
    this._spec = { type, values, allowInvalid: prev?.allowInvalid ?? true, helpText: prev?.helpText ?? '' };
    return this;
  }
  private _sig(method: string, args: unknown[]): Error {
    return this._core.sigErr(`SpreadsheetApp.DataValidationBuilder.${method}`, args.map(describeType).join(','));
  }
  requireValueInList(values: unknown, showDropdown?: unknown): this {
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'string') || (showDropdown !== undefined && typeof showDropdown !== 'boolean')) {
      throw this._sig('requireValueInList', [values, showDropdown].filter((x) => x !== undefined));
    }
    return this._set('VALUE_IN_LIST', [[...values], showDropdown ?? true]);
  }
  requireValueInRange(range: unknown, showDropdown?: unknown): this {
    if (!range || typeof (range as RangeLike)._displayGrid !== 'function') throw this._sig('requireValueInRange', [range]);
    return this._set('VALUE_IN_RANGE', [range, showDropdown ?? true]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    const vals = [checked, unchecked].filter((x) => x !== undefined);
    return this._set('CHECKBOX', vals);
  }
  requireDate(): this {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(d: Date): this {
    return this._set('DATE_AFTER', [d]);
  }
  requireDateBefore(d: Date): this {
    return this._set('DATE_BEFORE', [d]);
  }
  requireNumberBetween(a: unknown, b: unknown): this {
    if (!isNum(a) || !isNum(b)) throw this._sig('requireNumberBetween', [a, b]);
    return this._set('NUMBER_BETWEEN', [a, b]);
  }
  requireNumberGreaterThan(a: unknown): this {
    if (!isNum(a)) throw this._sig('requireNumberGreaterThan', [a]);
    return this._set('NUMBER_GREATER_THAN', [a]);
  }
  requireNumberGreaterThanOrEqualTo(a: unknown): this {
    if (!isNum(a)) throw this._sig('requireNumberGreaterThanOrEqualTo', [a]);
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [a]);
  }
  requireNumberLessThanOrEqualTo(a: unknown): this {
    if (!isNum(a)) throw this._sig('requireNumberLessThanOrEqualTo', [a]);
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [a]);
  }
  requireTextIsEmail(): this {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this._set('CUSTOM_FORMULA', [formula]);
  }
  setAllowInvalid(allow: unknown): this {
    if (typeof allow !== 'boolean') throw this._sig('setAllowInvalid', [allow]);
    if (!this._spec) this._spec = { type: '', values: [], allowInvalid: allow, helpText: '' };
    else this._spec.allowInvalid = allow;
    return this;
  }
  setHelpText(text: unknown): this {
    if (typeof text !== 'string') throw this._sig('setHelpText', [text]);
    if (!this._spec) this._spec = { type: '', values: [], allowInvalid: true, helpText: text };
    else this._spec.helpText = text;
    return this;
  }
  getCriteriaType(): string | null {
    return this._spec?.type || null;
  }
  getCriteriaValues(): unknown[] {
    return this._core.arr(this._spec?.values ?? []);
  }
  build(): DataValidation {
    if (!this._spec || !this._spec.type) throw this._core.err('You must specify a validation criteria before building a data validation rule.');
    return new DataValidation(this._core, { ...this._spec, values: [...this._spec.values] });
  }
}
instrument(DataValidationBuilder, 'DataValidationBuilder');

export class DataValidation {
  constructor(readonly _core: Core, readonly _spec: DvSpec) {}
  getCriteriaType(): string {
    return this._spec.type;
  }
  getCriteriaValues(): unknown[] {
    return this._core.arr(this._spec.values.map((v) => (Array.isArray(v) ? this._core.arr(v) : v)));
  }
  getAllowInvalid(): boolean {
    return this._spec.allowInvalid;
  }
  getHelpText(): string {
    return this._spec.helpText;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this._core, this._spec);
  }
}
instrument(DataValidation, 'DataValidation');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Whether a stored value satisfies a rule. Empty cells always satisfy. `isDate`: the value is a date serial (a
 * Date or a parsed date string was written, or the cell has a date format); date rules refuse anything else.
 */
export function satisfies(spec: DvSpec, v: Stored, isDate: boolean, core: Core, ss: SpreadsheetState): boolean {
  if (v === '') return true;
  const vals = spec.values;
  const num = typeof v === 'number' ? v : null;
  const serial = isDate && typeof v === 'number' ? v : null;
  const criterion = (x: unknown): number => instantToSerial(Date.prototype.getTime.call(x), ss.tz);
  const loc = localeInfo(ss.locale);
  void core;
  switch (spec.type) {
    case 'VALUE_IN_LIST': {
      const shown = displayValue(v, undefined, loc, ss.tz);
      return (vals[0] as string[]).includes(shown);
    }
    case 'VALUE_IN_RANGE': {
      const shown = displayValue(v, undefined, loc, ss.tz);
      return (vals[0] as RangeLike)._displayGrid().some((row) => row.includes(shown));
    }
    case 'CHECKBOX':
      if (vals.length === 0) return typeof v === 'boolean';
      return vals.some((c) => c === v || String(c) === String(v));
    case 'DATE_IS_VALID_DATE':
      return serial !== null;
    case 'DATE_AFTER':
      return serial !== null && serial > criterion(vals[0]);
    case 'DATE_BEFORE':
      return serial !== null && serial < criterion(vals[0]);
    case 'NUMBER_BETWEEN':
      return num !== null && num >= (vals[0] as number) && num <= (vals[1] as number);
    case 'NUMBER_GREATER_THAN':
      return num !== null && num > (vals[0] as number);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num !== null && num >= (vals[0] as number);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num !== null && num <= (vals[0] as number);
    case 'TEXT_IS_VALID_EMAIL':
      return typeof v === 'string' && EMAIL.test(v);
    default:
      return true; // CUSTOM_FORMULA and others are not evaluated
  }
}
