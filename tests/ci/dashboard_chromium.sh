#!/usr/bin/env bash
# The dashboard's HTML in a real browser (Debian's chromium, headless): the example and a
# campaign with hostile text are loaded at a desktop and a phone width; the test fails on
# console output, a missing section, text overflowing its box (measured in the page by a
# small script injected into a test copy only), an SVG label outside its chart, an element
# that hostile text could have created, a page that is not self-contained, or a print to
# PDF that is not a PDF. It keeps a screenshot and the PDF of the example in ARTEFACTS.
# chromium missing is a failure, not a skip: `bash .ci/deps.sh test` installs it.
# usage: dashboard_chromium.sh STRAT_BINARY REPO_ROOT ARTEFACTS_DIR
set -u
strat=$1 root=$2 artefacts=$3
status=0
fail() { echo "FAIL: $*"; status=1; }
mkdir -p "$artefacts"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/chromium_pages.sh"

"$strat" dashboard "$root/examples/dashboard" --format html >"$tmp/example.html" ||
    fail "strat dashboard --format html failed on examples/dashboard"
"$strat" dashboard "$root/tests/data/dashboard/hostile" --format html >"$tmp/hostile.html" ||
    fail "strat dashboard --format html failed on the hostile campaign"

for page in example hostile; do
    check_self_contained "$page.html" "$tmp/$page.html"
done

sections='["header#top", "#summary", "#next", "#goals", "article.campaign", "section.strategy", "table.tactics", "figure.kpi svg", "footer"]'
check_page example "$tmp/example.html" "{\"counts\": {\"article.campaign\": 3}, \"sections\": $sections}" 1280,900 390,844
check_page hostile "$tmp/hostile.html" "{\"counts\": {\"article.campaign\": 1}, \"sections\": $sections}" 1280,900 390,844
grep -q 'Guests \\e\[2J\\e\]0;owned\\x07 back &lt;script&gt;' "$tmp/hostile-1280,900.dom" ||
    fail "hostile: the campaign name is not shown as escaped text"

# The example as people see it, and printed to PDF.
keep_screenshot_and_pdf "$tmp/example.html" "$artefacts/dashboard.png" "$artefacts/dashboard.pdf" 1280,2400 2
[ $status = 0 ] && echo "dashboard HTML: sections, no overflow, no console output, escaped, screenshot and PDF in $artefacts"
exit $status
