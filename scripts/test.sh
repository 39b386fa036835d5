#!/usr/bin/env bash
# What `npm test` (the README's test command, and CI) runs: installs what the tests need on a fresh machine
# (npm packages; Debian's Chromium for the sidebar browser tests), then type check, build, every jest suite.
set -euo pipefail
cd "$(dirname "$0")/.."
# Install when nothing is installed, or when the lock file changed since the last install (a pull or rebase that
# brought a new dependency would otherwise fail the type check with a missing module).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
bash scripts/ensure-chromium.sh
npm run -s typecheck
npm run -s build -- --quiet
npx jest --ci
