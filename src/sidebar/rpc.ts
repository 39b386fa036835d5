/**
 * The one typed door to the server. `Server` is the type of src/main.ts, so a misspelt function or a payload of
 * the wrong shape fails the type check; at run time it is google.script.run, promisified.
 */
import { userFacingError } from '../domain/googleErrors';
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

/** What google.script.run's failure handler got, as the leader reads it. */
export function failureMessage(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error ?? '');
  return userFacingError(text, 'Google kunne ikke kjøre Ressursvenn akkurat nå. Vent litt og prøv igjen, men se først i arket om noe ble lagret.');
}

export function call<K extends RpcName>(name: K, ...args: Parameters<Server[K]>): Promise<ReturnType<Server[K]>> {
  return new Promise((resolve) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<Server[K]>))
      // A failure our server code never caught (authorisation, several accounts, timeout, lost connection) is
      // shown like any refusal, in Norwegian.
      .withFailureHandler((error) => resolve({ ok: false, message: failureMessage(error), fieldErrors: {} } as ReturnType<Server[K]>));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

/** sidebarOpen with the page's own data type. */
export function openPage<P extends PageId>(page: P): Promise<Result<PageDataOf<P>>> {
  return call('sidebarOpen', page) as Promise<Result<PageDataOf<P>>>;
}
