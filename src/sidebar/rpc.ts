/**
 * The one typed door to the server. `Server` is the type of src/main.ts, so a misspelt function or a payload of
 * the wrong shape fails the type check; at run time it is google.script.run, promisified.
 */
import type { PageDataOf, PageId } from '../server/sidebar/dto';
import type { Result } from '../server/sidebar/result';

type Server = typeof import('../main');
export type RpcName = keyof Server & `sidebar${string}`;

interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: Error) => void): ScriptRun;
  [fn: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

export function call<K extends RpcName>(name: K, ...args: Parameters<Server[K]>): Promise<ReturnType<Server[K]>> {
  return new Promise((resolve) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<Server[K]>))
      // A failure the server did not catch (network, quota, timeout) is shown like any refusal.
      .withFailureHandler((error) => resolve({ ok: false, message: `Kunne ikke nå serveren: ${error?.message ?? error}. Prøv igjen.`, fieldErrors: {} } as ReturnType<Server[K]>));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

/** sidebarOpen with the page's own data type. */
export function openPage<P extends PageId>(page: P): Promise<Result<PageDataOf<P>>> {
  return call('sidebarOpen', page) as Promise<Result<PageDataOf<P>>>;
}
