#!/bin/sh
# Build the self-contained terminal with PyInstaller:
#   dist/kiosk/                                   the program (onedir: kiosk + _internal/)
#   dist/kiosk-<version>-linux-<arch>.tar.gz      what install.sh and kiosk-update take
# Needs the package extra: .venv/bin/pip install -e '.[package]'
# and the CJK font to bundle: apt-get install fonts-noto-cjk (or KIOSK_FONT_SRC=DIR).
set -eu
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
FONT_SRC=${KIOSK_FONT_SRC:-/usr/share/fonts/opentype/noto}
STAGE="$(pwd)/build/stage"

"$PYTHON" -m PyInstaller --version >/dev/null 2>&1 || {
    echo "build.sh: PyInstaller missing: $PYTHON -m pip install -e '.[package]'" >&2; exit 1; }
for f in NotoSansCJK-Regular.ttc NotoSansCJK-Bold.ttc; do
    [ -f "$FONT_SRC/$f" ] || {
        echo "build.sh: $FONT_SRC/$f missing: apt-get install fonts-noto-cjk" >&2; exit 1; }
done

echo "== staging assets: translations compiled now, CJK font bundled"
rm -rf "$STAGE"
mkdir -p "$STAGE"
cp -r assets "$STAGE/assets"
rm -f "$STAGE"/assets/i18n/*.qm
LRELEASE=$(dirname "$PYTHON")/pyside6-lrelease
for ts in assets/i18n/*.ts; do
    "$LRELEASE" -silent "$ts" -qm "$STAGE/assets/i18n/$(basename "$ts" .ts).qm"
done
mkdir -p "$STAGE/assets/fonts"
cp "$FONT_SRC/NotoSansCJK-Regular.ttc" "$FONT_SRC/NotoSansCJK-Bold.ttc" "$STAGE/assets/fonts/"
[ -f /usr/share/doc/fonts-noto-cjk/copyright ] &&
    cp /usr/share/doc/fonts-noto-cjk/copyright "$STAGE/assets/fonts/NotoSansCJK-LICENSE.txt"

echo "== PyInstaller (a few minutes)"
KIOSK_STAGED_ASSETS="$STAGE/assets" "$PYTHON" -m PyInstaller --noconfirm --clean \
    --log-level WARN --distpath dist --workpath build/pyinstaller packaging/kiosk.spec

VERSION=$(dist/kiosk/kiosk --version | cut -d' ' -f2)
ARCHIVE="dist/kiosk-$VERSION-linux-$(uname -m).tar.gz"
tar -C dist -czf "$ARCHIVE" --transform "s,^kiosk,kiosk-$VERSION," kiosk
echo "== built $(du -sh dist/kiosk | cut -f1) in dist/kiosk, archive $ARCHIVE"
