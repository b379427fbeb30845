#!/usr/bin/env bash
# strat's SARIF output must validate against the SARIF 2.1.0 JSON schema (with ajv), for
# a run full of diagnostics and for a clean run; a broken log must fail, so the check is real.
# usage: sarif_schema.sh STRAT_BINARY REPO_ROOT TOOLS_DIR
set -u
strat=$1 root=$2
tools=$(bash "$root/tests/ci/npm_tools.sh" "$3") || exit 1
schema="$tools/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
check() { # file, expectation (valid|invalid)
    if NODE_PATH="$tools/node_modules" node "$root/tests/ci/validate_json.js" "$schema" "$1" \
        > "$tmp/ajv.out" 2>&1; then result=valid; else result=invalid; fi
    if [ "$result" != "$2" ]; then
        echo "FAIL: $1 is $result against the SARIF 2.1.0 schema, expected $2"
        cat "$tmp/ajv.out"
        status=1
    fi
}
status=0
cd "$root/tests/data/invalid"
"$strat" validate --format sarif . > "$tmp/invalid.sarif"
check "$tmp/invalid.sarif" valid
"$strat" validate --format sarif > "$tmp/builtin.sarif"
check "$tmp/builtin.sarif" valid
grep -q '"ruleId": "E208"' "$tmp/invalid.sarif" || { echo "FAIL: no E208 result"; status=1; }
sed 's/"level": "error"/"level": "fatal"/' "$tmp/invalid.sarif" > "$tmp/broken.sarif"
check "$tmp/broken.sarif" invalid
[ $status = 0 ] && echo "sarif: strat's logs validate against SARIF 2.1.0; a broken one does not"
exit $status
