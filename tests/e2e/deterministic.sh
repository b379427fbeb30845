#!/usr/bin/env bash
# Same inputs, same bytes: every plan format, run twice in different directories at
# different moments, must be byte-identical (users diff campaign files in git).
# usage: deterministic.sh STRAT_BINARY REPO_ROOT
set -u
strat=$1 root=$2
a=$(mktemp -d) b=$(mktemp -d)
trap 'rm -rf "$a" "$b"' EXIT
status=0
run() { # dir, args...
    local dir=$1; shift
    (cd "$dir" && SOURCE_DATE_EPOCH=1767225600 "$strat" "$@" > /dev/null 2>&1)
}
for format in yaml md json; do
    for industry_args in "--roadmaps $root/tests/data/plan plan --goal retention --industry shop" \
                         "plan --goal retention --industry travel"; do
        # shellcheck disable=SC2086
        run "$a" $industry_args --format "$format" -o out.$format --force --top 2
        sleep 1
        # shellcheck disable=SC2086
        run "$b" $industry_args --format "$format" -o out.$format --force --top 2
        if ! cmp -s "$a/out.$format" "$b/out.$format"; then
            echo "not byte-identical: $industry_args --format $format"
            diff "$a/out.$format" "$b/out.$format" | head -20
            status=1
        fi
        [ -s "$a/out.$format" ] || { echo "empty output: $industry_args --format $format"; status=1; }
    done
done
[ $status = 0 ] && echo "deterministic: 6 plans byte-identical across runs"
exit $status
