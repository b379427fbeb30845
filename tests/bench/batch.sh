#!/usr/bin/env bash
# Issue 15's batch row: a workshop answers file with every shipped industry × goal pair,
# planned by one `strat plan --out-dir` process, against one plan written to a file.
#
#   bash tests/bench/batch.sh STRAT_BINARY WORK_DIR [RUNS]
#
# Writes WORK_DIR/workshop/workshop.yaml (generated from `strat list`), measures both with
# hyperfine (median wall time after a warm-up; --force rewrites the same regular files)
# and prints a markdown section on stdout. run.sh calls it; it also runs on its own.
set -euo pipefail
strat=$1 work=$2/workshop runs=${3:-10}
command -v hyperfine >/dev/null || { echo "batch.sh: needs hyperfine" >&2; exit 2; }
rm -rf "$work"
mkdir -p "$work/plans" "$work/one"

workshop=$work/workshop.yaml
{
    printf 'strat_answers: 1\nclients:\n'
    for industry in $("$strat" list industries | awk 'NR > 1 {print $1}'); do
        for goal in $("$strat" list goals --industry "$industry" | awk 'NR > 1 {print $1}'); do
            printf '  - {name: %s-%s, industry: %s, goal: %s}\n' "$industry" "$goal" "$industry" "$goal"
        done
    done
} >"$workshop"
pairs=$(grep -c '^  - ' "$workshop")

measure() { # NAME COMMAND...: sets t_NAME to the median wall time in seconds
    local name=$1
    shift
    hyperfine --shell=none --warmup 1 --runs "$runs" --style none \
        --export-csv "$work/$name.csv" "$(printf '%q ' "$@")" >/dev/null
    printf -v "t_$name" '%s' "$(awk -F, 'NR == 2 {print $(NF - 4)}' "$work/$name.csv")"
}
measure one "$strat" plan --goal retention --industry travel --non-interactive \
    -o "$work/one/travel-retention.yaml" --force
measure batch "$strat" plan --answers "$workshop" --out-dir "$work/plans" --force
written=$(find "$work/plans" -name '*.yaml' | wc -l)
[[ $written == "$pairs" ]] || { echo "batch.sh: $written files for $pairs clients" >&2; exit 1; }

ratio=$(awk -v b="$t_batch" -v o="$t_one" 'BEGIN {printf "%.1f", b / o}')
met=$(awk -v r="$ratio" 'BEGIN {print (r < 10) ? "met" : "**missed**"}')
cat <<TABLE

### Batch of plans vs one plan (issue 15)

| command | median |
|---|---:|
| \`strat plan --goal retention --industry travel -o FILE --force\` (one plan) | $(awk -v t="$t_one" 'BEGIN {printf "%.1f", t * 1000}') ms |
| \`strat plan --answers workshop.yaml --out-dir plans --force\` ($pairs clients, every industry × goal) | $(awk -v t="$t_batch" 'BEGIN {printf "%.1f", t * 1000}') ms |
| batch of $pairs plans ÷ one plan | ${ratio}× |

Target: the batch in under 10× one plan — $met.
TABLE
