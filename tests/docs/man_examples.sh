#!/usr/bin/env bash
# Every example in the man pages runs: each `$ strat ...` line of a literal block
# (.Bd -literal) in strat(1), strat-roadmap(5) and strat-campaign(5) is run against the
# binary, in a temporary directory per page, and must exit 0 unless the page shows that it
# fails: an example meant to fail is followed in its block by `$ echo $?` and the status,
#     $ strat plan --goal winback --industry travel --no-channel email,phone
#     strat: error: ...
#     $ echo $?
#     1
# and must exit with exactly that status.
#
# A file shown in full in a page (an answers file, a roadmap) is marked in the page source
# by a comment line `.\" test-file: PATH` just before its .Bd -literal block; the test
# writes the block to PATH in the page's directory before the page's commands run, and
# fails when no command of the page names the file.
#
# What the pages name but do not show is provided: the project's roadmaps/ and examples/
# directories, travel.yaml (a copy of roadmaps/travel.yaml), a home directory with
# ~/roadmaps, and /srv/roadmaps, which is placed in the temporary directory.
# `plan` commands run with --non-interactive (the pages show prompts that a test cannot
# answer); they write their files into the page's directory, the current one.
# grep commands run too (they check what a page says an example wrote); other commands
# (head, echo) do not. Pipes and redirections after a command run, with pipefail.
#
# usage: man_examples.sh STRAT_BINARY REPO_ROOT
set -u
strat=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$2" && pwd)
pages=("$root/man/strat.1" "$root/man/strat-roadmap.5" "$root/man/strat-campaign.5")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin"
ln -s "$strat" "$tmp/bin/strat"
export PATH="$tmp/bin:$PATH"
unset STRAT_ROADMAPS SOURCE_DATE_EPOCH GITHUB_ACTIONS
export NO_COLOR=1

# mdoc escapes in literal text to plain characters.
unescape() {
    sed -e 's/\\e/\x01/g' -e 's/\\-/-/g' -e 's/\\(ga/`/g' -e 's/\\(aq/'"'"'/g' \
        -e 's/\\(dq/"/g' -e 's/\\&//g' -e 's/\x01/\\/g'
}

# One page -> records, tab-separated, in page order:
#   F <line> <path>          the next lines up to E are the file's content
#   C <line> <status> <cmd>  a command and the exit status it must have
extract() {
    unescape < "$1" | awk '
        function flush_cmd() {
            if (cmd != "") { cmds[++n] = cmd; lines[n] = cmdline; status[n] = 0 }
            cmd = ""
        }
        function flush_block(   i) {
            flush_cmd()
            for (i = 1; i <= n; i++)
                if (cmds[i] !~ /^echo \$\?$/)
                    printf "C\t%d\t%s\t%s\n", lines[i], status[i], cmds[i]
            n = 0
        }
        /^\.\\" test-file: / { file = $3; next }
        /^\.Bd -literal/ {
            inblock = 1; n = 0; cmd = ""; want_status = 0
            if (file != "") { printf "F\t%d\t%s\n", NR, file; infile = 1; file = "" }
            next
        }
        /^\.Ed/ {
            if (infile) print "E"; else if (inblock) flush_block()
            inblock = 0; infile = 0; next
        }
        infile { print "L\t" $0; next }
        !inblock { next }
        cont {  # a continuation line of the command before
            line = $0; sub(/^[ \t]+/, "", line)
            cmd = cmd " " line
            cont = (cmd ~ /\\$/ || cmd ~ /\|$/)
            if (cmd ~ /\\$/) sub(/ *\\$/, "", cmd)
            next
        }
        /^\$ / {
            flush_cmd()
            cmd = substr($0, 3); cmdline = NR
            cont = (cmd ~ /\\$/ || cmd ~ /\|$/)
            if (cmd ~ /\\$/) sub(/ *\\$/, "", cmd)
            if (cmd ~ /^echo \$\?$/) { want_status = 1 }
            next
        }
        want_status {  # the status printed by `echo $?` belongs to the command before
            if (n >= 1 && $0 ~ /^[0-9]+$/) status[n] = $0
            want_status = 0
            next
        }
        END { if (inblock) flush_block() }'
}

status=0
for page in "${pages[@]}"; do
    name=$(basename "$page")
    work=$tmp/$name
    mkdir -p "$work/home" "$work/srv"
    cp -R "$root/roadmaps" "$work/roadmaps"
    [ -d "$root/examples" ] && cp -R "$root/examples" "$work/examples"
    cp "$root/roadmaps/travel.yaml" "$work/travel.yaml"
    cp -R "$root/roadmaps" "$work/home/roadmaps"
    cp -R "$root/roadmaps" "$work/srv/roadmaps"

    records=$(extract "$page")
    # The files first: a command may use a file shown after it.
    files=() current=""
    while IFS= read -r record; do
        case $record in
        F$'\t'*)
            current=$(cut -f3 <<< "$record")
            files+=("$current")
            mkdir -p "$work/$(dirname "$current")"
            : > "$work/$current"
            ;;
        L$'\t'*) printf '%s\n' "${record#L$'\t'}" >> "$work/$current" ;;
        E) current="" ;;
        esac
    done <<< "$records"

    commands=0
    all_commands=""
    while IFS=$'\t' read -r kind line want cmd; do
        [ "$kind" = C ] || continue
        all_commands+="$cmd"$'\n'
        # strat commands run, with or without environment assignments before them, and
        # grep, which checks what an example says is in a file it wrote.
        if ! grep -qE '^(([A-Z_]+=[^ ]* )*strat|grep)( |$)' <<< "$cmd"; then
            continue
        fi
        commands=$((commands + 1))
        run=$(sed -E -e 's#(^| |:)/srv/#\1'"$work"'/srv/#g' <<< "$cmd")
        if grep -qE '(^|[ =])strat( --roadmaps [^ ]+)* plan( |$)' <<< "$run" &&
            ! grep -q -- '--non-interactive' <<< "$run"; then
            run=$(sed -E 's/(^|[ =])strat(( --roadmaps [^ ]+)*) plan( |$)/\1strat\2 plan --non-interactive\4/' <<< "$run")
        fi
        (cd "$work" && HOME="$work/home" timeout 120 bash -o pipefail -c "$run" \
            < /dev/null > "$tmp/out" 2> "$tmp/err")
        got=$?
        if [ "$got" != "$want" ]; then
            echo "$name:$line: example \`$cmd\` exited with status $got; the page expects $want"
            sed 's/^/    /' "$tmp/err" | head -n 8
            status=1
        fi
    done <<< "$records"

    if [ "$commands" -eq 0 ]; then
        echo "$name: no \`\$ strat ...\` example found; is the extraction broken?"
        status=1
    fi
    for f in "${files[@]}"; do
        if ! grep -qF -- "$f" <<< "$all_commands" &&
            ! grep -qF -- "$(dirname "$f")" <<< "$all_commands"; then
            echo "$name: the example file $f is shown but no example command uses it"
            status=1
        fi
    done
    echo "$name: $commands example commands, ${#files[@]} example files"
done
exit $status
