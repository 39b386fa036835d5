#!/usr/bin/env bash
# What `npm test` (the README's test command, and CI) runs: installs what the tests need on a fresh machine
# (npm packages; Debian's Chromium for the sidebar browser tests), then type check, build, every jest suite.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/.bin ] || npm ci --no-audit --no-fund
bash scripts/ensure-chromium.sh
npm run -s typecheck
npm run -s build -- --quiet
npx jest --ci
