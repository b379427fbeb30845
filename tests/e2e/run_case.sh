#!/usr/bin/env bash
# Runs one end-to-end case: the real strat binary with the case's arguments, compared
# with the case's whole expected stdout, stderr and exit code.
#
# usage: run_case.sh STRAT_BINARY REPO_ROOT CASE_FILE
#
# A case file holds header lines, then the expected output:
#   # what the case shows                      (line 1; more `#` lines may follow)
#   args: validate --format json bad.yaml     (shell words; required)
#   cwd: tests/data/invalid                    (relative to the repo root; default: a temp dir)
#   stdin: tests/data/answers.yaml             (file fed to stdin; default: /dev/null)
#   env: NAME=value                            (repeatable)
#   setup: touch existing.yaml                 (shell command run first in the work dir)
#   exit: 1
#   --- stdout
#   ...
#   --- stderr
#   ...
#   --- file campaign.yaml                     (optional, repeatable: a file the run leaves
#   ...                                         in the work dir, compared whole)
# `{TMP}` in args, env and expected output stands for the case's temporary directory,
# `{ROOT}` in args and env for the repository root.
# With STRAT_UPDATE=1 the case file's expected sections are rewritten from the real run;
# its header lines stay as written.
set -u
strat=$1 root=$2 case_file=$3

# Line 1 says what the case shows, so a reader (and whoever regenerates the golden) knows
# what output is right; the case's name alone does not. A case without it fails.
header_rule=fail
first_line=$(head -n 1 "$case_file")
what=${first_line#"# "}
if [ "$what" = "$first_line" ] || [ -z "${what// /}" ] || [ "$what" = "$(basename "$case_file" .case)" ]; then
    echo "run_case: $case_file: line 1 must be \`# <what the case shows>\`, not only its name" >&2
    [ "$header_rule" = warn ] || exit 2
fi

args="" cwd="" stdin=/dev/null exit_expected="" envs=() setup=""
while IFS= read -r line; do
    case $line in
    "--- stdout") break ;;
    "#"*|"") ;;
    args:*) args=${line#args: } ;;
    cwd:*) cwd=${line#cwd: } ;;
    stdin:*) stdin=$root/${line#stdin: } ;;
    env:*) envs+=("${line#env: }") ;;
    exit:*) exit_expected=${line#exit: } ;;
    setup:*) setup=${line#setup: } ;;
    *) echo "run_case: $case_file: unknown header line: $line" >&2; exit 2 ;;
    esac
done < "$case_file"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
expected_stdout=$tmp/.expected_stdout expected_stderr=$tmp/.expected_stderr
mkdir -p "$tmp/.expected_files"
awk -v out="$expected_stdout" -v err="$expected_stderr" -v files="$tmp/.expected_files" '
    $0 == "--- stdout" { target = out; printf "" > out; next }
    $0 == "--- stderr" { target = err; printf "" > err; next }
    /^--- file / { target = files "/" substr($0, 10); printf "" > target; next }
    target != "" { print > target }' "$case_file"
[ -f "$expected_stdout" ] || : > "$expected_stdout"
[ -f "$expected_stderr" ] || : > "$expected_stderr"
sed -i "s|{TMP}|$tmp|g; s|{ROOT}|$root|g" "$expected_stdout" "$expected_stderr"
expected_files=$(cd "$tmp/.expected_files" && ls -A)

workdir=${cwd:+$root/$cwd}
workdir=${workdir:-$tmp}
args=${args//\{TMP\}/$tmp}
args=${args//\{ROOT\}/$root}
eval "set -- $args"
(
    cd "$workdir" || exit 2
    export NO_COLOR=1 SOURCE_DATE_EPOCH=1767225600 LC_ALL=C.UTF-8
    unset STRAT_ROADMAPS GITHUB_ACTIONS
    for e in "${envs[@]+"${envs[@]}"}"; do e=${e//\{TMP\}/$tmp}; export "${e//\{ROOT\}/$root}"; done
    [ -z "$setup" ] || eval "$setup"
    "$strat" "$@" < "$stdin" > "$tmp/.stdout" 2> "$tmp/.stderr"
    echo $? > "$tmp/.exit"
)
actual_exit=$(cat "$tmp/.exit")

if [ "${STRAT_UPDATE:-}" = 1 ]; then
    {
        sed '/^--- stdout$/,$d' "$case_file" | sed '/^exit:/d'
        echo "exit: $actual_exit"
        echo "--- stdout"
        sed "s|$tmp|{TMP}|g; s|$root|{ROOT}|g" "$tmp/.stdout"
        echo "--- stderr"
        sed "s|$tmp|{TMP}|g; s|$root|{ROOT}|g" "$tmp/.stderr"
        for f in $expected_files; do
            echo "--- file $f"
            sed "s|$tmp|{TMP}|g; s|$root|{ROOT}|g" "$workdir/$f"
        done
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
for f in $expected_files; do
    if [ ! -f "$workdir/$f" ]; then
        echo "expected file $f was not written"
        status=1
    else
        sed -i "s|{TMP}|$tmp|g; s|{ROOT}|$root|g" "$tmp/.expected_files/$f"
        diff -u --label "expected $f" --label "actual $f" "$tmp/.expected_files/$f" "$workdir/$f" || status=1
    fi
done
[ $status = 0 ] || echo "case: $case_file (STRAT_UPDATE=1 rewrites it)"
exit $status
