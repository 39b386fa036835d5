/**
 * The add-on's version (package.json «version»), built in by esbuild (esbuild.config.mjs `define`), shown at the
 * bottom of Innstillinger so a leader can tell which version her copy runs; CHANGELOG.md says what changed.
 * Outside the build (jest) it reads «utvikling».
 */
declare const __RESSURSVENN_VERSION__: string | undefined;

export const VERSION: string = typeof __RESSURSVENN_VERSION__ === 'string' ? __RESSURSVENN_VERSION__ : 'utvikling';
