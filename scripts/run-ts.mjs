// Runs a TypeScript entry (demo, bench) on Node 20: esbuild bundles it to a temp CommonJS file with the
// packages left external, then Node runs it with the remaining arguments. Usage: node scripts/run-ts.mjs FILE.ts [args]
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args]');
  process.exit(2);
}
const outDir = join('node_modules', '.cache', 'run-ts');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, basename(entry).replace(/\.ts$/, '.cjs'));
await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', outfile, sourcemap: 'inline', logLevel: 'warning' });
const r = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
