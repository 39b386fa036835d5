/** LockService. Locks are held by "the current execution" or, via test controls, "elsewhere". */
import { instrument } from './calls';
import { describeType } from './coerce';
import type { Core, LockHolder } from './core';

export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';
const MAX_WAIT = 300000;

export class Lock {
  _held = false;
  constructor(readonly _core: Core, readonly _scope: string) {}
  _holder(): LockHolder {
    return this._core.lockHolders.get(this._scope) ?? null;
  }
  _acquire(method: string, ms: unknown): boolean {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw this._core.sigErr(`LockService.Lock.${method}`, describeType(ms));
    if (ms > MAX_WAIT) throw this._core.err(`Invalid argument: timeoutInMillis. The maximum allowed value is ${MAX_WAIT}.`);
    const holder = this._holder();
    if (holder === 'elsewhere' || (typeof holder === 'number' && holder !== this._core.execId)) {
      this._core.advance(ms);
      this._core.lockEvents.push({ kind: 'timeout', scope: this._scope, at: this._core.hostNow() });
      return false;
    }
    this._core.lockHolders.set(this._scope, this._core.execId);
    this._held = true;
    this._core.lockEvents.push({ kind: 'acquire', scope: this._scope, at: this._core.hostNow() });
    return true;
  }
  waitLock(timeoutInMillis: unknown): void {
    if (!this._acquire('waitLock', timeoutInMillis)) throw this._core.err(LOCK_TIMEOUT);
  }
  tryLock(timeoutInMillis: unknown): boolean {
    return this._acquire('tryLock', timeoutInMillis);
  }
  hasLock(): boolean {
    return this._held && this._holder() === this._core.execId;
  }
  releaseLock(): void {
    if (!this.hasLock()) return;
    this._held = false;
    this._core.lockHolders.set(this._scope, null);
    this._core.lockEvents.push({ kind: 'release', scope: this._scope, at: this._core.hostNow(), unflushedWrites: this._core.writesSinceFlush });
  }
}
instrument(Lock, 'Lock');

export class LockServiceImpl {
  constructor(readonly _core: Core) {}
  getDocumentLock(): Lock | null {
    if (this._core.isAddonTrigger()) return null;
    return new Lock(this._core, `document:${this._core.activeSpreadsheetId}`);
  }
  getScriptLock(): Lock {
    return new Lock(this._core, 'script');
  }
  getUserLock(): Lock {
    return new Lock(this._core, `user:${this._core.user}`);
  }
}
instrument(LockServiceImpl, 'LockService');
