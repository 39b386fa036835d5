// Builds dist/ once per jest run so bundle tests always load the code under test.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async function globalSetup() {
  execFileSync(process.execPath, ['esbuild.config.mjs', '--quiet'], { cwd: join(__dirname, '..', '..'), stdio: 'inherit' });
};
