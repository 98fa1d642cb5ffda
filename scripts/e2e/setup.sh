#!/usr/bin/env bash
# Installs what the end-to-end tests need, from apt and npm only (no VS Code or browser download), idempotently:
#   - apt: chromium, fonts-noto-cjk (Chinese glyphs), libkrb5-dev (to build code-server's
#     kerberos module), ripgrep (stands in for the rg that @vscode/ripgrep would download);
#   - code-server (a real VS Code) and playwright-core (drives Chromium; no browser download)
#     into .e2e-cache/, outside the extension's own dependencies so `npm ci` stays small.
# A second run only checks and returns in well under a second.
# Non-interactive: runs as root in CI (CI=true, no stdin); uses sudo if not root.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${GONGWEN_E2E_CACHE:-$ROOT/.e2e-cache}"
CODE_SERVER_VERSION=4.100.3   # newest code-server whose engines accept Node 20
PLAYWRIGHT_VERSION=1.65.1
APT_PACKAGES=(chromium fonts-noto-cjk libkrb5-dev ripgrep)
STAMP="$CACHE/.installed-code-server-$CODE_SERVER_VERSION-playwright-core-$PLAYWRIGHT_VERSION"

log() { printf '[e2e setup] %s\n' "$*" >&2; }

# ---- 1. System packages --------------------------------------------------------------
. "$ROOT/scripts/apt-install.sh"
apt_install_missing "e2e setup" "${APT_PACKAGES[@]}"

# ---- 2. code-server + playwright-core in .e2e-cache ----------------------------------
if [ -f "$STAMP" ] && [ -x "$CACHE/node_modules/.bin/code-server" ] && [ -f "$CACHE/node_modules/playwright-core/package.json" ]; then
  log "code-server $CODE_SERVER_VERSION and playwright-core $PLAYWRIGHT_VERSION already in ${CACHE#$ROOT/}"
  exit 0
fi

mkdir -p "$CACHE"

# @vscode/ripgrep's postinstall downloads rg from GitHub, which is not reachable here. It
# first looks in its download cache: seed it with Debian's rg under the names it tries.
case "$(uname -m)" in
  x86_64) RG_TARGET=x86_64-unknown-linux-musl ;;
  aarch64) RG_TARGET=aarch64-unknown-linux-gnu ;;
  *) RG_TARGET="$(uname -m)-unknown-linux-gnu" ;;
esac
TMP_FOR_NPM="$(node -p 'require("os").tmpdir()')"
RG_STAGE="$(mktemp -d)"
trap 'rm -rf "$RG_STAGE"' EXIT
cp "$(command -v rg)" "$RG_STAGE/rg"
for cache_dir in "$TMP_FOR_NPM"/vscode-ripgrep-cache-1.15.11 "$TMP_FOR_NPM"/vscode-ripgrep-cache-1.15.9 "$TMP_FOR_NPM"/vscode-ripgrep-cache-1.15.10; do
  mkdir -p "$cache_dir"
  for v in v13.0.0-10 v13.0.0-4 v13.0.0-13 v14.1.1-1; do
    tarball="$cache_dir/ripgrep-$v-$RG_TARGET.tar.gz"
    [ -s "$tarball" ] || tar -czf "$tarball" -C "$RG_STAGE" rg
  done
done

# kerberos and argon2 build from source against the local Node headers when they exist.
NODE_PREFIX="$(dirname "$(dirname "$(command -v node)")")"
if [ -f "$NODE_PREFIX/include/node/node.h" ]; then
  export npm_config_nodedir="$NODE_PREFIX"
fi

if [ ! -f "$CACHE/package.json" ]; then
  printf '{\n  "name": "gongwen-e2e-cache",\n  "private": true,\n  "description": "code-server and playwright-core for the end-to-end tests (scripts/e2e/setup.sh)"\n}\n' >"$CACHE/package.json"
fi

log "npm install code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION into ${CACHE#$ROOT/}"
# code-server's postinstall refuses to run as root without unsafe-perm.
(
  cd "$CACHE"
  npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --no-save \
    --no-package-lock --loglevel=error \
    "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION" </dev/null
)

# Sanity: the installed code-server runs and ripgrep was satisfied.
"$CACHE/node_modules/.bin/code-server" --version >/dev/null
rg_bin="$(find "$CACHE/node_modules" -path '*@vscode/ripgrep/bin/rg' -print -quit)"
[ -n "$rg_bin" ] || log "warning: no @vscode/ripgrep/bin/rg found (search in code-server may not work)"

rm -f "$CACHE"/.installed-* && touch "$STAMP"
log "done"
