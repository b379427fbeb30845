#!/usr/bin/env bash
# Runs one end-to-end case: the real strat binary with the case's arguments, compared
# with the case's whole expected stdout, stderr and exit code.
#
# usage: run_case.sh STRAT_BINARY REPO_ROOT CASE_FILE
#
# A case file holds header lines, then the expected output:
#   # free text
#   args: validate --format json bad.yaml     (shell words; required)
#   cwd: tests/data/invalid                    (relative to the repo root; default: a temp dir)
#   stdin: tests/data/answers.yaml             (file fed to stdin; default: /dev/null)
#   env: NAME=value                            (repeatable)
#   exit: 1
#   --- stdout
#   ...
#   --- stderr
#   ...
# `{TMP}` in args, env and expected output stands for the case's temporary directory.
# With STRAT_UPDATE=1 the case file's expected sections are rewritten from the real run.
set -u
strat=$1 root=$2 case_file=$3

args="" cwd="" stdin=/dev/null exit_expected="" envs=()
while IFS= read -r line; do
    case $line in
    "--- stdout") break ;;
    "#"*|"") ;;
    args:*) args=${line#args: } ;;
    cwd:*) cwd=${line#cwd: } ;;
    stdin:*) stdin=$root/${line#stdin: } ;;
    env:*) envs+=("${line#env: }") ;;
    exit:*) exit_expected=${line#exit: } ;;
    *) echo "run_case: $case_file: unknown header line: $line" >&2; exit 2 ;;
    esac
done < "$case_file"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
expected_stdout=$tmp/.expected_stdout expected_stderr=$tmp/.expected_stderr
awk -v out="$expected_stdout" -v err="$expected_stderr" '
    $0 == "--- stdout" { target = out; printf "" > out; next }
    $0 == "--- stderr" { target = err; printf "" > err; next }
    target != "" { print > target }' "$case_file"
[ -f "$expected_stdout" ] || : > "$expected_stdout"
[ -f "$expected_stderr" ] || : > "$expected_stderr"
sed -i "s|{TMP}|$tmp|g" "$expected_stdout" "$expected_stderr"

workdir=${cwd:+$root/$cwd}
workdir=${workdir:-$tmp}
args=${args//\{TMP\}/$tmp}
eval "set -- $args"
(
    cd "$workdir" || exit 2
    export NO_COLOR=1 SOURCE_DATE_EPOCH=1767225600 LC_ALL=C.UTF-8
    unset STRAT_ROADMAPS GITHUB_ACTIONS
    for e in "${envs[@]+"${envs[@]}"}"; do export "${e//\{TMP\}/$tmp}"; done
    "$strat" "$@" < "$stdin" > "$tmp/.stdout" 2> "$tmp/.stderr"
    echo $? > "$tmp/.exit"
)
actual_exit=$(cat "$tmp/.exit")

if [ "${STRAT_UPDATE:-}" = 1 ]; then
    {
        sed '/^--- stdout$/,$d' "$case_file" | sed '/^exit:/d'
        echo "exit: $actual_exit"
        echo "--- stdout"
        sed "s|$tmp|{TMP}|g" "$tmp/.stdout"
        echo "--- stderr"
        sed "s|$tmp|{TMP}|g" "$tmp/.stderr"
    } > "$tmp/.case"
    cp "$tmp/.case" "$case_file"
    echo "updated $case_file"
    exit 0
fi

status=0
if [ "$actual_exit" != "$exit_expected" ]; then
    echo "exit code: expected $exit_expected, got $actual_exit"
    status=1
fi
diff -u --label "expected stdout" --label "actual stdout" "$expected_stdout" "$tmp/.stdout" || status=1
diff -u --label "expected stderr" --label "actual stderr" "$expected_stderr" "$tmp/.stderr" || status=1
[ $status = 0 ] || echo "case: $case_file (STRAT_UPDATE=1 rewrites it)"
exit $status
