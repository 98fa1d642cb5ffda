# Sourced by the test setups: apt_install_missing LABEL [APT-OPTION...] PACKAGE... installs the packages that are
# not installed yet (as root, or through sudo), non-interactively, waiting for another install's
# dpkg lock (the e2e and export setups may run at once). Returns at once when nothing is missing.
apt_install_missing() {
  local label=$1
  shift
  local opts=() missing=() p
  while [ "${1:-}" != "${1#-}" ]; do
    opts+=("$1")
    shift
  done
  for p in "$@"; do
    if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" != "install ok installed" ]; then
      missing+=("$p")
    fi
  done
  [ "${#missing[@]}" -gt 0 ] || return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { printf '[%s] need root (or sudo) to apt-get install %s\n' "$label" "${missing[*]}" >&2; return 1; }
    sudo=(sudo -n)
  fi
  printf '[%s] apt-get install %s\n' "$label" "${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q -o DPkg::Lock::Timeout=600 </dev/null
  "${sudo[@]}" apt-get install -y -q "${opts[@]}" -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=600 "${missing[@]}" </dev/null
}
