#!/usr/bin/env bash
# Installs the Debian packages the full test run needs (PostgreSQL server, Chromium, LibreOffice,
# poppler-utils), only when missing.
# Never downloads browsers or binaries from anywhere else.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
# LibreOffice (headless, no GUI) proves the .docx exports open cleanly; pdftotext reads the result.
[ -x /usr/bin/soffice ] || missing+=(libreoffice-writer-nogui)
[ -x /usr/bin/pdftotext ] || missing+=(poppler-utils)

if [ ${#missing[@]} -eq 0 ]; then
  echo "[system-deps] chromium, postgresql, libreoffice and poppler-utils already present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "[system-deps] missing ${missing[*]} and not root: install them with apt-get (Debian) and rerun" >&2
  exit 1
fi
echo "[system-deps] installing ${missing[*]} with apt-get"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "[system-deps] installed ${missing[*]}"
