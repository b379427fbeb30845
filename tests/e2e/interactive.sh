#!/usr/bin/env bash
# Interactive planning through a real pseudo-terminal (tmux): "Question N of M", numbered
# options, the default in brackets, `?` for help, re-asking on bad input, option ids, `back`,
# options a flag rules out, picking several strategies, and Ctrl-D aborting with nothing
# written.
# usage: interactive.sh STRAT_BINARY REPO_ROOT
set -u
strat=$1 root=$2
tmp=$(mktemp -d)
scenario=0 socket=""
cleanup() {
    for i in $(seq 1 $scenario); do tmux -L "strat-test-$$-$i" kill-server 2>/dev/null; done
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; echo "--- screen:"; screen; exit 1; }
screen() { tmux -L "$socket" capture-pane -p -t t -S -200; }
send() { tmux -L "$socket" send-keys -t t "$@"; }
wait_for() { # text, seconds
    for _ in $(seq 1 $(( ${2:-10} * 10 ))); do
        screen | grep -qF -- "$1" && return 0
        sleep 0.1
    done
    fail "timed out waiting for: $1"
}
start() { # command line run in the terminal; each scenario gets a tmux server of its own
    [ -z "$socket" ] || tmux -L "$socket" kill-server 2>/dev/null
    scenario=$((scenario + 1))
    socket="strat-test-$$-$scenario"
    tmux -L "$socket" new-session -d -s t -x 160 -y 50 \
        "cd $tmp && env NO_COLOR=1 $1; echo \"EXIT:\$?\"; sleep 30"
}
plan="$strat --roadmaps $root/tests/data/plan plan --goal retention --industry shop --date 2026-01-01"

# 1. A full interactive run.
start "$plan -o answers.yaml"
wait_for "Question 1 of 3: Do you hold email consent for most customers?"
wait_for "  2) Not sure  [default]"
wait_for "Answer [2]:"
send "?" Enter
wait_for "Consent ticked at checkout or in the account counts"
send "9" Enter
wait_for "Please answer with a number from 1 to 3, or ? for help."
send "1" Enter                     # consent: most
wait_for "Question 2 of 3: How often does a typical customer buy?"
send "1" Enter                     # frequency: weekly, then think again
wait_for "Question 3 of 3: Who runs your marketing?"
send "back" Enter
wait_for "Answer [2]:"             # frequency again, its default offered
send Enter                         # frequency: the default (monthly)
wait_for "Question 3 of 3: Who runs your marketing?"
send "team" Enter                  # team: by option id
wait_for "Which strategies do you want to plan? (one number, or several as 1,3)"
wait_for "1) Post-purchase follow-up (score +4)"
send "2" Enter                     # pick the second-ranked strategy
wait_for "EXIT:0"
grep -q "^  - question: consent" "$tmp/answers.yaml" || fail "no campaign written"
grep -A4 "question: consent" "$tmp/answers.yaml" | grep -q "answer: most" || fail "consent answer"
grep -A4 "question: frequency" "$tmp/answers.yaml" | grep -q "answer: monthly" || fail "default"
grep -A4 "question: team" "$tmp/answers.yaml" | grep -q "answer: team" || fail "id answer"
grep -B1 -A4 "id: win_back" "$tmp/answers.yaml" | grep -q "chosen: true" || fail "picked strategy"
screen | grep -q "Wrote answers.yaml" || fail "summary"

# 2. Ctrl-D at the first question: clean abort, exit 2, nothing written.
start "$plan -o aborted.yaml"
wait_for "Answer [2]:"
send C-d
wait_for "EXIT:2"
screen | grep -qF "strat: error: no answer given (end of input); nothing was written" || fail "abort message"
[ ! -e "$tmp/aborted.yaml" ] || fail "a file was written after Ctrl-D"
ls -A "$tmp" | grep -q '^\.aborted' && fail "a temporary file was left behind"

# 3. A flag rules an answer out: it is shown with why and refused; two strategies picked.
start "$plan --partial-consent email -o ruled.yaml"
wait_for "Question 1 of 3: Do you hold email consent for most customers?"
wait_for "1) Yes, for most  [ruled out: it states consent.email held, but --partial-consent email says partial]"
wait_for "3) No  [ruled out: it states consent.email none, but --partial-consent email says partial]"
send "1" Enter
wait_for "That answer is ruled out: it states consent.email held, but --partial-consent email says partial."
send Enter                         # the default, Not sure, is allowed
wait_for "Question 2 of 3"
send Enter
wait_for "Question 3 of 3"
send Enter
wait_for "Which strategies do you want to plan?"
send "1,2" Enter
wait_for "EXIT:0"
grep -A4 "question: consent" "$tmp/ruled.yaml" | grep -q "answer: unsure" || fail "ruled-out answer taken"
[ "$(grep -c "chosen: true" "$tmp/ruled.yaml")" = 2 ] || fail "two strategies picked"

# 4. --non-interactive on a terminal asks nothing.
start "$plan --non-interactive -o quiet.yaml"
wait_for "EXIT:0"
screen | grep -q "Answer \[" && fail "asked a question despite --non-interactive"
[ -f "$tmp/quiet.yaml" ] || fail "no file with --non-interactive"
echo "interactive: 4 scenarios passed"
