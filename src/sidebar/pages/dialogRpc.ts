/**
 * A dialog's door to the server, typed from src/main.ts like the sidebar's (rpc.ts): a misspelt function or a
 * request of the wrong shape fails the type check. The server still validates with zod; its Norwegian refusal
 * (google.script.run passes only the message on, perhaps after «Error: ») rejects the promise with that message,
 * and a failure Google reports itself (authorisation, several accounts, timeout …) is told in Norwegian as in
 * the sidebar.
 */
import { failureMessage } from '../rpc';

type Server = typeof import('../../main');

declare const google: { script: { run: any } }; // eslint-disable-line @typescript-eslint/no-explicit-any

export function callDialog<K extends keyof Server>(name: K, ...args: Parameters<Server[K]>): Promise<ReturnType<Server[K]>> {
  return new Promise((resolve, reject) => {
    google.script.run.withSuccessHandler(resolve).withFailureHandler((e: unknown) => reject(new Error(failureMessage(e))))[name](...args);
  });
}
