#!/usr/bin/env bash
# What `npm test` (the README's test command, and CI) runs: installs what the tests need on a fresh machine
# (npm packages; Debian's Chromium for the sidebar browser tests), then type check, build, every jest suite.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/.bin ] || npm ci --no-audit --no-fund
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian chromium for the browser tests…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)
fi
npm run -s typecheck
npm run -s build -- --quiet
npx jest --ci
