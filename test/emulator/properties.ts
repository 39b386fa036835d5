/** PropertiesService with Google's size limits. Values are stored as strings. */
import { instrument } from './calls';
import { describeType } from './coerce';
import { Core, PropStore } from './core';

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

function toPropString(core: Core, method: string, key: unknown, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw core.sigErr(`PropertiesService.Properties.${method}`, [key, value].map(describeType).join(','));
}

export class Properties {
  constructor(readonly _core: Core, readonly _store: PropStore) {}
  _commit(next: Map<string, string>): void {
    for (const v of next.values()) if (bytes(v) > MAX_VALUE_BYTES) throw this._core.err('Argument too large: value');
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > MAX_STORE_BYTES) throw this._core.err('You have exceeded the property storage quota. Please remove some properties and try again.');
    this._store.map.clear();
    for (const [k, v] of next) this._store.map.set(k, v);
  }
  getProperty(key: unknown): string | null {
    if (typeof key !== 'string') throw this._core.sigErr('PropertiesService.Properties.getProperty', describeType(key));
    return this._store.map.get(key) ?? null;
  }
  setProperty(key: unknown, value: unknown): Properties {
    if (typeof key !== 'string') throw this._core.sigErr('PropertiesService.Properties.setProperty', [key, value].map(describeType).join(','));
    const next = new Map(this._store.map);
    next.set(key, toPropString(this._core, 'setProperty', key, value));
    this._commit(next);
    return this;
  }
  setProperties(properties: unknown, deleteAllOthers?: unknown): Properties {
    if (properties === null || typeof properties !== 'object' || Array.isArray(properties)) {
      throw this._core.sigErr('PropertiesService.Properties.setProperties', describeType(properties));
    }
    const next = deleteAllOthers === true ? new Map<string, string>() : new Map(this._store.map);
    for (const [k, v] of Object.entries(properties as Record<string, unknown>)) next.set(k, toPropString(this._core, 'setProperties', k, v));
    this._commit(next);
    return this;
  }
  getProperties(): Record<string, string> {
    return this._core.obj(this._store.map) as Record<string, string>;
  }
  getKeys(): string[] {
    return this._core.arr([...this._store.map.keys()]);
  }
  deleteProperty(key: unknown): Properties {
    if (typeof key !== 'string') throw this._core.sigErr('PropertiesService.Properties.deleteProperty', describeType(key));
    this._store.map.delete(key);
    return this;
  }
  deleteAllProperties(): Properties {
    this._store.map.clear();
    return this;
  }
}
instrument(Properties, 'Properties');

export class PropertiesServiceImpl {
  constructor(readonly _core: Core) {}
  getDocumentProperties(): Properties | null {
    if (this._core.isAddonTrigger()) return null;
    return new Properties(this._core, this._core.activeSpreadsheet().docProps);
  }
  getScriptProperties(): Properties {
    return new Properties(this._core, this._core.scriptProps);
  }
  getUserProperties(): Properties {
    let s = this._core.userProps.get(this._core.user);
    if (!s) {
      s = new PropStore();
      this._core.userProps.set(this._core.user, s);
    }
    return new Properties(this._core, s);
  }
}
instrument(PropertiesServiceImpl, 'PropertiesService');
