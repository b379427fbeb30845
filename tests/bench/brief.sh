#!/usr/bin/env bash
# Issue 15's brief row: the travel retention brief (`strat plan --format html`), its size,
# the time strat takes to write it, and the time Debian's chromium takes to load it and
# print it to PDF headless (the way a consultant turns it into a deck), against the time
# chromium takes for an empty page, so the brief's own cost is told from starting a browser.
#
#   bash tests/bench/brief.sh STRAT_BINARY WORK_DIR [RUNS]
#
# Prints a markdown section on stdout. run.sh calls it; it also runs on its own.
set -euo pipefail
strat=$1 work=$2/brief runs=${3:-5}
command -v hyperfine >/dev/null || { echo "brief.sh: needs hyperfine" >&2; exit 2; }
browser=$(command -v chromium || command -v chromium-browser || true)
[[ -n $browser ]] || { echo "brief.sh: needs chromium (bash .ci/deps.sh test installs it)" >&2; exit 2; }
rm -rf "$work"
mkdir -p "$work"

html=$work/travel-retention.html
"$strat" plan --goal retention --industry travel --non-interactive --format html -o "$html" \
    --force >/dev/null
"$strat" plan --goal retention --industry travel --non-interactive --format md \
    -o "$work/brief.md" --force >/dev/null
printf '<!doctype html><title>empty</title>\n' >"$work/empty.html"
html_bytes=$(wc -c <"$html")
md_bytes=$(wc -c <"$work/brief.md")

median() { # NAME COMMAND...: sets t_NAME to the median wall time in seconds
    local name=$1
    shift
    hyperfine --shell=none --warmup 1 --runs "$runs" --style none \
        --export-csv "$work/$name.csv" "$(printf '%q ' "$@")" >/dev/null
    printf -v "t_$name" '%s' "$(awk -F, 'NR == 2 {print $(NF - 4)}' "$work/$name.csv")"
}
chrome=("$browser" --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars
    --disable-dev-shm-usage --user-data-dir="$work/profile" --proxy-server=127.0.0.1:9
    --no-pdf-header-footer)
median write "$strat" plan --goal retention --industry travel --non-interactive --format html \
    -o "$html" --force
median empty "${chrome[@]}" --print-to-pdf="$work/empty.pdf" "file://$work/empty.html"
median brief "${chrome[@]}" --print-to-pdf="$work/brief.pdf" "file://$html"
ms() { awk -v s="$1" 'BEGIN {printf "%.0f", s * 1000}'; }

cat <<EOF

### The HTML brief (travel retention)

| measure | result |
|---|---:|
| size: HTML (self-contained) / Markdown | $html_bytes / $md_bytes bytes |
| \`strat plan --format html -o FILE\` | $(ms "$t_write") ms |
| chromium headless, print to PDF: the brief / an empty page | $(ms "$t_brief") / $(ms "$t_empty") ms (the brief's own share: $(ms "$(awk -v a="$t_brief" -v b="$t_empty" 'BEGIN {print a - b}')") ms) |
| the printed PDF | $(wc -c <"$work/brief.pdf") bytes |
EOF
