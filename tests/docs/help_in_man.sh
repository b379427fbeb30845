#!/usr/bin/env bash
# Every subcommand and flag that `strat --help` (and each subcommand's --help) lists must
# be documented in strat.1, and every flag strat.1 documents must exist in some --help.
set -u
strat=$1 page=$2
status=0
# mdoc to plain flags: `Fl \-format` is --format, `Fl q` is -q.
man_text=$(sed -E 's/Fl \\-/--/g; s/Fl ([a-zA-Z])/-\1/g; s/\\-/-/g; s/\\&//g' "$page")
subcommands=$("$strat" --help | awk '/^Subcommands:/ {on=1; next} on && /^  [a-z]/ {print $1}')
flags_of() {
    "$strat" "$@" --help | grep -oE '(^|[ ,])--?[a-zA-Z][a-zA-Z-]*' | sed 's/^[ ,]//' | sort -u
}
check() { # flag, where it came from
    if ! grep -qE -- "(^|[^a-zA-Z-])$1([^a-zA-Z-]|$)" <<< "$man_text"; then
        echo "strat.1 does not mention $1 ($2)"
        status=1
    fi
}
for flag in $(flags_of); do check "$flag" "strat --help"; done
for sub in $subcommands; do
    if ! grep -qE "^\.Ss $sub( |$)" "$page"; then
        echo "strat.1 has no section for subcommand $sub"
        status=1
    fi
    for flag in $(flags_of "$sub"); do check "$flag" "strat $sub --help"; done
done
all_flags=$( { flags_of; for sub in $subcommands; do flags_of "$sub"; done; } | sort -u)
documented=$(grep -E '^\.It ' <<< "$man_text" | grep -oE '(^| )--?[a-zA-Z][a-zA-Z-]*' |
    sed 's/^ //' | sort -u)
for flag in $documented; do
    if ! grep -qxF -- "$flag" <<< "$all_flags"; then
        echo "strat.1 documents $flag, which no --help lists"
        status=1
    fi
done
exit $status
