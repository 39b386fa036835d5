/** The import dialog's calls: only the `import…` functions of src/main.ts (see dialogRpc.ts). */
import { callDialog } from './dialogRpc';

type Server = typeof import('../../main');
export type ImportRpcName = keyof Server & `import${string}`;

export function call<K extends ImportRpcName>(name: K, ...args: Parameters<Server[K]>): Promise<ReturnType<Server[K]>> {
  return callDialog(name, ...args);
}
