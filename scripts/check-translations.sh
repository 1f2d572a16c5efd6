#!/usr/bin/env bash
# Fails when a translation in translations/ is behind the code: lupdate, run over the window's
# sources into a throwaway copy of each .ts, must find no string without a translation
# (type="unfinished", an empty plural form) and none the code no longer has (obsolete/vanished).
# `ninja update_translations` in a build folder brings the files up to date; then translate what
# it marks unfinished (Qt Linguist, or by hand).
# Usage: scripts/check-translations.sh [LUPDATE]
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${1:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
tmp=$(mktemp -d /tmp/ik-i18n.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in translations/ik_*.ts; do
    copy=$tmp/$(basename "$ts")
    cp "$ts" "$copy"
    # English holds only the plural forms of its own source strings.
    only=()
    [ "$(basename "$ts")" = ik_en.ts ] && only=(-pluralonly)
    # The same sources as the update_translations target (ui/shell/CMakeLists.txt).
    "$lupdate" -silent "${only[@]}" -locations none -extensions cpp,h core workbench sandbox ui \
        app/playground_main.cpp -ts "$copy" >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; exit 1; }
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    stale=$(grep -cE 'type="(obsolete|vanished)"' "$copy" || true)
    empty=$(grep -c '<numerusform></numerusform>' "$copy" || true)
    if ((unfinished + stale + empty)); then
        status=1
        echo "$ts: $unfinished unfinished, $stale obsolete, $empty empty plural forms" >&2
        # Name the first few strings, so the failure says which ones.
        python3 - "$copy" <<'PY' >&2 || true
import sys, xml.etree.ElementTree as ET
shown = 0
for ctx in ET.parse(sys.argv[1]).getroot():
    for m in ctx.findall('message'):
        t = m.find('translation')
        forms = t.findall('numerusform')
        if t.get('type') in ('unfinished', 'obsolete', 'vanished') or any(not (f.text or '') for f in forms):
            if shown < 15:
                print(f"  {t.get('type') or 'empty plural'}: [{ctx.findtext('name')}] {m.findtext('source')!r}")
            shown += 1
PY
    else
        echo "$ts: $(grep -c '<message' "$copy") strings, all translated"
    fi
done
if ((status)); then
    echo "run: ninja -C <build> update_translations, then translate the entries marked unfinished" >&2
fi
exit $status
