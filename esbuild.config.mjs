// Builds what clasp pushes into dist/: Code.js (an IIFE plus one top-level `function` per export of
// src/main.ts, because Apps Script only finds top-level declarations), the sidebar pages as self-contained
// HTML files, and appsscript.json. Usage: node esbuild.config.mjs [--quiet]
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GLOBAL = 'Ressursvenn';
const quiet = process.argv.includes('--quiet');
const dist = 'dist';

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// Fully minified, but with keepNames: esbuild re-attaches each function's and class's original `name`, and V8
// (Node and Apps Script alike) prints that name in stack traces, so the Apps Script log stays readable.
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const common = {
  bundle: true,
  define: { __RESSURSVENN_VERSION__: JSON.stringify(version) },
  target: 'es2020',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: true,
  keepNames: true,
  legalComments: 'none',
  logLevel: 'warning',
};

// 1. Which functions main.ts exports (an ESM pass with a metafile lists them).
const probe = await esbuild.build({ ...common, entryPoints: ['src/main.ts'], format: 'esm', write: false, metafile: true, outfile: 'probe.js' });
const exportsOf = Object.values(probe.metafile.outputs)[0].exports.slice().sort();
for (const name of exportsOf) {
  if (name.endsWith('_')) throw new Error(`Export ${name} ends with "_": Apps Script would hide it.`);
}

// 2. The bundle itself, with a footer of top-level wrappers.
const footer = exportsOf.map((n) => `function ${n}(...args) { return ${GLOBAL}.${n}(...args); }`).join('\n');
await esbuild.build({ ...common, entryPoints: ['src/main.ts'], format: 'iife', globalName: GLOBAL, outfile: join(dist, 'Code.js'), footer: { js: footer } });
const code = readFileSync(join(dist, 'Code.js'), 'utf8');
if (/^\s*export\s/m.test(code)) throw new Error('dist/Code.js contains an export statement: clasp push would break.');

// `import text from 'guide:NAME'` in a page is docs/NAME.md as a string (the help dialog bundles the user guide).
const guidePlugin = {
  name: 'guide',
  setup(build) {
    build.onResolve({ filter: /^guide:/ }, (args) => ({ path: join(process.cwd(), 'docs', `${args.path.slice('guide:'.length)}.md`), namespace: 'guide' }));
    build.onLoad({ filter: /.*/, namespace: 'guide' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
  },
};

// 3. Sidebar pages: each src/sidebar/pages/<name>.ts (+ .html shell, + .css) inlined into dist/<name>.html.
const pagesDir = 'src/sidebar/pages';
const pages = existsSync(pagesDir) ? readdirSync(pagesDir).filter((f) => f.endsWith('.html')) : [];
for (const file of pages) {
  const name = file.replace(/\.html$/, '');
  const shell = readFileSync(join(pagesDir, file), 'utf8');
  const script = await esbuild.build({ ...common, entryPoints: [join(pagesDir, `${name}.ts`)], format: 'iife', platform: 'browser', write: false, keepNames: false, plugins: [guidePlugin] });
  const css = existsSync(join(pagesDir, `${name}.css`)) ? readFileSync(join(pagesDir, `${name}.css`), 'utf8') : '';
  const js = script.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const html = shell.replace('/*INLINE_CSS*/', () => css).replace('/*INLINE_JS*/', () => js);
  writeFileSync(join(dist, `${name}.html`), html);
}

copyFileSync('appsscript.json', join(dist, 'appsscript.json'));

// 4. The national mode: the same code from src/national.ts, its own manifest (fewer scopes, the web app), built
//    into dist-national/ for the national project leader's spreadsheet. It has no sidebar pages.
const distNational = 'dist-national';
rmSync(distNational, { recursive: true, force: true });
mkdirSync(distNational, { recursive: true });
const probeNational = await esbuild.build({ ...common, entryPoints: ['src/national.ts'], format: 'esm', write: false, metafile: true, outfile: 'probe.js' });
const nationalExports = Object.values(probeNational.metafile.outputs)[0].exports.slice().sort();
await esbuild.build({
  ...common, entryPoints: ['src/national.ts'], format: 'iife', globalName: GLOBAL, outfile: join(distNational, 'Code.js'),
  footer: { js: nationalExports.map((n) => `function ${n}(...args) { return ${GLOBAL}.${n}(...args); }`).join('\n') },
});
if (/^\s*export\s/m.test(readFileSync(join(distNational, 'Code.js'), 'utf8'))) throw new Error('dist-national/Code.js contains an export statement.');
copyFileSync('appsscript.national.json', join(distNational, 'appsscript.json'));

if (!quiet) {
  for (const f of readdirSync(dist).sort()) console.log(`dist/${f}  ${readFileSync(join(dist, f)).length} bytes`);
  console.log(`exports: ${exportsOf.join(', ')}`);
  console.log(`dist-national/Code.js  ${readFileSync(join(distNational, 'Code.js')).length} bytes; exports: ${nationalExports.join(', ')}`);
}
