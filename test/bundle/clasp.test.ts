/** clasp pushes exactly what dist/ should hold, and the manifest asks for the least it needs. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/harness';

const ROOT = join(__dirname, '..', '..');

describe('clasp push contents', () => {
  test('`clasp status --json` (offline) lists exactly appsscript.json, Code.js and the sidebar pages', () => {
    const out = execFileSync(join(ROOT, 'node_modules', '.bin', 'clasp'), ['status', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const status = JSON.parse(out.slice(out.indexOf('{'))) as { filesToPush: string[]; untrackedFiles: string[] };
    const pages = readdirSync(DIST).filter((f) => f.endsWith('.html')).map((f) => `dist/${f}`);
    expect(status.filesToPush.sort()).toEqual(['dist/Code.js', 'dist/appsscript.json', ...pages].sort());
    expect(status.untrackedFiles).toEqual([]);
  });

  test('manifest: V8, Europe/Oslo, explicit least-privilege scopes', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/Oslo');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.external_request',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });

  test('the national build asks only for its own spreadsheet and its menu, and is a web app', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'dist-national', 'appsscript.json'), 'utf8'));
    expect(manifest.oauthScopes).toEqual(['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui']);
    expect(manifest.webapp).toEqual({ executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
    const code = readFileSync(join(ROOT, 'dist-national', 'Code.js'), 'utf8');
    expect(code).toMatch(/^function doPost\(/m);
    expect(code).not.toMatch(/^function (sidebar|menuSetupSheets|runDailyReminders)/m);
    expect(readFileSync(join(DIST, 'Code.js'), 'utf8')).not.toMatch(/^function (doPost|menuAddAssociation|menuNationalSetup)/m);
  });

  test('the scopes table in docs/architecture.md matches the manifest', () => {
    const readme = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
    const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    for (const s of manifest.oauthScopes) expect(readme).toContain(`\`${s.replace('https://www.googleapis.com/auth/', '')}\``);
  });
});
