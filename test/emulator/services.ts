/** Session, Utilities, Logger and console. */
import { randomUUID, createHash } from 'node:crypto';
import { newBlob } from './blob';
import { instrument } from './calls';
import { dateMs, describeType, isDateObj } from './coerce';
import type { Core } from './core';
import { User } from './protection';
import { formatJava, isValidTimeZone } from './time';

export class SessionImpl {
  constructor(readonly _core: Core) {}
  getActiveUser(): User {
    return new User(this._core, this._core.user);
  }
  getEffectiveUser(): User {
    return new User(this._core, this._core.user);
  }
  getScriptTimeZone(): string {
    return this._core.opts.timeZone;
  }
  getActiveUserLocale(): string {
    return this._core.opts.locale.split('_')[0]!;
  }
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`tmpkey:${this._core.user}`).digest('base64url').slice(0, 32);
  }
}
instrument(SessionImpl, 'Session');

const MAX_SLEEP = 300000;

export class UtilitiesImpl {
  readonly Charset = Object.freeze({ UTF_8: 'UTF_8', US_ASCII: 'US_ASCII' });
  readonly DigestAlgorithm = Object.freeze({ MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_512: 'SHA_512' });
  constructor(readonly _core: Core) {}
  formatDate(date: unknown, timeZone: unknown, format: unknown): string {
    if (!isDateObj(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw this._core.sigErr('Utilities.formatDate', [date, timeZone, format].map(describeType).join(','));
    }
    if (!isValidTimeZone(timeZone)) throw this._core.err(`Invalid argument: timeZone`);
    try {
      return formatJava(dateMs(date), timeZone, format);
    } catch (e) {
      throw this._core.err(`Invalid argument: ${(e as Error).message}`);
    }
  }
  sleep(milliseconds: unknown): void {
    if (typeof milliseconds !== 'number' || !Number.isFinite(milliseconds) || milliseconds < 0) {
      throw this._core.sigErr('Utilities.sleep', describeType(milliseconds));
    }
    if (milliseconds > MAX_SLEEP) throw this._core.err(`Invalid argument: milliseconds. The maximum allowed value is ${MAX_SLEEP}.`);
    this._core.advance(milliseconds);
  }
  getUuid(): string {
    return randomUUID();
  }
  /** Signed bytes (-128…127), as Apps Script returns them. */
  computeDigest(algorithm: unknown, value: unknown, charset?: unknown): number[] {
    const alg = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_512: 'sha512' }[String(algorithm)];
    if (!alg || typeof value !== 'string' || (charset !== undefined && charset !== 'UTF_8' && charset !== 'US_ASCII')) {
      throw this._core.sigErr('Utilities.computeDigest', [algorithm, value, charset].filter((x) => x !== undefined).map(describeType).join(','));
    }
    return this._core.arr([...createHash(alg).update(value, 'utf8').digest()].map((b) => (b > 127 ? b - 256 : b)));
  }
  newBlob(data: unknown, contentType?: unknown, name?: unknown) {
    return newBlob(this._core, data, contentType, name);
  }
  base64Encode(data: unknown): string {
    if (typeof data === 'string') return Buffer.from(data, 'utf8').toString('base64');
    if (Array.isArray(data)) return Buffer.from(data as number[]).toString('base64');
    throw this._core.sigErr('Utilities.base64Encode', describeType(data));
  }
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(/%[sdf%]/g, (m) => (m === '%%' ? '%' : String(args[i++])));
  }
}
instrument(UtilitiesImpl, 'Utilities');

function render(args: unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === 'string') return a;
      if (isDateObj(a)) return new Date(dateMs(a)).toString();
      if (a instanceof Error || (a && typeof a === 'object' && 'message' in a && 'name' in a)) return `${(a as Error).name}: ${(a as Error).message}`;
      try {
        return typeof a === 'object' ? JSON.stringify(a) : String(a);
      } catch {
        return String(a);
      }
    })
    .join(' ');
}

export class LoggerImpl {
  constructor(readonly _core: Core) {}
  log(data: unknown, ...values: unknown[]): LoggerImpl {
    let msg: string;
    if (typeof data === 'string' && values.length > 0) {
      let i = 0;
      msg = data.replace(/%s|%d/g, () => render([values[i++]]));
    } else msg = render([data]);
    this._core.logs.push({ source: 'Logger', level: 'log', message: msg, at: this._core.hostNow() });
    return this;
  }
  getLog(): string {
    return this._core.logs.filter((l) => l.source === 'Logger').map((l) => l.message).join('\n');
  }
  clear(): void {
    for (let i = this._core.logs.length - 1; i >= 0; i--) if (this._core.logs[i]!.source === 'Logger') this._core.logs.splice(i, 1);
  }
}
instrument(LoggerImpl, 'Logger');

/** console is captured but not counted (it is not a service call). */
export function makeConsole(core: Core): Pick<Console, 'log' | 'info' | 'warn' | 'error'> {
  const mk = (level: 'log' | 'info' | 'warn' | 'error') => (...args: unknown[]): void => {
    core.logs.push({ source: 'console', level, message: render(args), at: core.hostNow() });
  };
  return { log: mk('log'), info: mk('info'), warn: mk('warn'), error: mk('error') };
}
