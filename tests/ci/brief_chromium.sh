#!/usr/bin/env bash
# The HTML brief (strat plan --format html) in a real browser (Debian's chromium, headless):
# the brief of every industry x goal of the shipped roadmaps, the German travel retention
# brief and one of hostile text are loaded at a desktop and a phone width. The test fails on
# console output, a missing section, text overflowing its box, a label outside the decision
# path's drawing, an element that hostile text could have created, a page that is not
# self-contained, or a print to PDF that is not a PDF. It keeps the travel retention brief,
# its screenshot and its PDF in ARTEFACTS.
#
# One chromium per page is slow (about a second each), so the pages are checked in one run:
# a harness page holds every brief in an iframe per width and checks them all from a small
# script (file:// frames are readable with --allow-file-access-from-files). Each brief is
# printed, all in one chromium too (print_pdfs.js), and the travel retention brief once more
# with --print-to-pdf.
# chromium missing is a failure, not a skip: `bash .ci/deps.sh test` installs it.
# usage: brief_chromium.sh STRAT_BINARY REPO_ROOT ARTEFACTS_DIR
set -u
strat=$1 root=$2 artefacts=$3
status=0
fail() { echo "FAIL: $*"; status=1; }
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "FAIL: chromium is not installed (bash .ci/deps.sh test installs it)"
    exit 1
fi
mkdir -p "$artefacts"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chrome() { # chrome PROFILE LOG ARGS... : headless, no network, a fresh profile per run
    local profile=$1 log=$2
    shift 2
    rm -rf "$tmp/$profile"
    "$browser" --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
        --disable-dev-shm-usage --user-data-dir="$tmp/$profile" --enable-logging=stderr --v=0 \
        --proxy-server=127.0.0.1:9 "$@" 2>"$log"
}
ids() { grep -oE '"id": "[^"]+"' | cut -d'"' -f4; }

# Every industry x goal with the defaults, plus the hostile roadmap.
mkdir -p "$tmp/briefs"
briefs=()
for industry in $("$strat" list industries --format json | ids); do
    for goal in $("$strat" list goals --industry "$industry" --format json | ids); do
        name=$industry-$goal
        if "$strat" plan --industry "$industry" --goal "$goal" --format html --date 2026-01-05 \
            -o "$tmp/briefs/$name.html" >"$tmp/plan.out" 2>&1; then
            briefs+=("$name")
        else
            fail "strat plan --format html failed for $name: $(head -3 "$tmp/plan.out")"
        fi
    done
done
hostile_args=(--roadmaps "$root/tests/data/brief" plan --industry hostile --goal retention
    --format html --date 2026-01-05 -o "$tmp/briefs/hostile.html")
if "$strat" "${hostile_args[@]}" >"$tmp/plan.out" 2>&1; then
    briefs+=(hostile)
else
    fail "strat plan --format html failed on the hostile roadmap: $(head -3 "$tmp/plan.out")"
fi
# The German brief (issue 14): longer words, the same checks.
if "$strat" plan --industry travel --goal retention --market de --lang de --format html \
    --date 2026-01-05 -o "$tmp/briefs/travel-retention-de.html" >"$tmp/plan.out" 2>&1; then
    briefs+=(travel-retention-de)
else
    fail "strat plan --lang de --format html failed: $(head -3 "$tmp/plan.out")"
fi
[ ${#briefs[@]} -ge 50 ] || fail "only ${#briefs[@]} briefs written"

# Self-contained: nothing to fetch, no script.
for b in "${briefs[@]}"; do
    # Text from the roadmaps is escaped, so any `<` here is markup strat wrote.
    if grep -Eiq '<(script|link|img|iframe|object|embed|base|form)[ >]|<[^>]* (src|on[a-z]+)=|@import|url\(' \
        "$tmp/briefs/$b.html"; then
        fail "$b.html loads something or carries a script"
    fi
done

# The harness: every brief at two widths; the checks write their findings into the page.
cat >"$tmp/check.js" <<'JS'
(function () {
  var sections = ['header#top', '#summary', '#summary .numbers', '#number-kpi', '#number-decision',
    '#number-budget', '#summary table.glance', '#summary p.glance a[href="#calendar"]',
    '#decision-path figure.path svg', '#situation',
    '#strategies', '#assumptions', '#tactics article.tactic', '#tactics table.risks', '#roles', '#kpis', '#calendar', '#calendar table.timeline svg.row',
    '#budget', '#reviews', '#privacy', 'footer'];
  function name(el) {
    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
      (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '') +
      ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
  }
  function checkFrame(frame, problems) {
    var where = frame.dataset.brief + ' at ' + frame.width + 'px: ';
    var doc = frame.contentDocument, win = frame.contentWindow;
    if (!doc || !doc.body) { problems.push(where + 'not loaded'); return; }
    sections.forEach(function (s) {
      if (!doc.querySelector(s)) problems.push(where + 'missing section: ' + s);
    });
    doc.querySelectorAll('body *').forEach(function (el) {
      if (el.closest('svg')) return;
      var style = win.getComputedStyle(el);
      if (style.display === 'none' || style.display === 'inline' || style.display === 'contents') return;
      if (el.scrollWidth > el.clientWidth + 1)
        problems.push(where + 'text overflows its box: ' + name(el) + ' (' + el.scrollWidth + ' > ' + el.clientWidth + ')');
    });
    if (doc.documentElement.scrollWidth > win.innerWidth + 1)
      problems.push(where + 'the page is wider than the window: ' + doc.documentElement.scrollWidth + ' > ' + win.innerWidth);
    // Graphviz sizes a node by its own font metrics: the browser's font must fit inside.
    function inside(inner, outer) {
      var a = inner.getBoundingClientRect(), b = outer.getBoundingClientRect();
      return a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    }
    doc.querySelectorAll('svg g.node').forEach(function (node) {
      var shape = node.querySelector('polygon, ellipse, path');
      node.querySelectorAll('text').forEach(function (t) {
        if (!shape || !inside(t, shape)) problems.push(where + 'label outside its node: "' + t.textContent + '"');
      });
    });
    doc.querySelectorAll('svg text').forEach(function (t) {
      if (!inside(t, t.ownerSVGElement)) problems.push(where + 'label outside its drawing: "' + t.textContent + '"');
    });
    var active = doc.querySelectorAll('script, img, iframe, object, embed, link, base, form, meta[http-equiv], style ~ style').length;
    if (active) problems.push(where + active + ' element(s) that load or run something');
    doc.querySelectorAll('*').forEach(function (el) {
      for (var i = 0; i < el.attributes.length; i++)
        if (/^on/i.test(el.attributes[i].name)) problems.push(where + 'event handler attribute on ' + name(el));
      if (el.namespaceURI === 'http://www.w3.org/2000/svg' && /^(script|foreignObject|a)$/.test(el.localName))
        problems.push(where + 'active SVG element ' + el.localName);
    });
    doc.querySelectorAll('a[href]').forEach(function (a) {
      if (!/^(https?:|#)/.test(a.getAttribute('href'))) problems.push(where + 'link to ' + a.getAttribute('href'));
    });
  }
  function check() {
    var problems = [], frames = document.querySelectorAll('iframe');
    frames.forEach(function (f) { checkFrame(f, problems); });
    var out = document.createElement('pre');
    out.id = 'test-results';
    out.textContent = problems.length ? problems.join('\n') : 'ALL ' + frames.length + ' PAGES PASSED';
    document.body.appendChild(out);
  }
  if (document.readyState === 'complete') check(); else window.addEventListener('load', check);
})();
JS
{
    printf '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>briefs</title></head><body>\n'
    for b in "${briefs[@]}"; do
        for width in 1100 390; do
            printf '<iframe data-brief="%s" width="%s" height="400" src="briefs/%s.html"></iframe>\n' \
                "$b" "$width" "$b"
        done
    done
    printf '<script>\n'
    cat "$tmp/check.js"
    printf '</script>\n</body></html>\n'
} >"$tmp/harness.html"
started=$SECONDS
chrome profile "$tmp/harness.log" --allow-file-access-from-files --virtual-time-budget=30000 \
    --window-size=1280,900 --dump-dom "file://$tmp/harness.html" >"$tmp/harness.dom"
result=$(sed -n '/<pre id="test-results">/,/<\/pre>/p' "$tmp/harness.dom" |
    sed 's/<[^>]*>//g; s/&quot;/"/g; s/&gt;/>/g; s/&lt;/</g; s/&amp;/\&/g')
expected="ALL $((2 * ${#briefs[@]})) PAGES PASSED"
[ -n "$result" ] || fail "the page checks did not run"
[ "$result" = "$expected" ] || fail "$result"
if grep -q 'CONSOLE' "$tmp/harness.log"; then
    fail "console output: $(grep CONSOLE "$tmp/harness.log" | head -3)"
fi

# Hostile text is shown as text: no element, attribute or reordering came from it.
grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$tmp/briefs/hostile.html" ||
    fail "hostile: the script in the goal's name is not shown as escaped text"
grep -q '\\u{202e}' "$tmp/briefs/hostile.html" ||
    fail "hostile: the bidi override is not shown visibly"

harness_seconds=$((SECONDS - started))

# The market's rules are in the checklist with their legal sources.
grep -q '<span class="source">(<a href="https://' "$tmp/briefs/travel-retention.html" ||
    fail "travel-retention: the checklist shows no market rule with its source"

# Each brief printed to PDF, all in one chromium driven over the DevTools protocol by
# print_pdfs.js (Node.js, which `bash .ci/deps.sh test` installs); the travel retention
# brief below is printed with --print-to-pdf too.
mkdir -p "$tmp/pdf"
pages=()
for b in "${briefs[@]}"; do pages+=("$tmp/briefs/$b.html"); done
if ! command -v node >/dev/null; then
    fail "Node.js is not installed (bash .ci/deps.sh test installs it)"
else
    node "$(dirname "$0")/print_pdfs.js" "$browser" "$tmp/profile-pdf" "$tmp/pdf" "${pages[@]}" \
        >"$tmp/pdf.out" 2>&1 || fail "printing: $(head -5 "$tmp/pdf.out")"
fi
for b in "${briefs[@]}"; do
    pdf=$tmp/pdf/$b.pdf
    if [ ! -s "$pdf" ] || [ "$(head -c 5 "$pdf")" != "%PDF-" ]; then
        fail "$b: print to PDF wrote no PDF"
    elif ! tail -c 64 "$pdf" | grep -q '%%EOF'; then
        fail "$b: the PDF is cut short (no %%EOF)"
    elif [ "$(grep -ao '/Type */Pages*' "$pdf" | grep -vc Pages)" -lt 2 ]; then
        fail "$b: the PDF has fewer than 2 pages (the summary is a page of its own)"
    fi
done
print_seconds=$((SECONDS - started - harness_seconds))

# The travel retention brief as people see it, and printed.
if [ -f "$tmp/briefs/travel-retention.html" ]; then
    cp "$tmp/briefs/travel-retention.html" "$artefacts/"
    pdf=$artefacts/travel-retention.pdf
    rm -f "$pdf"
    chrome profile "$tmp/pdf.log" --no-pdf-header-footer --print-to-pdf="$pdf" \
        "file://$tmp/briefs/travel-retention.html" >/dev/null
    if [ ! -s "$pdf" ] || [ "$(head -c 5 "$pdf")" != "%PDF-" ] || ! tail -c 64 "$pdf" | grep -q '%%EOF'; then
        fail "travel-retention: --print-to-pdf wrote no whole PDF"
    fi
    chrome profile "$tmp/shot.log" --window-size=1100,3000 \
        --screenshot="$artefacts/travel-retention.png" "file://$tmp/briefs/travel-retention.html" >/dev/null
    png=$artefacts/travel-retention.png
    if [ "$(head -c 8 "$png" 2>/dev/null | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]; then
        fail "the screenshot is not a PNG"
    elif [ "$(wc -c <"$png")" -lt 20000 ]; then
        fail "the screenshot is nearly empty"
    fi
else
    fail "no travel retention brief"
fi
[ $status = 0 ] && echo "brief HTML: ${#briefs[@]} briefs at two widths: sections, no overflow, no console output, escaped, printed; travel retention in $artefacts (checks ${harness_seconds}s, prints ${print_seconds}s)"
exit $status
