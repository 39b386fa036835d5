/**
 * What clasp pushes: every execution loads Code.js, every sidebar open loads its HTML. Also what loading
 * Code.js costs V8 (compile + evaluate in a fresh context holding the emulator's globals), the budget, and
 * where the bytes go (esbuild's metafile, grouped by folder).
 */
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { createEmulator } from '../test/emulator';

const BUDGET = 120 * 1024;

function loadMs(code: string): number {
  let best = Infinity;
  for (let i = 0; i < 7; i++) {
    const ctx = vm.createContext({ ...createEmulator().globals });
    const t = process.hrtime.bigint();
    vm.runInContext(code, ctx);
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return best;
}

async function bytesByFolder(): Promise<Array<[string, number]>> {
  const r = await esbuild.build({ entryPoints: ['src/main.ts'], bundle: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], minify: true, keepNames: true, target: 'es2020', write: false, metafile: true, outfile: 'x.js', logLevel: 'error' });
  const inputs = Object.values(r.metafile.outputs)[0]!.inputs;
  const groups = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const key = file.startsWith('node_modules/') ? file.split('/')[1]! : file.split('/').slice(0, file.startsWith('src/domain/') || file.startsWith('src/server/') ? 3 : 2).join('/').replace(/\.ts$/, '');
    groups.set(key, (groups.get(key) ?? 0) + bytesInOutput);
  }
  return [...groups].sort((a, b) => b[1] - a[1]);
}

export async function benchBundle(): Promise<void> {
  for (const f of readdirSync('dist').sort()) {
    const path = join('dist', f);
    const bytes = statSync(path).size;
    const gz = gzipSync(readFileSync(path)).length;
    console.log(`${path.padEnd(28)} ${String(bytes).padStart(8)} bytes  (${gz} gzipped)`);
  }
  const code = readFileSync('dist/Code.js', 'utf8');
  const size = Buffer.byteLength(code);
  console.log(`Code.js budget ${BUDGET} bytes: ${size <= BUDGET ? 'within' : `OVER by ${size - BUDGET}`} (${((100 * size) / BUDGET).toFixed(0)} %)`);
  console.log(`V8 compile + evaluate of Code.js in a fresh context: ${loadMs(code).toFixed(1)} ms (best of 7)`);
  console.log('where the bytes go (minified, by folder):');
  for (const [k, v] of await bytesByFolder()) if (v > 500) console.log(`  ${k.padEnd(34)} ${String(v).padStart(7)}`);
}
