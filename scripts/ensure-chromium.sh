#!/usr/bin/env bash
# Debian's Chromium drives the sidebar in the browser tests and the demo's screenshot. Playwright cannot
# download its own browser here, so install the Debian package when it is missing (the machine runs as root).
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian chromium (for the sidebar in a real browser)…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
