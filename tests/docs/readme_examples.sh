#!/usr/bin/env bash
# Every `strat ...` command in the README's code blocks runs and exits 0, from a scratch
# directory beside the repository's examples (the usage synopsis, with its GOAL, ID and
# [options] placeholders, is not a command and is left out).
# usage: readme_examples.sh STRAT_BINARY REPO_ROOT
set -u
strat=$1 root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ln -s "$root/examples" "$tmp/examples"
status=0 count=0
while IFS= read -r line; do
    grep -qE '[[]|[|]|\b[A-Z]{2,}\b' <<< "$line" && continue # a synopsis line
    count=$((count + 1))
    eval "set -- ${line#strat }"
    if ! (cd "$tmp" && "$strat" "$@" < /dev/null > "$tmp/.out" 2>&1); then
        echo "FAIL: README example exits non-zero: $line"
        sed 's/^/  /' "$tmp/.out"
        status=1
    fi
done < <(awk '/^```/{f=!f; next} f && /^strat /' "$root/README.md")
[ $count -ge 2 ] || { echo "FAIL: found only $count README examples"; status=1; }
[ $status = 0 ] && echo "readme: $count examples run"
exit $status
