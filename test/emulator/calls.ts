/** Call counting and fault injection for every public method of every emulated service object. */

export class CallCounter {
  private counts = new Map<string, number>();
  inc(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }
  snapshot(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const k of [...this.counts.keys()].sort()) out[k] = this.counts.get(k)!;
    return out;
  }
  reset(): void {
    this.counts.clear();
  }
}

interface Fault {
  key: string;
  remaining: number;
  message: string;
}

/** `emu.faults.failOn('Range.setValues', 2, 'Service Spreadsheets failed ...')` makes the 2nd next call throw once. */
export class Faults {
  private list: Fault[] = [];
  failOn(key: string, n = 1, message = `Service error: ${key.split('.')[0]}`): void {
    if (!Number.isInteger(n) || n < 1) throw new Error('failOn: n must be an integer >= 1');
    this.list.push({ key, remaining: n, message });
  }
  /** Called on each counted call; returns the message to throw, if any. */
  check(key: string): string | null {
    let hit: string | null = null;
    for (const f of this.list) {
      if (f.key !== key) continue;
      f.remaining -= 1;
      if (f.remaining === 0 && hit === null) hit = f.message;
    }
    this.list = this.list.filter((f) => f.remaining > 0);
    return hit;
  }
  clear(): void {
    this.list = [];
  }
}

/** What every service object needs from the emulator core to be instrumented. */
export interface Instrumented {
  readonly _core: { calls: CallCounter; faults: Faults; err(msg: string): Error };
}

/**
 * Wraps every prototype method whose name does not start with `_` so that a call increments
 * `ClassName.method` and honours fault injection. Internal code must call `_`-prefixed helpers only,
 * so that one user call counts exactly once.
 */
export function instrument(cls: { prototype: object }, className: string): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor' || name === 'toString' || name.startsWith('_')) continue;
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (!desc || typeof desc.value !== 'function') continue;
    const orig = desc.value as (...a: unknown[]) => unknown;
    const key = `${className}.${name}`;
    const wrapped = {
      [name](this: Instrumented, ...args: unknown[]): unknown {
        const core = this._core;
        core.calls.inc(key);
        const fault = core.faults.check(key);
        if (fault !== null) throw core.err(fault.replace(/^Exception: /, ''));
        return orig.apply(this, args);
      },
    }[name]!;
    Object.defineProperty(proto, name, { ...desc, value: wrapped });
  }
}
