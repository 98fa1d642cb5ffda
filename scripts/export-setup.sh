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

. "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"
apt_install_missing "export setup" --no-install-recommends "${APT_PACKAGES[@]}"
command -v soffice >/dev/null && command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null
log "libreoffice-writer and poppler-utils installed"
