#!/usr/bin/env bash
# The completion scripts work in the real shells: bash completes commands, flags and ids
# from the roadmaps; zsh and fish accept their scripts and complete the same.
# usage: completion.sh STRAT_BINARY
set -u
strat=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
ln -s "$strat" "$dir/strat"
export PATH="$dir:$PATH"
status=0
fail() { echo "FAIL: $*"; status=1; }

strat completion bash > "$dir/strat.bash"
complete_bash() { # the words typed so far, the last one being completed
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _strat
             printf "%s\n" "${COMPREPLY[@]}"' _ "$dir/strat.bash" "$@"
}
complete_bash strat pl | grep -qx plan || fail "bash: 'strat pl' does not complete to plan"
complete_bash strat plan --indu | grep -qx -- --industry || fail "bash: no --industry"
complete_bash strat plan --industry tr | grep -qx travel || fail "bash: no industry ids"
complete_bash strat plan --industry travel --goal ret | grep -qx retention ||
    fail "bash: no goal ids for the industry"
complete_bash strat validate --format s | grep -qx sarif || fail "bash: no validate formats"
complete_bash strat plan --no-channel sm | grep -qx sms || fail "bash: no channels"
complete_bash strat list "" | grep -qx industries || fail "bash: no list kinds"
[ "$(complete_bash strat plan --force "")" != "" ] || fail "bash: --force wrongly takes a value"
complete_bash strat comp | grep -qx compare || fail "bash: 'strat comp' does not complete to compare"
complete_bash strat compare --format h | grep -qx html || fail "bash: no compare formats"
touch "$dir/answers-a.yaml"
(cd "$dir" && complete_bash strat compare answers-) | grep -qx answers-a.yaml ||
    fail "bash: compare does not complete file names"

if command -v zsh >/dev/null; then
    strat completion zsh > "$dir/_strat"
    zsh -n "$dir/_strat" || fail "zsh: syntax"
    # bashcompinit calls the function under `emulate sh` (0-based arrays), as here.
    zsh -fc "autoload -U compinit && compinit -u; source $dir/_strat
             t() { emulate -L sh; COMP_WORDS=(strat plan --industry tr); COMP_CWORD=3; _strat
                   printf '%s\n' \"\${COMPREPLY[@]}\"; }; t" | grep -qx travel ||
        fail "zsh: no industry ids"
else
    fail "zsh is not installed: run 'bash .ci/deps.sh test'"
fi
if command -v fish >/dev/null; then
    strat completion fish > "$dir/strat.fish"
    fish -n "$dir/strat.fish" || fail "fish: syntax"
    fish -c "source $dir/strat.fish; complete -C 'strat plan --industry tr'" | grep -q '^travel' ||
        fail "fish: no industry ids"
    fish -c "source $dir/strat.fish; complete -C 'strat va'" | grep -q '^validate' ||
        fail "fish: no commands"
else
    fail "fish is not installed: run 'bash .ci/deps.sh test'"
fi
[ $status = 0 ] && echo "completion: bash, zsh and fish complete commands, flags and ids"
exit $status
