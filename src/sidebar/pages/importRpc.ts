/**
 * The import dialog's door to the server, typed from src/main.ts like the sidebar's (rpc.ts): a misspelt
 * function or a request of the wrong shape fails the type check. The server still validates with zod.
 */
type Server = typeof import('../../main');
export type ImportRpcName = keyof Server & `import${string}`;

declare const google: { script: { run: any } }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A google.script.run call as a promise; the server's Norwegian refusal rejects it. */
export function call<K extends ImportRpcName>(name: K, ...args: Parameters<Server[K]>): Promise<ReturnType<Server[K]>> {
  return new Promise((resolve, reject) => {
    google.script.run.withSuccessHandler(resolve).withFailureHandler((e: Error) => reject(e))[name](...args);
  });
}
