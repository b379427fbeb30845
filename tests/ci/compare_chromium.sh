#!/usr/bin/env bash
# `strat compare --format html` in a real browser (Debian's chromium, headless): the
# example's two travel retention scenarios, and a campaign compared with a copy whose
# answer says where it came from in hostile text (tags, control characters, a bidi
# override, a 200-letter word), each at a desktop and a phone width. The test fails on
# console output, a missing section, text overflowing its box, a page wider than the window,
# an element or attribute that the text could have created, a page that is not
# self-contained, or a print to PDF that is not a PDF (checks in page_checks.js). It keeps
# a screenshot and the PDF of the example in ARTEFACTS.
# usage: compare_chromium.sh STRAT_BINARY REPO_ROOT ARTEFACTS_DIR
set -u
strat=$1 root=$2 artefacts=$3
status=0
fail() { echo "FAIL: $*"; status=1; }
mkdir -p "$artefacts"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/chromium_pages.sh"
export NO_COLOR=1 LC_ALL=C.UTF-8

example=$root/examples/compare-travel-retention
"$strat" compare "$example/consent-held.yaml" "$example/hardly-any-consent.yaml" --format html \
    >"$tmp/example.html" || fail "strat compare --format html failed on the example"

campaign=$root/examples/travel-retention/campaign.yaml
long=$(printf 'x%.0s' {1..200})
sed "0,/^    source: default/s/^    source: default/    source: stated\\n    from: \"<script>alert(1)<\\/script> <img src=x onerror=alert(2)> \\\\e[2J \\\\u202e $long\"/" \
    "$campaign" >"$tmp/hostile.yaml"
cmp -s "$campaign" "$tmp/hostile.yaml" && fail "the hostile copy is the same as the campaign"
"$strat" compare "$campaign" "$tmp/hostile.yaml" --format html >"$tmp/hostile.html" ||
    fail "strat compare --format html failed on the hostile campaign"

for page in example hostile; do
    check_self_contained "$page.html" "$tmp/$page.html"
done
sections='["header h1", "section#answers h2", "section#ranking table", "section#tactics h2", "section#kpis h2"]'
check_page example "$tmp/example.html" \
    "{\"counts\": {\"section\": 4, \"#answers tbody tr\": 1, \"#tactics li.added\": 4, \"#tactics li.dropped\": 3}, \"sections\": $sections}" \
    1280,900 390,844
check_page hostile "$tmp/hostile.html" "{\"counts\": {\"section\": 4}, \"sections\": $sections}" \
    1280,900 390,844
grep -q '&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; \\e\[2J \\u{202e} xxxx' \
    "$tmp/hostile-1280,900.dom" || fail "hostile: the answer's source is not shown as escaped text"

# The example as people see it, and printed to PDF.
keep_screenshot_and_pdf "$tmp/example.html" "$artefacts/compare.png" "$artefacts/compare.pdf" 1280,1800 1
[ $status = 0 ] && echo "compare HTML: sections, no overflow, no console output, escaped, screenshot and PDF in $artefacts"
exit $status
