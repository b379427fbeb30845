#!/usr/bin/env bash
# The man pages must be clean under mandoc's linter (style warnings included).
set -u
status=0
for page in "$1"/*.[1-9]; do
    out=$(mandoc -Tlint -W style "$page" 2>&1)
    if [ -n "$out" ]; then
        echo "$out"
        status=1
    fi
done
exit $status
