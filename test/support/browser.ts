/**
 * The built sidebar (dist/Sidebar.html) in headless Debian Chromium, driven by playwright-core, with a
 * google.script.run shim whose calls run the bundle's top-level functions on the emulator (JSON in, JSON out,
 * asynchronously, as Apps Script does). Each launch gets a fresh profile directory; no network is used.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DIST } from './harness';
import type { Rpc } from './sidebar';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const SHIM = `(() => {
  function runner(ok, fail) {
    return new Proxy({}, { get(_, name) {
      if (name === 'withSuccessHandler') return (f) => runner(f, fail);
      if (name === 'withFailureHandler') return (f) => runner(ok, f);
      if (name === 'withUserObject') return () => runner(ok, fail);
      return (...args) => {
        window.__rpc(String(name), JSON.stringify(args)).then(
          (json) => { const r = JSON.parse(json); if (r && r.__thrown) { if (fail) fail(new Error(r.__thrown)); } else if (ok) ok(r); },
          (e) => { if (fail) fail(e); });
      };
    } });
  }
  window.google = { script: { run: runner(null, null) } };
})();`;

export interface SidebarBrowser {
  page: Page;
  /** Every RPC the page made, in order: [function name, arguments]. */
  calls: Array<[string, unknown[]]>;
  close(): Promise<void>;
}

/** Opens a built page (Sidebar.html by default; Import.html for the import dialog) with the shim. */
export async function openSidebar(rpc: Rpc, opts: { width?: number; height?: number; file?: string } = {}): Promise<SidebarBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium (npm test does this).`);
  const profile = mkdtempSync(join(tmpdir(), 'rv-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: opts.width ?? 300, height: opts.height ?? 900 }, locale: 'nb-NO',
  });
  const calls: Array<[string, unknown[]]> = [];
  const page = context.pages()[0] ?? (await context.newPage());
  await page.route('**/*', (route) => route.abort());
  await page.exposeFunction('__rpc', (name: string, json: string) => {
    const args = JSON.parse(json) as unknown[];
    calls.push([name, args]);
    try {
      return JSON.stringify(rpc(name, ...args) ?? null);
    } catch (e) {
      return JSON.stringify({ __thrown: e instanceof Error ? e.message : String(e) });
    }
  });
  // The shim goes first in <head>, as Apps Script's own client code does.
  await page.setContent(readFileSync(join(DIST, opts.file ?? 'Sidebar.html'), 'utf8').replace('<head>', () => `<head><script>${SHIM}</script>`));
  return {
    page,
    calls,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
