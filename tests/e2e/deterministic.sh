#!/usr/bin/env bash
# Same inputs, same bytes: every plan format, run twice in different directories at
# different moments, must succeed both times and write byte-identical files (users diff
# campaign files in git). A run that fails fails the test with its own stderr, so two
# failing runs can never pass as "identical".
# usage: deterministic.sh STRAT_BINARY REPO_ROOT
set -u
strat=$1 root=$2
a=$(mktemp -d) b=$(mktemp -d)
trap 'rm -rf "$a" "$b"' EXIT
status=0
run() { # dir, args...
    local dir=$1; shift
    (cd "$dir" && SOURCE_DATE_EPOCH=1767225600 "$strat" "$@" > /dev/null 2> "$dir/stderr") && return 0
    echo "FAIL: strat $* exited $?:"
    cat "$dir/stderr"
    return 1
}
for format in yaml md json; do
    for industry_args in "--roadmaps $root/tests/data/plan plan --goal retention --industry shop" \
                         "plan --goal retention --industry travel"; do
        what="$industry_args --format $format"
        # shellcheck disable=SC2086
        run "$a" $industry_args --format "$format" -o out.$format --force --top 2 || { status=1; continue; }
        sleep 1
        # shellcheck disable=SC2086
        run "$b" $industry_args --format "$format" -o out.$format --force --top 2 || { status=1; continue; }
        if [ ! -s "$a/out.$format" ]; then
            echo "FAIL: empty output: $what"
            status=1
        elif ! cmp -s "$a/out.$format" "$b/out.$format"; then
            echo "FAIL: not byte-identical: $what"
            diff "$a/out.$format" "$b/out.$format" | head -20
            status=1
        fi
    done
done
[ $status = 0 ] && echo "deterministic: 6 plans byte-identical across runs"
exit $status
