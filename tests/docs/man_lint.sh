#!/usr/bin/env bash
# The man pages must be clean under mandoc's linter (style warnings included).
set -u
status=0
for page in "$1"/*.[1-9]; do
    # Our own pages are not installed where mandoc looks, so cross-references to them are
    # reported as missing; every other finding counts.
    out=$(mandoc -Tlint -W style "$page" 2>&1 |
        grep -vE 'referenced manual not found: Xr strat(-roadmap|-campaign)? [15]( \([0-9]+ times\))?$')
    if [ -n "$out" ]; then
        echo "$out"
        status=1
    fi
done
exit $status
