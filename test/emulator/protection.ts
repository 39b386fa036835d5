/** Protection objects for sheets and ranges, and the User object. */
import { instrument } from './calls';
import type { Core, ProtectionState } from './core';
import { Range } from './range';

export class User {
  constructor(readonly _core: Core, readonly _email: string) {}
  getEmail(): string {
    return this._email;
  }
  toString(): string {
    return this._email;
  }
}
instrument(User, 'User');

function emailOf(u: unknown): string {
  if (typeof u === 'string') return u;
  if (u instanceof User) return u._email;
  return String(u);
}

export const ProtectionType = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' });

export class Protection {
  constructor(readonly _core: Core, readonly _st: ProtectionState) {}
  _live(): void {
    if (this._st.removed) throw this._core.err('The protection has been removed.');
  }
  getProtectionType(): string {
    return this._st.type;
  }
  setDescription(d: string): Protection {
    this._live();
    this._st.description = String(d);
    return this;
  }
  getDescription(): string {
    return this._st.description;
  }
  setWarningOnly(w: boolean): Protection {
    this._live();
    if (typeof w !== 'boolean') throw this._core.sigErr('SpreadsheetApp.Protection.setWarningOnly', typeof w);
    this._st.warningOnly = w;
    return this;
  }
  isWarningOnly(): boolean {
    return this._st.warningOnly;
  }
  getRange(): Range {
    const sh = this._st.sheet;
    const r = this._st.rect ?? { row: 1, col: 1, numRows: sh.maxRows, numCols: sh.maxCols };
    return new Range(this._core, sh, r.row, r.col, r.numRows, r.numCols);
  }
  remove(): void {
    this._live();
    this._st.removed = true;
    const list = this._st.sheet.protections;
    const i = list.indexOf(this._st);
    if (i >= 0) list.splice(i, 1);
  }
  getEditors(): User[] {
    return this._core.arr(this._st.editors.map((e) => new User(this._core, e)));
  }
  addEditor(emailOrUser: unknown): Protection {
    this._live();
    const e = emailOf(emailOrUser);
    if (!this._st.editors.includes(e)) this._st.editors.push(e);
    return this;
  }
  addEditors(list: unknown[]): Protection {
    this._live();
    for (const u of list) {
      const e = emailOf(u);
      if (!this._st.editors.includes(e)) this._st.editors.push(e);
    }
    return this;
  }
  removeEditor(emailOrUser: unknown): Protection {
    this._live();
    const e = emailOf(emailOrUser);
    if (e !== this._core.user) this._st.editors = this._st.editors.filter((x) => x !== e);
    return this;
  }
  removeEditors(list: unknown[]): Protection {
    this._live();
    const drop = new Set((Array.isArray(list) ? list : [list]).map(emailOf));
    drop.delete(this._core.user); // the owner/current user cannot be removed
    this._st.editors = this._st.editors.filter((x) => !drop.has(x));
    return this;
  }
  canEdit(): boolean {
    return this._st.editors.includes(this._core.user) || !this._st.removed;
  }
  setDomainEdit(editable: boolean): Protection {
    this._live();
    this._st.domainEdit = !!editable;
    return this;
  }
  canDomainEdit(): boolean {
    return this._st.domainEdit;
  }
}
instrument(Protection, 'Protection');
