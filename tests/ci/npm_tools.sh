#!/usr/bin/env bash
# Installs the npm tools the format tests use (ajv, ajv-draft-04, ajv-formats, yaml, and the SARIF 2.1.0
# schema shipped in @microsoft/jest-sarif) into DIR once, and prints DIR.
# The first run needs the npm registry. When it cannot be reached, this fails within
# seconds with a message saying so, instead of npm's minutes of retries.
# usage: npm_tools.sh DIR
set -euo pipefail
dir=$1
if [ ! -f "$dir/node_modules/yaml/package.json" ] || [ ! -f "$dir/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json" ]; then
    if ! command -v npm >/dev/null; then
        echo "npm is not installed: run 'bash .ci/deps.sh test' first" >&2
        exit 1
    fi
    mkdir -p "$dir"
    # A lock on the directory: CTest runs the tests that need these tools in parallel.
    exec 9> "$dir/.lock"
    flock 9
    if [ ! -f "$dir/node_modules/yaml/package.json" ]; then
        registry=$(npm config get registry)
        if ! timeout 30 npm ping --fetch-retries=0 --fetch-timeout=10000 >/dev/null 2>&1; then
            echo "npm_tools.sh: the npm registry ($registry) cannot be reached, so the tests" \
                 "that check strat's output with ajv (ci/sarif-schema, ci/roadmap-schema)" \
                 "cannot install it into $dir; connect to the registry (or set npm's" \
                 "registry and proxy) and run them again" >&2
            exit 1
        fi
        npm install --prefix "$dir" --no-audit --no-fund --loglevel=error \
            --fetch-retries=1 --fetch-timeout=30000 \
            ajv@8.17.1 ajv-draft-04@1.0.0 ajv-formats@3.0.1 yaml@2.8.1 \
            @microsoft/jest-sarif@1.0.0-beta.0 >&2
    fi
fi
echo "$dir"
