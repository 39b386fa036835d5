/**
 * One accessible form for every page: labels tied to inputs, hints and errors linked with aria-describedby,
 * an error summary that links to the fields, a busy state that blocks a second submit, a success message,
 * and the privacy warning (keep the text anyway, or remove what was found). Dates are typed as dd.mm.yyyy.
 */
import { parseTypedDate } from '../domain/calendar';
import type { PrivacyWarning, Result } from '../server/sidebar/result';
import { append, clear, el, newId, showDate } from './dom';

export type FieldKind = 'text' | 'textarea' | 'date' | 'int' | 'select' | 'checkbox' | 'checks' | 'email';
export type Option = string | readonly [value: string, label: string];

export interface FieldSpec<N extends string = string> {
  name: N;
  label: string;
  kind: FieldKind;
  options?: readonly Option[];
  /** Label of the empty choice of a select; absent means the select has no empty choice. */
  blank?: string;
  required?: boolean;
  hint?: string;
  value?: unknown;
}

/** What values() gives for each kind of field. A number or date typed wrong stays text, for the server to refuse at its field. */
export interface KindValue { text: string; textarea: string; email: string; date: string | null; int: number | string | null; select: string | null; checkbox: boolean; checks: string[] }
/** The values of a form, by field name, typed by each field's kind (a payload built from them is checked by tsc). */
export type ValuesOf<F extends readonly FieldSpec[]> = { [S in F[number] as S['name']]: KindValue[S['kind']] };
type NameOf<F extends readonly FieldSpec[]> = F[number]['name'];
/** What a submit resolves to: any RPC result whose success carries a message. */
type AnyResult = Result<{ message: string }>;
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

interface Field { spec: FieldSpec; controls: Control[]; error: HTMLElement; wrap: HTMLElement }

export interface FormOptions<Res extends AnyResult, F extends readonly FieldSpec[]> {
  fields: F;
  submitLabel: string;
  /** Sends the values; `confirmPrivacy` is true when the leader chose to keep flagged text. */
  submit(values: ValuesOf<F>, confirmPrivacy: boolean): Promise<Res>;
  onSaved?(result: Extract<Res, { ok: true }>): void;
  /** Fields kept after a successful save (the rest go back to their initial value). */
  keep?: ReadonlyArray<NameOf<F>>;
  /** Server field names shown on another field (e.g. matchId on the picker). */
  alias?: Record<string, string>;
  /**
   * For a step that cannot be taken back (ending, declining, quitting): asked in the page before anything is
   * sent, with what will be written; only the yes button sends, «Avbryt» sends nothing. Not asked while a
   * required field is blank: the server's refusal names the fields first.
   */
  confirm?(values: ValuesOf<F>): Confirmation;
}

export interface Confirmation { question: string; lines: string[]; yes: string }

const optionValue = (o: Option) => (typeof o === 'string' ? o : o[0]);
const optionLabel = (o: Option) => (typeof o === 'string' ? o : o[1]);

export class Form<Res extends AnyResult, const F extends readonly FieldSpec[] = readonly FieldSpec[]> {
  readonly root: HTMLFormElement;
  private readonly fields = new Map<string, Field>();
  private readonly summary: HTMLElement;
  private readonly status: HTMLElement;
  private readonly privacyBox: HTMLElement;
  private readonly confirmBox: HTMLElement | null;
  private readonly button: HTMLButtonElement;
  private busy = false;

  constructor(private readonly opts: FormOptions<Res, F>) {
    this.summary = el('div', { class: 'summary', role: 'alert', tabindex: -1, hidden: true });
    this.privacyBox = el('div', { class: 'privacy', hidden: true });
    this.confirmBox = opts.confirm ? el('div', { class: 'confirm', role: 'group', 'aria-label': 'Bekreft', hidden: true }) : null;
    this.status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.button = el('button', { type: 'submit', class: 'primary' }, opts.submitLabel);
    this.root = el('form', { novalidate: true }, this.summary);
    for (const spec of opts.fields) this.root.appendChild(this.field(spec));
    append(this.root, this.privacyBox, el('div', { class: 'actions' }, this.button), this.confirmBox, this.status);
    this.root.addEventListener('submit', (e) => {
      e.preventDefault();
      if (this.opts.confirm && !this.busy && this.requiredFilled()) this.ask(this.opts.confirm(this.values()));
      else void this.send(false);
    });
  }

  private requiredFilled(): boolean {
    const v = this.values() as Record<string, unknown>;
    return this.opts.fields.every((f) => !f.required || (v[f.name] !== null && v[f.name] !== ''));
  }

  /** The question in the page itself, like the report's «Ja, send»: yes sends, «Avbryt» closes it and sends nothing. */
  private ask(c: Confirmation): void {
    const box = this.confirmBox!;
    this.clearMessages();
    const close = () => { box.hidden = true; clear(box); this.button.hidden = false; };
    const yes = el('button', { type: 'button', class: 'primary', onclick: () => { close(); void this.send(false); } }, c.yes);
    const no = el('button', { type: 'button', class: 'secondary', onclick: () => { close(); this.status.textContent = 'Avbrutt. Ingenting ble lagret.'; this.button.focus(); } }, 'Avbryt');
    append(box, el('p', { class: 'summary-title' }, c.question), el('ul', {}, ...c.lines.map((l) => el('li', {}, l))), el('div', { class: 'actions' }, yes, no));
    this.button.hidden = true;
    box.hidden = false;
    yes.focus();
  }

  private field(spec: FieldSpec): HTMLElement {
    const id = newId(`f-${spec.name}`);
    const error = el('p', { class: 'error', id: `${id}-err`, hidden: true });
    const hint = spec.hint ? el('p', { class: 'hint', id: `${id}-hint` }, spec.hint) : null;
    const describedBy = [hint ? `${id}-hint` : '', `${id}-err`].filter(Boolean).join(' ');
    const req = spec.required ? el('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null;
    let wrap: HTMLElement;
    let controls: Control[];
    if (spec.kind === 'checkbox') {
      const input = el('input', { type: 'checkbox', id, name: spec.name, 'aria-describedby': describedBy });
      controls = [input];
      wrap = el('div', { class: 'field check' }, input, el('label', { for: id }, spec.label), hint, error);
    } else if (spec.kind === 'checks') {
      controls = (spec.options ?? []).map((o) => el('input', { type: 'checkbox', name: spec.name, value: optionValue(o) }));
      const list = el('div', { class: 'checks' }, ...controls.map((c, i) => el('label', {}, c, ` ${optionLabel(spec.options![i]!)}`)));
      wrap = el('fieldset', { class: 'field', id, 'aria-describedby': describedBy }, el('legend', {}, spec.label, req), hint, list, error);
    } else {
      const common = { id, name: spec.name, 'aria-describedby': describedBy, 'aria-required': spec.required ? 'true' : null };
      let control: Control;
      if (spec.kind === 'select') {
        control = el('select', common, spec.blank !== undefined ? el('option', { value: '' }, spec.blank) : null,
          ...(spec.options ?? []).map((o) => el('option', { value: optionValue(o) }, optionLabel(o))));
      } else if (spec.kind === 'textarea') {
        control = el('textarea', { ...common, rows: 3 });
      } else {
        const type = spec.kind === 'email' ? 'email' : 'text';
        const extra = spec.kind === 'date' ? { inputmode: 'numeric', placeholder: 'dd.mm.åååå', autocomplete: 'off' } : spec.kind === 'int' ? { inputmode: 'numeric' } : {};
        control = el('input', { ...common, ...extra, type });
      }
      controls = [control];
      wrap = el('div', { class: 'field' }, el('label', { for: id }, spec.label, req), hint, control, error);
    }
    this.fields.set(spec.name, { spec, controls, error, wrap });
    this.write(spec.name, spec.value);
    return wrap;
  }

  set(name: NameOf<F>, value: unknown): void {
    this.write(name, value);
  }

  private write(name: string, value: unknown): void {
    const f = this.fields.get(name);
    if (!f) return;
    const [first] = f.controls;
    if (f.spec.kind === 'checkbox') (first as HTMLInputElement).checked = value === true;
    else if (f.spec.kind === 'checks') {
      const chosen = new Set(Array.isArray(value) ? value.map(String) : []);
      for (const c of f.controls) (c as HTMLInputElement).checked = chosen.has(c.value);
    } else if (f.spec.kind === 'date') first!.value = showDate(value as string) || (typeof value === 'string' ? value : '');
    else first!.value = value === null || value === undefined ? '' : String(value);
  }

  /** The JSON payload: dates as yyyy-MM-dd (or as typed, for the server to refuse), blanks as null. */
  values(): ValuesOf<F> {
    const out: Record<string, unknown> = {};
    for (const [name, f] of this.fields) {
      const raw = f.controls[0]!.value.trim();
      switch (f.spec.kind) {
        case 'checkbox': out[name] = (f.controls[0] as HTMLInputElement).checked; break;
        case 'checks': out[name] = f.controls.filter((c) => (c as HTMLInputElement).checked).map((c) => c.value); break;
        case 'date': out[name] = raw === '' ? null : parseTypedDate(raw) ?? raw; break;
        case 'int': out[name] = raw === '' ? null : /^-?\d+$/.test(raw) ? Number(raw) : raw; break;
        case 'select': out[name] = raw === '' ? null : raw; break;
        default: out[name] = f.controls[0]!.value;
      }
    }
    return out as ValuesOf<F>;
  }

  control(name: NameOf<F>): Control | undefined {
    return this.fields.get(name)?.controls[0];
  }

  clearMessages(): void {
    for (const f of this.fields.values()) {
      f.error.hidden = true;
      f.error.textContent = '';
      for (const c of f.controls) c.removeAttribute('aria-invalid');
      f.wrap.classList.remove('invalid');
    }
    this.summary.hidden = true;
    clear(this.summary);
    this.privacyBox.hidden = true;
    clear(this.privacyBox);
    this.status.textContent = '';
  }

  /** Field messages next to their fields and all of them in the summary, which takes the focus. */
  showErrors(message: string, fieldErrors: Record<string, string>, privacy?: PrivacyWarning[]): void {
    const items: HTMLElement[] = [];
    for (const [key, text] of Object.entries(fieldErrors)) {
      const f = this.fields.get(this.opts.alias?.[key] ?? key);
      if (f) {
        f.error.textContent = text;
        f.error.hidden = false;
        f.wrap.classList.add('invalid');
        for (const c of f.controls) c.setAttribute('aria-invalid', 'true');
        const target = f.controls[0]!;
        items.push(el('li', {}, el('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); target.focus(); } }, `${f.spec.label}: ${text}`)));
      } else items.push(el('li', {}, text));
    }
    append(this.summary, el('p', { class: 'summary-title' }, message), items.length > 0 ? el('ul', {}, ...items) : null);
    this.summary.hidden = false;
    if (privacy && privacy.length > 0) this.showPrivacy(privacy);
    this.summary.focus();
  }

  private showPrivacy(warnings: PrivacyWarning[]): void {
    const found = warnings.flatMap((w) => w.findings.map((x) => `${x.kind}: «${x.text}»`));
    const keep = el('button', { type: 'button', class: 'secondary', onclick: () => { void this.send(true); } }, 'Lagre likevel');
    const remove = el('button', {
      type: 'button', class: 'secondary',
      onclick: () => {
        for (const w of warnings) {
          const c = this.fields.get(this.opts.alias?.[w.field] ?? w.field)?.controls[0];
          if (c) for (const x of w.findings) c.value = c.value.split(x.text).join('').replace(/ {2,}/g, ' ');
        }
        this.clearMessages();
        this.status.textContent = 'Funnene er fjernet fra teksten. Se over og lagre.';
      },
    }, 'Fjern funnene');
    append(this.privacyBox, el('p', {}, 'Funnet:'), el('ul', {}, ...found.map((t) => el('li', {}, t))), el('div', { class: 'actions' }, remove, keep));
    this.privacyBox.hidden = false;
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.button.disabled = busy;
    this.root.setAttribute('aria-busy', String(busy));
    this.button.textContent = busy ? 'Lagrer …' : this.opts.submitLabel;
  }

  /** One save at a time: a second click while saving does nothing. */
  private async send(confirmPrivacy: boolean): Promise<void> {
    if (this.busy) return;
    this.setBusy(true);
    this.clearMessages();
    try {
      const result = await this.opts.submit(this.values(), confirmPrivacy);
      const r: AnyResult = result;
      if (r.ok) {
        const keep: readonly string[] = this.opts.keep ?? [];
        for (const [name, f] of this.fields) if (!keep.includes(name)) this.write(name, f.spec.value);
        this.status.textContent = r.message;
        this.opts.onSaved?.(result as Extract<Res, { ok: true }>);
      } else this.showErrors(r.message, r.fieldErrors, r.privacy);
    } finally {
      this.setBusy(false);
    }
  }
}
