#!/usr/bin/env bash
# `strat schema` must accept every shipped roadmap and the test fixtures, and reject files
# with schema-level errors, when checked by a real JSON Schema validator (ajv, 2020-12).
# usage: roadmap_schema.sh STRAT_BINARY REPO_ROOT TOOLS_DIR
set -u
strat=$1 root=$2
tools=$(bash "$root/tests/ci/npm_tools.sh" "$3") || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$strat" schema > "$tmp/roadmap.schema.json" || exit 1
"$strat" schema answers > "$tmp/answers.schema.json" || exit 1
validate() { NODE_PATH="$tools/node_modules" node "$root/tests/ci/validate_json.js" "$@"; }
status=0
expect() { # valid|invalid schema file...
    local want=$1 schema=$2; shift 2
    for f in "$@"; do
        if validate "$schema" "$f" > "$tmp/out" 2>&1; then got=valid; else got=invalid; fi
        if [ "$got" != "$want" ]; then
            echo "FAIL: $f is $got against $(basename "$schema"), expected $want"
            cat "$tmp/out"
            status=1
        fi
    done
}
cd "$root"
expect valid "$tmp/roadmap.schema.json" roadmaps/*.yaml tests/data/plan/shop.yaml \
    tests/data/valid/minimal.yaml tests/data/risks/risks.yaml
expect valid "$tmp/answers.schema.json" tests/data/answers/workshop.yaml
expect invalid "$tmp/roadmap.schema.json" tests/data/invalid/e101-wrong-type.yaml \
    tests/data/invalid/e102-missing-field.yaml tests/data/invalid/e103-unknown-key.yaml \
    tests/data/invalid/e104-invalid-value.yaml tests/data/invalid/e105-invalid-id.yaml \
    tests/data/invalid/e107-out-of-range.yaml tests/data/invalid/e108-empty-list.yaml \
    tests/data/invalid/e213-figure-without-source.yaml tests/data/invalid/e102-target-without-change.yaml \
    tests/data/invalid/e102-source-without-url.yaml tests/data/invalid/e107-zero-points.yaml \
    tests/data/invalid/e107-negative-change.yaml tests/data/invalid/e108-one-option.yaml \
    tests/data/invalid/e106-unsupported-version.yaml tests/data/invalid/e104-unknown-channel.yaml \
    tests/data/invalid/e103-change-for-benchmark-target.yaml \
    tests/data/invalid/e102-risk-without-mitigation.yaml tests/data/invalid/e102-empty-risk.yaml \
    tests/data/invalid/e108-empty-risks.yaml
expect invalid "$tmp/answers.schema.json" tests/data/answers/bad-answers.yaml
[ $status = 0 ] && echo "schema: shipped roadmaps and fixtures valid; invalid files rejected"
exit $status
