/** Sizes of what clasp pushes: every execution loads Code.js, every sidebar open loads its HTML. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

export function benchBundle(): void {
  for (const f of readdirSync('dist').sort()) {
    const path = join('dist', f);
    const bytes = statSync(path).size;
    const gz = gzipSync(readFileSync(path)).length;
    console.log(`${path.padEnd(28)} ${String(bytes).padStart(8)} bytes  (${gz} gzipped)`);
  }
}
