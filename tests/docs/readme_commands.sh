#!/usr/bin/env bash
# CI must run exactly the README's test command, and the README's main-job command must
# run `strat plan --goal retention --industry travel`.
set -u
root=$1
test_command=$(grep -E '^bash \.ci/deps\.sh test ' "$root/README.md")
main_command=$(grep -E '^bash \.ci/deps\.sh build ' "$root/README.md")
status=0
if [ -z "$test_command" ] || ! grep -qxF "$test_command" "$root/.ci/run"; then
    echo "README test command and .ci/run differ:"
    echo "  README: $test_command"
    status=1
fi
if ! grep -qF 'strat plan --goal retention --industry travel' <<< "$main_command"; then
    echo "README main command does not run strat plan --goal retention --industry travel"
    status=1
fi
exit $status
