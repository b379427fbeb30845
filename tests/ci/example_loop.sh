#!/usr/bin/env bash
# The worked example in examples/travel-retention stays true: its plan command still runs,
# the review output matches expected-review.txt, and the review names the off-track KPI
# and the tactic to add.
# usage: example_loop.sh STRAT_BINARY REPO_ROOT
set -u
strat=$1 example=$2/examples/travel-retention
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
(cd "$tmp" && "$strat" plan --goal retention --industry travel --non-interactive \
    --date 2026-01-05 > /dev/null) || { echo "FAIL: the example's plan command"; status=1; }
diff -u "$example/campaign-travel-retention.yaml" "$tmp/campaign-travel-retention.yaml" ||
    { echo "FAIL: the example's skeleton is not what strat plan writes now"; status=1; }
"$strat" review "$example/campaign.yaml" --actuals "$example/actuals.csv" > "$tmp/review.txt"
diff -u "$example/expected-review.txt" "$tmp/review.txt" || status=1
grep -q '^repeat_purchase_rate: off-track' "$tmp/review.txt" || { echo "FAIL: no off-track KPI"; status=1; }
grep -q 'add tactic "Ads to past guests in their planning window"' "$tmp/review.txt" ||
    { echo "FAIL: the tactic to add is not named"; status=1; }
"$strat" review "$example/campaign.yaml" --actuals "$example/actuals.csv" --fail-on off-track \
    > /dev/null && { echo "FAIL: --fail-on off-track did not fail"; status=1; }
[ $status = 0 ] && echo "example: plan -> filled campaign -> review holds"
exit $status
