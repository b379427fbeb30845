#!/usr/bin/env bash
# `strat graph --format dot` must be valid Graphviz: render every goal of every shipped
# industry, plain and with a highlighted path, with `dot -Tsvg`.
# usage: graph_dot.sh STRAT_BINARY
set -u
strat=$1
command -v dot >/dev/null || { echo "graphviz is not installed: run 'bash .ci/deps.sh test'"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0 count=0
for industry in $("$strat" list industries --format json | grep -oE '"id": "[^"]+"' | cut -d'"' -f4); do
    for goal in $("$strat" list goals --industry "$industry" --format json |
                  grep -oE '"id": "[^"]+"' | cut -d'"' -f4); do
        "$strat" graph --industry "$industry" --goal "$goal" --format dot > "$tmp/g.dot" || status=1
        if ! dot -Tsvg "$tmp/g.dot" -o "$tmp/g.svg" 2> "$tmp/err" || [ -s "$tmp/err" ]; then
            echo "FAIL: $industry/$goal does not render:"; cat "$tmp/err"; status=1
        fi
        grep -q '<svg' "$tmp/g.svg" || { echo "FAIL: $industry/$goal: no SVG"; status=1; }
        count=$((count + 1))
    done
done
# A highlighted path renders too, and is marked.
"$strat" graph --industry travel --goal retention --format dot --answer ret_consent=most \
    > "$tmp/path.dot" && dot -Tsvg "$tmp/path.dot" -o "$tmp/path.svg" || status=1
grep -q 'penwidth=3' "$tmp/path.dot" || { echo "FAIL: the answered path is not highlighted"; status=1; }
[ $count -ge 50 ] || { echo "FAIL: only $count graphs rendered"; status=1; }
[ $status = 0 ] && echo "graph: $count goal graphs render with Graphviz"
exit $status
