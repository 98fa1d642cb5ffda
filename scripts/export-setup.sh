#!/usr/bin/env bash
# Installs what the rendering test of the Word export needs, idempotently:
#   - libreoffice-writer (headless .docx -> PDF), poppler-utils (pdftoppm, pdftotext);
#   - fonts-noto-cjk (Song/Hei faces) and fonts-arphic-ukai (a Kai face), stand-ins for the
#     GB fonts (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312) that office machines have.
# A second run only checks and returns at once. Exits non-zero when the install fails (apt
# unreachable, no root): the test then skips with a message instead of failing.
set -euo pipefail

APT_PACKAGES=(libreoffice-writer poppler-utils fonts-noto-cjk fonts-arphic-ukai)
log() { printf '[export setup] %s\n' "$*" >&2; }

missing=()
for p in "${APT_PACKAGES[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" != "install ok installed" ]; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { log "need root (or sudo) to apt-get install ${missing[*]}"; exit 1; }
    SUDO=(sudo -n)
  fi
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Other installs may hold the dpkg lock for a while (the e2e setup, a colleague's run).
  "${SUDO[@]}" apt-get update -q -o DPkg::Lock::Timeout=600 </dev/null
  "${SUDO[@]}" apt-get install -y -q --no-install-recommends -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=600 "${missing[@]}" </dev/null
fi
command -v soffice >/dev/null && command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null
log "libreoffice-writer and poppler-utils installed"
