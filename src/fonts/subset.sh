#!/usr/bin/env bash
# Makes the open fallback fonts the PDF format ships (src/main/resources/io/github/docgen/pdf/fonts/):
# TrueType (glyf) CJK fonts, subset to what official documents use — GB 2312 (6,763 hanzi and its
# symbols, the Latin-1 ones among them), ASCII, CJK punctuation, full-width forms, general punctuation, 〇 — so that the
# plugin stays small. Their licence files are copied beside them.
#
# Needs: npm (the Noto fonts come from npm packages), apt-get download and dpkg-deb (LXGW WenKai
# from Debian), pyftsubset (Debian package `fonttools`) and /usr/bin/python3.
# Run from the repository root:  src/fonts/subset.sh   then commit the fonts it wrote.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=src/main/resources/io/github/docgen/pdf/fonts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The code points to keep, one U+XXXX a line; GB 2312's rows 1-87 decoded by Python's codec.
/usr/bin/python3 - > "$work/unicodes.txt" <<'PY'
keep = set(range(0x20, 0x7F)) | {0xA0} | set(range(0x2010, 0x2040)) \
     | set(range(0x3000, 0x3040)) | set(range(0xFF01, 0xFF5F)) | {0x3007, 0x2103, 0x2116}
for high in range(0xA1, 0xF8):
    for low in range(0xA1, 0xFF):
        try:
            keep.add(ord(bytes([high, low]).decode("gb2312")))
        except UnicodeDecodeError:
            pass
print("\n".join("U+%04X" % c for c in sorted(keep)))
PY

( cd "$work"
  npm pack --silent @expo-google-fonts/noto-serif-sc@0.4.3 @expo-google-fonts/noto-sans-sc@0.4.3 >/dev/null
  mkdir serif sans wenkai
  tar xzf expo-google-fonts-noto-serif-sc-0.4.3.tgz -C serif
  tar xzf expo-google-fonts-noto-sans-sc-0.4.3.tgz -C sans
  apt-get download -qq fonts-lxgw-wenkai >/dev/null
  dpkg-deb -x fonts-lxgw-wenkai_*.deb wenkai )

subset() { # source, target name
  pyftsubset "$1" --unicodes-file="$work/unicodes.txt" --output-file="$out/$2" \
    --no-hinting --layout-features='' --name-IDs='*' --name-languages='*' --notdef-outline --recalc-bounds
}
mkdir -p "$out"
subset "$work/serif/package/400Regular/NotoSerifSC_400Regular.ttf" NotoSerifSC-Regular.ttf
subset "$work/serif/package/700Bold/NotoSerifSC_700Bold.ttf" NotoSerifSC-Bold.ttf
subset "$work/sans/package/500Medium/NotoSansSC_500Medium.ttf" NotoSansSC-Medium.ttf
subset "$work/wenkai/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf" LXGWWenKai-Regular.ttf
cp "$work/serif/package/LICENSE_FONT" "$out/NotoSerifSC-LICENSE.txt"
cp "$work/sans/package/LICENSE_FONT" "$out/NotoSansSC-LICENSE.txt"
cp "$work/wenkai/usr/share/doc/fonts-lxgw-wenkai/copyright" "$out/LXGWWenKai-LICENSE.txt"
ls -l "$out"
