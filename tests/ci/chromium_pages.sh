# Shared by the headless chromium tests of single pages (dashboard_chromium.sh,
# compare_chromium.sh): source it after setting `tmp` (a scratch directory) and defining
# `fail MESSAGE`. Debian's chromium is required: missing is a failure, not a skip
# (`bash .ci/deps.sh test` installs it).
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "FAIL: chromium is not installed (bash .ci/deps.sh test installs it)"
    exit 1
fi

chrome() { # chrome LOG ARGS... : headless, no network, one fresh profile per run
    local log=$1
    shift
    rm -rf "$tmp/profile"
    "$browser" --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
        --disable-dev-shm-usage --user-data-dir="$tmp/profile" --enable-logging=stderr --v=0 \
        --proxy-server=127.0.0.1:9 --virtual-time-budget=5000 "$@" 2>"$log"
}

# Nothing to fetch and no script of its own: the page is self-contained and inert.
check_self_contained() { # check_self_contained NAME FILE
    if grep -Eiq '<script|<link|<img|<iframe|@import|url\(|(src|href)="(https?:)?//' "$2"; then
        fail "$1 loads something or carries a script"
    fi
}

# Loads a test copy of FILE (page_checks.js and EXPECT, see there, just before </body>) at
# each window size and fails on what the checks find or on console output. The last DOM
# read is left in $tmp/NAME-SIZE.dom.
check_page() { # check_page NAME FILE EXPECT_JSON SIZE...
    local name=$1 file=$2 expect=$3 size result
    shift 3
    {
        sed '/<\/body>/,$d' "$file"
        printf '<script type="application/json" id="test-expect">%s</script>\n' "$expect"
        printf '<script>\n'
        cat "$(dirname "${BASH_SOURCE[0]}")/page_checks.js"
        printf '</script>\n</body>\n</html>\n'
    } >"$tmp/$name-test.html"
    for size in "$@"; do
        chrome "$tmp/$name-$size.log" --window-size="$size" --dump-dom "file://$tmp/$name-test.html" \
            >"$tmp/$name-$size.dom"
        result=$(sed -n '/<pre id="test-results">/,/<\/pre>/p' "$tmp/$name-$size.dom" |
            sed 's/<[^>]*>//g; s/&quot;/"/g; s/&gt;/>/g; s/&lt;/</g; s/&amp;/\&/g')
        [ -n "$result" ] || fail "$name at $size: the page checks did not run"
        [ "$result" = "ALL CHECKS PASSED" ] || fail "$name at $size: $result"
        if grep -q 'CONSOLE' "$tmp/$name-$size.log"; then
            fail "$name at $size: console output: $(grep CONSOLE "$tmp/$name-$size.log" | head -3)"
        fi
    done
}

# FILE as people see it (a PNG screenshot at SIZE) and printed to PDF with at least PAGES pages.
keep_screenshot_and_pdf() { # keep_screenshot_and_pdf FILE PNG PDF SIZE PAGES
    local file=$1 png=$2 pdf=$3 size=$4 min_pages=$5 pages
    rm -f "$png" "$pdf"
    chrome "$tmp/shot.log" --window-size="$size" --screenshot="$png" "file://$file" >/dev/null
    if [ "$(head -c 8 "$png" 2>/dev/null | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]; then
        fail "the screenshot $png is not a PNG"
    elif [ "$(wc -c <"$png")" -lt 20000 ]; then
        fail "the screenshot $png is nearly empty"
    fi
    chrome "$tmp/pdf.log" --no-pdf-header-footer --print-to-pdf="$pdf" "file://$file" >/dev/null
    if [ ! -s "$pdf" ] || [ "$(head -c 5 "$pdf")" != "%PDF-" ]; then
        fail "print to PDF wrote no PDF ($pdf)"
    else
        tail -c 64 "$pdf" | grep -q '%%EOF' || fail "the PDF $pdf is cut short (no %%EOF)"
        pages=$(grep -ao '/Type */Pages*' "$pdf" | grep -vc Pages)
        [ "$pages" -ge "$min_pages" ] || fail "the PDF $pdf has $pages page(s); expected $min_pages or more"
        [ "$(wc -c <"$pdf")" -gt 10000 ] || fail "the PDF $pdf is nearly empty"
    fi
}
