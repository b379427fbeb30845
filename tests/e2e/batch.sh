#!/usr/bin/env bash
# A workshop's batch (issue 15): every client's skeleton is byte for byte the one plan's
# with the same industry, goal and answers; the run writes exactly the files it names, and
# a write that fails part-way removes the files the run created.
#
# usage: batch.sh STRAT_BINARY REPO_ROOT
set -u
strat=$1 root=$2
data=$root/tests/data/workshop
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1 SOURCE_DATE_EPOCH=1767225600 LC_ALL=C.UTF-8
unset STRAT_ROADMAPS GITHUB_ACTIONS
status=0
fail() { echo "batch: $*"; status=1; }

# Each file is read as `workshop.yaml` from its own directory: a skeleton records where
# each answer is written, and the single-plan files put every answer at the same position.
mkdir -p "$tmp/batch" "$tmp/single-travel" "$tmp/single-saas"
cp "$data/two.yaml" "$tmp/batch/workshop.yaml"
cp "$data/single-travel.yaml" "$tmp/single-travel/workshop.yaml"
cp "$data/single-saas.yaml" "$tmp/single-saas/workshop.yaml"
cd "$tmp/batch" || exit 2
"$strat" plan --answers workshop.yaml --out-dir plans --format md >out 2>err </dev/null ||
    fail "the two-client batch failed: $(cat err)"
[ "$(ls plans | tr '\n' ' ')" = "alpine-hotels.md alpine-hotels.yaml ledgerly.md ledgerly.yaml " ] ||
    fail "plans/ holds: $(ls plans | tr '\n' ' ')"
for pair in "alpine-hotels travel retention single-travel" "ledgerly saas lead-generation single-saas"; do
    set -- $pair
    for format in yaml md; do
        (cd "$tmp/$4" && "$strat" plan --industry "$2" --goal "$3" --answers workshop.yaml \
            --non-interactive --format "$format" -o "one.$format" >/dev/null 2>&1 </dev/null) ||
            fail "plan $2 $3 failed"
        cmp "$tmp/$4/one.$format" "plans/$1.$format" ||
            fail "plans/$1.$format differs from the one plan's $format"
    done
done

# HTML too: the batch renders its clients on every core, and the brief's drawing goes
# through Graphviz, whose global state allows one drawing at a time.
"$strat" plan --answers workshop.yaml --out-dir html --format html >out 2>err </dev/null ||
    fail "the two-client HTML batch failed: $(cat err)"
for pair in "alpine-hotels travel retention single-travel" "ledgerly saas lead-generation single-saas"; do
    set -- $pair
    (cd "$tmp/$4" && "$strat" plan --industry "$2" --goal "$3" --answers workshop.yaml \
        --non-interactive --format html -o one.html >/dev/null 2>&1 </dev/null) ||
        fail "plan $2 $3 --format html failed"
    cmp "$tmp/$4/one.html" "html/$1.html" || fail "html/$1.html differs from the one plan's HTML"
done
cd "$tmp" || exit 2

# The second client's target is a directory: nothing of the run may stay.
mkdir -p partial/ledgerly.yaml
"$strat" plan --answers "$data/two.yaml" --out-dir partial --force >/dev/null 2>err </dev/null
[ $? = 2 ] || fail "a failed write should exit 2"
[ ! -e partial/alpine-hotels.yaml ] || fail "partial/alpine-hotels.yaml was not removed"

# The example workshop runs.
"$strat" plan --answers "$root/examples/workshop/workshop.yaml" --out-dir example >/dev/null 2>err </dev/null ||
    fail "examples/workshop/workshop.yaml failed: $(cat err)"
[ "$(ls example | tr '\n' ' ')" = "alpine-hotels.yaml ledgerly.yaml northwind-shop.yaml " ] ||
    fail "example/ holds: $(ls example | tr '\n' ' ')"
exit $status
