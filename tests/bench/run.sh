#!/usr/bin/env bash
# The strat benchmark: one command, from the repository root.
#
#   bash tests/bench/run.sh
#
# Builds Release into build-bench/ (or $STRAT_BENCH_BUILD), writes the synthetic corpus into
# build-bench/corpus, installs what it lacks (hyperfine, GNU time, libyaml-dev, Node.js, and
# ajv-cli@5 + ajv-formats into build-bench/npm), measures, prints a markdown table on stdout
# and writes build-bench/bench.json. Progress and tool output go to stderr and to
# build-bench/bench-logs/. Takes about 4-10 minutes on 2 cores. See tests/bench/README.md.
#
# Environment: STRAT_BENCH_BUILD (build directory), STRAT_BENCH_QUICK=1 (fewer runs, for
# trying the script; the figures are then less stable), STRAT_BENCH_ONLY=dashboard (only
# sections 6 and 7: the dashboard and issue 12's scaling rows, in a few minutes).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${STRAT_BENCH_BUILD:-$root/build-bench}
mkdir -p "$build"
build=$(cd "$build" && pwd)
logs=$build/bench-logs
results=$build/bench-results
corpus=$build/corpus
started=$(date +%s)

# Runs (median of these, after one warm-up run).
runs_fast=30     # --version, plan: milliseconds each
runs_corpus=7    # the 1,000-file corpus: seconds each
runs_tree_small=10
runs_tree_big=3  # the 100k-node tree
rss_runs=3
runs_dash=5      # the dashboard: 1,000 campaigns and up to 1M actuals rows
only=${STRAT_BENCH_ONLY:-}
[[ -z $only || $only == dashboard ]] || { echo "bench: STRAT_BENCH_ONLY is empty or dashboard" >&2; exit 2; }
full() { [[ $only != dashboard ]]; } # sections 1 to 5 as well
runs_scale=3     # issue 12's scaling rows (one run only when a run takes over 5 s)
scale_timeout=300
if [[ ${STRAT_BENCH_QUICK:-0} == 1 ]]; then
    runs_fast=10 runs_corpus=2 runs_tree_small=3 runs_tree_big=2 rss_runs=1 runs_dash=2
    runs_scale=1
fi

say() { printf '[bench %4ss] %s\n' "$(($(date +%s) - started))" "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

# ------------------------------------------------------------------------------- tools

as_root() {
    if [[ $(id -u) == 0 ]]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else die "needs root (or sudo) to run: $*"
    fi
}
apt_updated=0
apt_install() {
    say "installing with apt: $*"
    if [[ $apt_updated == 0 ]]; then as_root apt-get update -qq; apt_updated=1; fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

if [[ -f $root/.ci/deps.sh ]]; then bash "$root/.ci/deps.sh" build >&2; fi
missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
[[ -x /usr/bin/time ]] || missing+=(time)
installed libyaml-dev || missing+=(libyaml-dev)
command -v pkg-config >/dev/null || missing+=(pkg-config)
command -v npm >/dev/null || missing+=(nodejs npm)
if ((${#missing[@]})); then apt_install "${missing[@]}"; fi

npm_dir=$build/npm
ajv=$npm_dir/node_modules/.bin/ajv
if full && [[ ! -x $ajv || ! -d $npm_dir/node_modules/ajv-formats ]]; then
    say "installing ajv-cli@5 and ajv-formats into $npm_dir"
    mkdir -p "$npm_dir"
    npm install --prefix "$npm_dir" --no-audit --no-fund --loglevel=error ajv-cli@5 ajv-formats >&2
fi

# ------------------------------------------------------------------------------- build

say "building Release in $build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTRAT_BUILD_TESTS=OFF \
    -DSTRAT_BUILD_BENCH=ON >"$build/bench-configure.log" 2>&1 ||
    { cat "$build/bench-configure.log" >&2; die "cmake configure failed"; }
cmake --build "$build" --target strat gen_corpus gen_dashboard parse_bound >"$build/bench-build.log" 2>&1 ||
    { tail -40 "$build/bench-build.log" >&2; die "build failed"; }
strat=$build/strat
gen=$build/tests/bench/gen_corpus
bound=$build/tests/bench/parse_bound
gen_dash=$build/tests/bench/gen_dashboard
[[ -x $strat && -x $gen && -x $bound && -x $gen_dash ]] || die "missing binaries in $build"

unset STRAT_ROADMAPS
export NO_COLOR=1 SOURCE_DATE_EPOCH=1700000000

# ------------------------------------------------------------------------------- corpus

rm -rf "$corpus" "$results" "$logs"
mkdir -p "$corpus" "$results" "$logs"
bytes_of() { cat -- "$@" | wc -c | tr -d ' '; }
cores=$(nproc)
if full; then
say "writing the corpus into $corpus"
files_dir=$corpus/files
"$gen" files "$files_dir" 1000 50
tree_nodes=(1000 10000 100000)
for n in "${tree_nodes[@]}"; do
    "$gen" tree "$corpus/tree-$n/bench-tree-$n.yaml" "$n"
done
shipped_dir=$root/roadmaps

mapfile -t corpus_files < <(find "$files_dir" -name '*.yaml' -type f | LC_ALL=C sort)
mapfile -t shipped_files < <(find "$shipped_dir" -maxdepth 1 \( -name '*.yaml' -o -name '*.yml' \) -type f | LC_ALL=C sort)
((${#corpus_files[@]} == 1000)) || die "expected 1000 corpus files, found ${#corpus_files[@]}"
corpus_bytes=$(bytes_of "${corpus_files[@]}")
shipped_bytes=$(bytes_of "${shipped_files[@]}")
corpus_sha=$(cat -- "${corpus_files[@]}" | sha256sum | cut -d' ' -f1)

# Every generated file must be valid, warnings included, for the timings to mean anything.
say "checking the corpus with strat validate --strict"
check_valid() { # label, paths...
    local label=$1 out
    shift
    if ! out=$("$strat" validate --strict "$@" 2>&1); then
        printf '%s\n' "$out" | tail -20 >&2
        die "strat validate --strict found problems in the $label"
    fi
}
check_valid "1,000-file corpus" "$files_dir"
for n in "${tree_nodes[@]}"; do check_valid "$n-node tree" "$corpus/tree-$n"; done
fi

# The dashboard's corpus: 1,000 campaigns made from three `strat plan` skeletons, and one
# actuals CSV (campaign,kpi,date,value) per size. Issue 12's scaling inputs: a flow list of
# N bad goals on one line, a campaign of N KPIs, review's actuals of N rows.
say "writing the dashboard and scaling inputs into $corpus/dashboard"
dash=$corpus/dashboard
mkdir -p "$dash/templates"
"$strat" plan --goal retention --industry travel --non-interactive -o "$dash/templates/travel.yaml" >/dev/null
"$strat" plan --goal lead-generation --industry saas --non-interactive -o "$dash/templates/saas.yaml" >/dev/null
"$strat" plan --goal winback --industry retail --non-interactive -o "$dash/templates/retail.yaml" >/dev/null
"$gen_dash" campaigns "$dash/campaigns" 1000 "$dash/templates/travel.yaml" \
    "$dash/templates/saas.yaml" "$dash/templates/retail.yaml"
dash_rows=(10000 100000 1000000)
for n in 0 "${dash_rows[@]}"; do "$gen_dash" actuals "$dash/campaigns" 1000 "$n" "$dash/actuals-$n.csv"; done
dash_sha=$(cat "$dash/campaigns"/*.yaml "$dash/actuals-1000000.csv" | sha256sum | cut -d' ' -f1)
scale_sizes=(1000 10000 100000)
mkdir -p "$dash/review-rows"
"$gen_dash" campaigns "$dash/review-rows" 1 "$dash/templates/travel.yaml"
for n in "${scale_sizes[@]}"; do
    "$gen_dash" flow "$dash/flow-$n.yaml" "$n"
    "$gen_dash" kpis "$dash/templates/travel.yaml" "$n" "$dash/kpis-$n.yaml" "$dash/kpis-$n.csv"
done
review_rows=(10000 100000 1000000)
for n in "${review_rows[@]}"; do "$gen_dash" review-actuals "$dash/review-rows" "$n" "$dash/review-$n.csv"; done
say "checking that strat reads the dashboard and review inputs without errors"
for n in 0 "${dash_rows[@]}"; do
    "$strat" dashboard "$dash/campaigns" --actuals "$dash/actuals-$n.csv" >/dev/null 2>"$logs/dash-check.log" ||
        { tail -20 "$logs/dash-check.log" >&2; die "strat dashboard failed on $n rows"; }
done
for n in "${scale_sizes[@]}"; do
    "$strat" review "$dash/kpis-$n.yaml" --actuals "$dash/kpis-$n.csv" >/dev/null 2>"$logs/review-check.log" ||
        { tail -20 "$logs/review-check.log" >&2; die "strat review failed on $n KPIs"; }
done
# All of validate's diagnostics are printed where --max-errors exists (0: no limit).
flow_flags=()
if "$strat" validate --help 2>/dev/null | grep -q -- --max-errors; then flow_flags=(--max-errors 0); fi

if full; then
"$strat" schema >"$corpus/strat-roadmap.schema.json"
schema=$corpus/strat-roadmap.schema.json

# ajv-cli over a list of files: one process, or nproc processes with a share each.
ajv_cmd=("$ajv" validate --spec=draft2020 --strict=false -c ajv-formats -s "$schema")
write_ajv_script() { # script, processes, files...
    local script=$1 procs=$2 i p
    shift 2
    local -a files=("$@")
    {
        printf '#!/usr/bin/env bash\n# written by tests/bench/run.sh: ajv-cli over %d files in %d process(es)\nset -euo pipefail\npids=()\n' \
            "${#files[@]}" "$procs"
        for ((p = 0; p < procs; p++)); do
            printf '%q ' "${ajv_cmd[@]}"
            for ((i = p; i < ${#files[@]}; i += procs)); do printf -- '-d %q ' "${files[i]}"; done
            printf '>/dev/null &\npids+=($!)\n'
        done
        printf 'rc=0\nfor pid in "${pids[@]}"; do wait "$pid" || rc=1; done\nexit "$rc"\n'
    } >"$script"
}
write_ajv_script "$corpus/ajv-1.sh" 1 "${corpus_files[@]}"
write_ajv_script "$corpus/ajv-n.sh" "$cores" "${corpus_files[@]}"
write_ajv_script "$corpus/ajv-shipped.sh" 1 "${shipped_files[@]}"
say "checking that ajv-cli accepts the corpus"
for s in ajv-1 ajv-shipped; do
    bash "$corpus/$s.sh" 2>"$logs/$s-check.log" || { tail -20 "$logs/$s-check.log" >&2; die "ajv-cli rejected files ($s)"; }
done

# The parse bound over the same 1,000 files, as a script like the ajv ones.
{
    printf '#!/usr/bin/env bash\nexec %q' "$bound"
    printf ' %q' "${corpus_files[@]}"
    printf ' >/dev/null\n'
} >"$corpus/parse-bound.sh"
"$bound" "${corpus_files[@]}" >"$logs/parse-bound.txt" || die "parse_bound failed"
corpus_events=$(awk '{print $6}' "$logs/parse-bound.txt")
fi

# ------------------------------------------------------------------------------- measuring

# bench NAME RUNS COMMAND...: the median wall time in seconds, via hyperfine (no shell).
median_of=() # NAME=seconds, for the JSON
bench() {
    local name=$1 runs=$2 cmd
    shift 2
    cmd=$(printf '%q ' "$@")
    say "measuring $name ($runs runs): ${cmd:0:150}"
    hyperfine --shell=none --warmup 1 --runs "$runs" --style basic \
        --export-json "$results/$name.json" --export-csv "$results/$name.csv" \
        --command-name "$name" "$cmd" >"$logs/$name.log" 2>&1 ||
        { tail -20 "$logs/$name.log" >&2; die "hyperfine failed on $name"; }
    # CSV: command,mean,stddev,median,user,system,min,max (counted from the end: the
    # command may hold commas).
    local m c
    m=$(awk -F, 'NR == 2 {print $(NF - 4)}' "$results/$name.csv")
    c=$(awk -F, 'NR == 2 {printf "%.6f", $(NF - 3) + $(NF - 2)}' "$results/$name.csv")
    [[ -n $m && -n $c ]] || die "no median for $name"
    printf -v "t_$name" '%s' "$m"   # median wall time, s
    printf -v "c_$name" '%s' "$c"   # mean CPU time (user + system), s
}

# rss NAME COMMAND...: the median peak RSS in KiB over rss_runs runs.
rss() {
    local name=$1 i out=$logs/$1.rss values=()
    shift
    for ((i = 0; i < rss_runs; i++)); do
        /usr/bin/time -f %M -o "$out" "$@" >/dev/null 2>"$logs/$name.rss-stderr" ||
            die "$name failed (see $logs/$name.rss-stderr)"
        values+=("$(tail -1 "$out")")
    done
    printf -v "rss_$name" '%s' "$(printf '%s\n' "${values[@]}" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}')"
}

plan=("$strat" plan --goal retention --industry travel --non-interactive -o -)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

if full; then
bench true "$runs_fast" /bin/true
bench version "$runs_fast" "$strat" --version
bench plan "$runs_fast" "${plan[@]}"

bench strat_shipped "$runs_fast" "$strat" validate -j 1 "$shipped_dir"
bench ajv_shipped "$runs_corpus" bash "$corpus/ajv-shipped.sh"
bench strat_j1 "$runs_corpus" "$strat" validate -j 1 "$files_dir"
bench ajv_1 "$runs_corpus" bash "$corpus/ajv-1.sh"
bench strat_jn "$runs_corpus" "$strat" validate "$files_dir"
bench ajv_n "$runs_corpus" bash "$corpus/ajv-n.sh"
bench parse_bound "$runs_corpus" bash "$corpus/parse-bound.sh"

say "measuring peak RSS"
rss validate_j1 "$strat" validate -j 1 "$files_dir"
rss validate_jn "$strat" validate "$files_dir"
rss validate_100 "$strat" validate -j 1 "${corpus_files[@]:0:100}"
bytes_100=$(bytes_of "${corpus_files[@]:0:100}")
rss plan "${plan[@]}"
rss version "$strat" --version

for n in "${tree_nodes[@]}"; do
    runs=$runs_tree_small
    ((n < 100000)) || runs=$runs_tree_big
    bench "tree_validate_$n" "$runs" "$strat" validate --strict "$corpus/tree-$n/bench-tree-$n.yaml"
    bench "tree_plan_$n" "$runs" "$strat" --roadmaps "$corpus/tree-$n" plan --goal retention \
        --industry "bench-tree-$n" --non-interactive -o -
    printf -v "tree_bytes_$n" '%s' "$(bytes_of "$corpus/tree-$n/bench-tree-$n.yaml")"
done
say "measuring peak RSS of the largest tree"
rss tree_validate_100000 "$strat" validate --strict "$corpus/tree-100000/bench-tree-100000.yaml"
fi

# timed NAME COMMAND...: wall time and peak RSS of a command that may exit 1 (validate with
# errors), the median of runs_scale runs (one when a run takes over 5 s), each ended after
# scale_timeout seconds ("timeout" then).
timed() {
    local name=$1 i out=$logs/$1.timed times=() rsss=() cpus=() rc
    shift
    say "measuring $name: ${*:1:6}"
    for ((i = 0; i < runs_scale; i++)); do
        rc=0
        /usr/bin/time -f '%e %M %U %S' -o "$out" timeout "$scale_timeout" "$@" >/dev/null 2>/dev/null || rc=$?
        if [[ $rc == 124 ]] || grep -q 'Command exited with non-zero status 124' "$out"; then
            times=(timeout) rsss=(0) cpus=(timeout)
            break
        fi
        ((rc <= 1)) || die "$name exited $rc"
        read -r t m u k < <(tail -1 "$out")
        times+=("$t") rsss+=("$m") cpus+=("$(calc '%.2f' "$u + $k")")
        [[ $(calc '%d' "$t > 5") == 0 ]] || break
    done
    median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
    printf -v "s_$name" '%s' "$(median "${times[@]}")"
    printf -v "m_$name" '%s' "$(median "${rsss[@]}")"
    printf -v "u_$name" '%s' "$(median "${cpus[@]}")"
}
calc() { awk "BEGIN { printf \"$1\", ($2) }"; } # calc FORMAT EXPRESSION

say "measuring the dashboard"
dash_bytes=$(bytes_of "$dash/actuals-1000000.csv")
bench wc_l "$runs_fast" wc -l "$dash/actuals-1000000.csv"
for n in 0 "${dash_rows[@]}"; do
    bench "dash_$n" "$runs_dash" "$strat" dashboard "$dash/campaigns" --actuals "$dash/actuals-$n.csv"
    rss "dash_$n" "$strat" dashboard "$dash/campaigns" --actuals "$dash/actuals-$n.csv"
done
for n in "${scale_sizes[@]}"; do
    timed "flow_$n" "$strat" validate "${flow_flags[@]}" "$dash/flow-$n.yaml"
    timed "kpis_$n" "$strat" review "$dash/kpis-$n.yaml" --actuals "$dash/kpis-$n.csv"
done
for n in "${review_rows[@]}"; do
    timed "rrows_$n" "$strat" review "$dash/review-rows/bench-0001.yaml" --actuals "$dash/review-$n.csv"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# ------------------------------------------------------------------------------- report

ms() { calc '%.1f' "($1) * 1000"; }
mb() { calc '%.1f' "$1 / 1e6"; }

cpu=$(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo)
cpu=${cpu:-unknown}
version=$("$strat" --version)
hyperfine_version=$(hyperfine --version | awk '{print $2}')
kernel=$(uname -sr)
date_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)
version_info=""
if full; then
package_version() { node -p 'require(process.argv[1]).version' "$npm_dir/node_modules/$1/package.json" 2>/dev/null || echo unknown; }
ajv_version=$(package_version ajv-cli)
ajv_lib_version=$(package_version ajv)
node_version=$(node --version)

overhead=$(calc '%.6f' "$t_plan - $t_version")
overhead_ok=$(calc '%d' "$overhead < $t_version")
ratio_shipped=$(calc '%.2f' "$t_ajv_shipped / $t_strat_shipped")
ratio_1=$(calc '%.2f' "$t_ajv_1 / $t_strat_j1")
ratio_n=$(calc '%.2f' "$t_ajv_n / $t_strat_jn")
mbps_strat=$(calc '%.2f' "$corpus_bytes / $t_strat_j1 / 1e6")
mbps_strat_n=$(calc '%.2f' "$corpus_bytes / $t_strat_jn / 1e6")
mbps_bound=$(calc '%.2f' "$corpus_bytes / $t_parse_bound / 1e6")
bound_ratio=$(calc '%.3f' "$mbps_strat / $mbps_bound")
yesno() { if [[ $1 == 1 ]]; then echo met; else echo "**missed**"; fi; }
version_info="; Node.js $node_version, ajv-cli $ajv_version (ajv $ajv_lib_version)"
fi
yesno() { if [[ $1 == 1 ]]; then echo met; else echo "**missed**"; fi; }
ge() { calc '%d' "$1 >= $2"; }

table=$(
    cat <<EOF
## strat benchmark

Machine: $cpu, $cores cores, $kernel; \`$version\`; hyperfine $hyperfine_version$version_info.
Each time is the median wall time of several runs after a warm-up (hyperfine); CPU is the mean user + system time. Load average before / after measuring: $load_before / $load_after (other processes share the machine). Command: \`${only:+STRAT_BENCH_ONLY=$only }bash tests/bench/run.sh\`; $date_utc.
EOF
    if full; then
    cat <<EOF

Corpus: shipped roadmaps (${#shipped_files[@]} files, $(mb "$shipped_bytes") MB); 1,000 synthetic files ($(mb "$corpus_bytes") MB, $corpus_events YAML events, sha256 ${corpus_sha:0:12}); trees of 1k, 10k, 100k nodes.

### 1. Planning overhead vs process start

| command | median |
|---|---:|
| \`/bin/true\` (for reference: the OS's process start) | $(ms "$t_true") ms |
| \`strat --version\` (process start) | $(ms "$t_version") ms |
| \`strat plan --goal retention --industry travel --non-interactive -o -\` | $(ms "$t_plan") ms |
| planning overhead (plan − version) | $(ms "$overhead") ms |

Target: overhead < process start — $(yesno "$overhead_ok").

### 2. Validate vs ajv-cli (JSON Schema from \`strat schema\`, schema checks only)

| files | strat validate | ajv-cli | ajv ÷ strat | strat CPU | ajv CPU |
|---|---:|---:|---:|---:|---:|
| shipped roadmaps, 1 core (\`-j 1\`; ajv 1 process) | $(ms "$t_strat_shipped") ms | $(ms "$t_ajv_shipped") ms | ${ratio_shipped}× | $(ms "$c_strat_shipped") ms | $(ms "$c_ajv_shipped") ms |
| 1,000 files, 1 core (\`-j 1\`; ajv 1 process) | $(ms "$t_strat_j1") ms | $(ms "$t_ajv_1") ms | ${ratio_1}× | $(ms "$c_strat_j1") ms | $(ms "$c_ajv_1") ms |
| 1,000 files, all $cores cores (default \`-j\`; ajv $cores processes) | $(ms "$t_strat_jn") ms | $(ms "$t_ajv_n") ms | ${ratio_n}× | $(ms "$c_strat_jn") ms | $(ms "$c_ajv_n") ms |

Target: strat ≥ 2× faster on 1 core and on all cores — 1 core $(yesno "$(ge "$ratio_1" 2)"), all cores $(yesno "$(ge "$ratio_n" 2)").

### 3. Throughput vs the libyaml parse bound (1,000 files, $(mb "$corpus_bytes") MB)

| reader | median | MB/s | CPU |
|---|---:|---:|---:|
| parse_bound (libyaml events only, 1 core) | $(ms "$t_parse_bound") ms | $mbps_bound | $(ms "$c_parse_bound") ms |
| \`strat validate -j 1\` | $(ms "$t_strat_j1") ms | $mbps_strat | $(ms "$c_strat_j1") ms |
| \`strat validate\` (all $cores cores) | $(ms "$t_strat_jn") ms | $mbps_strat_n | $(ms "$c_strat_jn") ms |

strat on 1 core reads at $(calc '%.1f' "$bound_ratio * 100") % of the parse bound.

### 4. Peak memory (RSS, median of $rss_runs)

| command | input | peak RSS |
|---|---|---:|
| \`strat --version\` | built-in roadmaps | $(calc '%.1f' "$rss_version / 1024") MiB |
| \`strat plan\` (travel, retention) | built-in roadmaps, $(mb "$shipped_bytes") MB | $(calc '%.1f' "$rss_plan / 1024") MiB |
| \`strat validate -j 1\` | the first 100 files, $(mb "$bytes_100") MB | $(calc '%.1f' "$rss_validate_100 / 1024") MiB |
| \`strat validate -j 1\` | 1,000 files, $(mb "$corpus_bytes") MB | $(calc '%.1f' "$rss_validate_j1 / 1024") MiB |
| \`strat validate\` (all cores) | 1,000 files, $(mb "$corpus_bytes") MB | $(calc '%.1f' "$rss_validate_jn / 1024") MiB |
| \`strat validate --strict\` | 100k-node tree, $(mb "$tree_bytes_100000") MB | $(calc '%.1f' "$rss_tree_validate_100000 / 1024") MiB |

### 5. Scaling with the size of one decision tree

| nodes | file | validate --strict | µs/node | plan | µs/node |
|---:|---:|---:|---:|---:|---:|
EOF
    for n in "${tree_nodes[@]}"; do
        tv=t_tree_validate_$n tp=t_tree_plan_$n tb=tree_bytes_$n
        printf '| %s | %s MB | %s ms | %s | %s ms | %s |\n' "$n" "$(mb "${!tb}")" "$(ms "${!tv}")" \
            "$(calc '%.2f' "${!tv} * 1e6 / $n")" "$(ms "${!tp}")" "$(calc '%.2f' "${!tp} * 1e6 / $n")"
    done
    printf '\nLinear growth keeps µs/node roughly constant: validate 100k ÷ 1k per node = %s, plan = %s.\n' \
        "$(calc '%.2f' "($t_tree_validate_100000 / 100000) / ($t_tree_validate_1000 / 1000)")" \
        "$(calc '%.2f' "($t_tree_plan_100000 / 100000) / ($t_tree_plan_1000 / 1000)")"
    fi
    cat <<EOF

### 6. Dashboard: 1,000 campaigns, actuals streamed (issue 16)

Campaigns: 1,000 files from the travel, SaaS and retail skeletons; actuals: one CSV \`campaign,kpi,date,value\`, day by day (sha256 of campaigns + 1M-row CSV ${dash_sha:0:12}). Command: \`strat dashboard DIR --actuals FILE\`; \`wc -l\` on the 1M-row CSV ($(mb "$dash_bytes") MB) is the floor for reading its bytes.

| actuals rows | median | CPU | peak RSS | median ÷ \`wc -l\` 1M ($(ms "$t_wc_l") ms) | CPU ÷ \`wc -l\` CPU ($(ms "$c_wc_l") ms) |
|---:|---:|---:|---:|---:|---:|
EOF
    for n in 0 "${dash_rows[@]}"; do
        t=t_dash_$n c=c_dash_$n r=rss_dash_$n
        printf '| %s | %s ms | %s ms | %s MiB | %s× | %s× |\n' "$n" "$(ms "${!t}")" "$(ms "${!c}")" \
            "$(calc '%.1f' "${!r} / 1024")" "$(calc '%.1f' "${!t} / $t_wc_l")" \
            "$(calc '%.1f' "${!c} / ($c_wc_l > 0 ? $c_wc_l : 0.001)")"
    done
    printf '\nReading the 1M rows alone (1M rows − 0 rows): %s ms wall, %s× `wc -l`; %s ms CPU. Targets: within 10× of `wc -l` (whole run, wall) — %s; RSS under 64 MiB — %s.\n' \
        "$(ms "$t_dash_1000000 - $t_dash_0")" "$(calc '%.1f' "($t_dash_1000000 - $t_dash_0) / $t_wc_l")" \
        "$(ms "$c_dash_1000000 - $c_dash_0")" \
        "$(yesno "$(calc '%d' "$t_dash_1000000 <= 10 * $t_wc_l")")" "$(yesno "$(calc '%d' "$rss_dash_1000000 < 65536")")"
    cat <<EOF

### 7. Scaling with the number of diagnostics, KPIs and rows (issue 12)

Wall time / CPU time (user + system) and peak RSS, medians of up to $runs_scale runs (one when a run takes over 5 s; ended after $scale_timeout s). Linear growth keeps the time per item constant: the last column is the CPU time's growth for 10× the input.

| command | 1k | 10k | 100k | 100k ÷ 10k |
|---|---:|---:|---:|---:|
EOF
    scale_row() { # label prefix
        local label=$1 p=$2 cells="" n s m u
        for n in "${scale_sizes[@]}"; do
            s=s_${p}_$n m=m_${p}_$n u=u_${p}_$n
            if [[ ${!s} == timeout ]]; then cells+=" > $scale_timeout s |"
            else cells+=" $(ms "${!s}") / $(ms "${!u}") ms, $(calc '%.0f' "${!m} / 1024") MiB |"; fi
        done
        local a=u_${p}_10000 b=u_${p}_100000 ratio="-"
        if [[ ${!a} != timeout && ${!b} != timeout ]]; then ratio="$(calc '%.1f' "${!b} / (${!a} > 0 ? ${!a} : 0.001)")×"; fi
        printf '| %s |%s %s |\n' "$label" "$cells" "$ratio"
    }
    scale_row "\`strat validate ${flow_flags[*]}\`: N bad goals in a flow list on one line" flow
    scale_row "\`strat review\`: a campaign of N KPIs, one reading each" kpis
    printf '\n| command | 10k rows | 100k rows | 1M rows | 1M ÷ 100k |\n|---|---:|---:|---:|---:|\n'
    cells=""
    for n in "${review_rows[@]}"; do
        s=s_rrows_$n m=m_rrows_$n u=u_rrows_$n
        if [[ ${!s} == timeout ]]; then cells+=" > $scale_timeout s |"
        else cells+=" $(ms "${!s}") / $(ms "${!u}") ms, $(calc '%.0f' "${!m} / 1024") MiB |"; fi
    done
    ratio="-"
    if [[ $u_rrows_100000 != timeout && $u_rrows_1000000 != timeout ]]; then
        ratio="$(calc '%.1f' "$u_rrows_1000000 / ($u_rrows_100000 > 0 ? $u_rrows_100000 : 0.001)")×"
    fi
    printf '| `strat review`: a campaign of 4 KPIs, N actuals rows |%s %s |\n' "$cells" "$ratio"
)
printf '%s\n' "$table"
# Issue 15: a workshop of every shipped industry × goal pair in one process vs one plan,
# written to the build directory's disk (each file is synced, as strat writes files).
if full; then
    say "measuring the batch of every industry × goal vs one plan"
    bash "$root/tests/bench/batch.sh" "$strat" "$build" "$runs_fast"
fi
# Issue 15: the HTML brief's size, the time to write it and chromium's time to print it.
if full; then
    say "measuring the HTML brief in chromium"
    command -v chromium >/dev/null || apt_install chromium
    bash "$root/tests/bench/brief.sh" "$strat" "$build" 5
fi

# ------------------------------------------------------------------------------- JSON

json_str() { # a JSON string literal
    local s=$1
    s=${s//\\/\\\\}
    s=${s//\"/\\\"}
    s=${s//$'\t'/\\t}
    s=${s//$'\n'/\\n}
    printf '"%s"' "$s"
}
{
    printf '{\n'
    printf '  "command": "bash tests/bench/run.sh",\n'
    printf '  "date": %s,\n' "$(json_str "$date_utc")"
    printf '  "load_average": {"before": %s, "after": %s},\n' "$(json_str "$load_before")" "$(json_str "$load_after")"
    printf '  "only": %s,\n' "$(json_str "$only")"
    printf '  "machine": {"nproc": %s, "cpu": %s, "kernel": %s, "strat_version": %s, "hyperfine": %s},\n' \
        "$cores" "$(json_str "$cpu")" "$(json_str "$kernel")" "$(json_str "$version")" "$(json_str "$hyperfine_version")"
    if full; then
    printf '  "tools": {"node": %s, "ajv_cli": %s, "ajv": %s},\n' \
        "$(json_str "$node_version")" "$(json_str "$ajv_version")" "$(json_str "$ajv_lib_version")"
    printf '  "corpus": {"shipped": {"files": %s, "bytes": %s}, "files": {"count": 1000, "bytes": %s, "yaml_events": %s, "sha256": "%s"}, "trees": [' \
        "${#shipped_files[@]}" "$shipped_bytes" "$corpus_bytes" "$corpus_events" "$corpus_sha"
    sep=""
    for n in "${tree_nodes[@]}"; do tb=tree_bytes_$n; printf '%s{"nodes": %s, "bytes": %s}' "$sep" "$n" "${!tb}"; sep=", "; done
    printf ']},\n'
    fi
    printf '  "runs": {"fast": %s, "corpus": %s, "tree_small": %s, "tree_big": %s, "rss": %s, "dashboard": %s, "scaling": %s, "warmup": 1},\n' \
        "$runs_fast" "$runs_corpus" "$runs_tree_small" "$runs_tree_big" "$rss_runs" "$runs_dash" "$runs_scale"
    if full; then
    printf '  "plan_overhead": {"true_s": %s, "version_s": %s, "plan_s": %s, "overhead_s": %s, "target_met": %s},\n' \
        "$t_true" "$t_version" "$t_plan" "$overhead" "$([[ $overhead_ok == 1 ]] && echo true || echo false)"
    printf '  "validate_vs_ajv": {"shipped": {"strat_s": %s, "ajv_s": %s, "ratio": %s, "strat_cpu_s": %s, "ajv_cpu_s": %s}, "one_core": {"strat_s": %s, "ajv_s": %s, "ratio": %s, "strat_cpu_s": %s, "ajv_cpu_s": %s}, "all_cores": {"cores": %s, "strat_s": %s, "ajv_s": %s, "ratio": %s, "strat_cpu_s": %s, "ajv_cpu_s": %s}, "target_ratio": 2},\n' \
        "$t_strat_shipped" "$t_ajv_shipped" "$ratio_shipped" "$c_strat_shipped" "$c_ajv_shipped" \
        "$t_strat_j1" "$t_ajv_1" "$ratio_1" "$c_strat_j1" "$c_ajv_1" \
        "$cores" "$t_strat_jn" "$t_ajv_n" "$ratio_n" "$c_strat_jn" "$c_ajv_n"
    printf '  "throughput": {"bytes": %s, "parse_bound_s": %s, "parse_bound_mb_s": %s, "strat_j1_mb_s": %s, "strat_all_cores_mb_s": %s, "ratio_j1_to_bound": %s},\n' \
        "$corpus_bytes" "$t_parse_bound" "$mbps_bound" "$mbps_strat" "$mbps_strat_n" "$bound_ratio"
    printf '  "peak_rss_kib": {"version": %s, "plan": %s, "validate_j1_100_files": %s, "validate_j1": %s, "validate_all_cores": %s, "tree_validate_100000": %s, "bytes_100_files": %s, "corpus_bytes": %s, "shipped_bytes": %s},\n' \
        "$rss_version" "$rss_plan" "$rss_validate_100" "$rss_validate_j1" "$rss_validate_jn" "$rss_tree_validate_100000" "$bytes_100" "$corpus_bytes" "$shipped_bytes"
    printf '  "scaling": ['
    sep=""
    for n in "${tree_nodes[@]}"; do
        tv=t_tree_validate_$n tp=t_tree_plan_$n tb=tree_bytes_$n
        printf '%s\n    {"nodes": %s, "bytes": %s, "validate_s": %s, "validate_us_per_node": %s, "plan_s": %s, "plan_us_per_node": %s}' \
            "$sep" "$n" "${!tb}" "${!tv}" "$(calc '%.4f' "${!tv} * 1e6 / $n")" "${!tp}" "$(calc '%.4f' "${!tp} * 1e6 / $n")"
        sep=","
    done
    printf '\n  ],\n'
    fi
    printf '  "dashboard": {"campaigns": 1000, "sha256": "%s", "csv_bytes_1m": %s, "wc_l_s": %s, "rows": [' "$dash_sha" "$dash_bytes" "$t_wc_l"
    sep=""
    for n in 0 "${dash_rows[@]}"; do
        t=t_dash_$n c=c_dash_$n r=rss_dash_$n
        printf '%s{"rows": %s, "median_s": %s, "cpu_s": %s, "peak_rss_kib": %s}' "$sep" "$n" "${!t}" "${!c}" "${!r}"
        sep=", "
    done
    printf ']},\n'
    printf '  "issue12_scaling": {"validate_flags": %s, "timeout_s": %s, "rows": [' "$(json_str "${flow_flags[*]}")" "$scale_timeout"
    sep=""
    for p in flow kpis; do
        for n in "${scale_sizes[@]}"; do
            s=s_${p}_$n m=m_${p}_$n
            u=u_${p}_$n
            printf '%s{"what": "%s", "n": %s, "wall_s": %s, "cpu_s": %s, "peak_rss_kib": %s}' "$sep" "$p" "$n" \
                "$([[ ${!s} == timeout ]] && echo null || echo "${!s}")" "$([[ ${!u} == timeout ]] && echo null || echo "${!u}")" "${!m}"
            sep=", "
        done
    done
    for n in "${review_rows[@]}"; do
        s=s_rrows_$n m=m_rrows_$n
        u=u_rrows_$n
        printf '%s{"what": "review_rows", "n": %s, "wall_s": %s, "cpu_s": %s, "peak_rss_kib": %s}' "$sep" "$n" \
            "$([[ ${!s} == timeout ]] && echo null || echo "${!s}")" "$([[ ${!u} == timeout ]] && echo null || echo "${!u}")" "${!m}"
    done
    printf ']},\n'
    printf '  "hyperfine": {'
    sep=""
    for f in "$results"/*.json; do
        printf '%s\n    %s: ' "$sep" "$(json_str "$(basename "$f" .json)")"
        cat "$f"
        sep=","
    done
    printf '\n  }\n}\n'
} >"$build/bench.json"

say "done in $(($(date +%s) - started)) s; figures in $build/bench.json"
