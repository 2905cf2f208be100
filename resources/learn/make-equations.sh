#!/bin/bash
# Typesets the Learn cards' equations: each <card>.tex here (equations only, with the shared
# preamble.tex) becomes <card>.svg beside it. Symbols written \sym{role}{name}{...} become links
# <a xlink:href='mtl:role?name'> holding a transparent <rect> over the symbol; the Learn panel maps
# them to blocks on the canvas. Glyphs are paths (--no-fonts), so Qt SVG draws them without fonts.
# Needs Debian's texlive-latex-base, texlive-latex-recommended and dvisvgm. Not run by CI: the
# SVGs are committed; run this after editing a .tex file and commit both.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$here"
for tex in *.tex; do
    card="${tex%.tex}"
    [ "$card" = preamble ] && continue
    cp "$tex" preamble.tex "$tmp/"
    (cd "$tmp" && latex -interaction=nonstopmode -halt-on-error "$tex" > "$card.log") ||
        { echo "latex failed on $tex (log follows)" >&2; tail -20 "$tmp/$card.log" >&2; exit 1; }
    dvisvgm --no-fonts --exact-bbox --linkmark=none --verbosity=1 "$tmp/$card.dvi" \
        -o "$here/$card.svg"
    # dvisvgm stamps its version in a comment: keep it, it says what made the file.
    echo "$card.svg: $(grep -c "xlink:href='mtl:" "$card.svg") symbol links"
done
