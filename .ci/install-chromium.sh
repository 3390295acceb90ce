#!/usr/bin/env bash
# Debian's headless Chromium and its chromedriver, for the browser tests (ManagerPageBrowserTest).
# Does nothing when both are installed already.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
echo "Chromium is not installed: installing chromium and chromium-driver from Debian's packages"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
chromium --version
