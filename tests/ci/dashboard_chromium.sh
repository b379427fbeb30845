#!/usr/bin/env bash
# The dashboard's HTML in a real browser (Debian's chromium, headless): the example and a
# campaign with hostile text are loaded at a desktop and a phone width; the test fails on
# console output, a missing section, text overflowing its box (measured in the page by a
# small script injected into a test copy only), an SVG label outside its chart, an element
# that hostile text could have created, a page that is not self-contained, or a print to
# PDF that is not a PDF. It keeps a screenshot and the PDF of the example in ARTEFACTS.
# chromium missing is a failure, not a skip: `bash .ci/deps.sh test` installs it.
# usage: dashboard_chromium.sh STRAT_BINARY REPO_ROOT ARTEFACTS_DIR
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
chrome() { # chrome LOG ARGS... : headless, no network, one fresh profile per run
    local log=$1
    shift
    rm -rf "$tmp/profile"
    "$browser" --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
        --disable-dev-shm-usage --user-data-dir="$tmp/profile" --enable-logging=stderr --v=0 \
        --proxy-server=127.0.0.1:9 --virtual-time-budget=5000 "$@" 2>"$log"
}

"$strat" dashboard "$root/examples/dashboard" --format html >"$tmp/example.html" ||
    fail "strat dashboard --format html failed on examples/dashboard"
"$strat" dashboard "$root/tests/data/dashboard/hostile" --format html >"$tmp/hostile.html" ||
    fail "strat dashboard --format html failed on the hostile campaign"

# Self-contained: nothing to fetch, no script of its own.
for page in example hostile; do
    if grep -Eiq '<script|<link|<img|<iframe|@import|url\(|(src|href)="(https?:)?//' "$tmp/$page.html"; then
        fail "$page.html loads something or carries a script"
    fi
done

# The checks run in the page and write their findings into it; --dump-dom reads them.
cat >"$tmp/check.js" <<'JS'
(function () {
  var problems = [], loadErrors = [];
  window.addEventListener('error', function (e) { loadErrors.push(String(e.message || e.target && e.target.outerHTML)); }, true);
  function name(el) {
    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
  }
  function check() {
    var expect = JSON.parse(document.getElementById('test-expect').textContent);
    expect.sections.forEach(function (s) {
      if (!document.querySelector(s)) problems.push('missing section: ' + s);
    });
    var campaigns = document.querySelectorAll('article.campaign').length;
    if (campaigns !== expect.campaigns) problems.push('campaigns shown: ' + campaigns + ', expected ' + expect.campaigns);
    document.querySelectorAll('body *').forEach(function (el) {
      if (el.closest('svg') || el.id === 'test-expect' || el.tagName === 'SCRIPT') return;
      var style = getComputedStyle(el);
      if (style.display === 'none' || style.display === 'inline' || style.display === 'contents') return;
      if (el.scrollWidth > el.clientWidth + 1)
        problems.push('text overflows its box: ' + name(el) + ' (' + el.scrollWidth + ' > ' + el.clientWidth + ')');
    });
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      problems.push('the page is wider than the window: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
    document.querySelectorAll('svg text').forEach(function (t) {
      var b = t.getBBox(), v = t.ownerSVGElement.viewBox.baseVal;
      if (b.x < v.x - 0.5 || b.y < v.y - 0.5 || b.x + b.width > v.x + v.width + 0.5 || b.y + b.height > v.y + v.height + 0.5)
        problems.push('chart label outside its chart: "' + t.textContent + '"');
    });
    var active = document.querySelectorAll('img, iframe, object, embed, link, base, form, meta[http-equiv]').length;
    if (active) problems.push(active + ' element(s) that load or run something');
    var scripts = document.querySelectorAll('script:not(#test-expect)').length - 1;
    if (scripts) problems.push(scripts + ' script(s) besides the test');
    document.querySelectorAll('*').forEach(function (el) {
      for (var i = 0; i < el.attributes.length; i++)
        if (/^on/i.test(el.attributes[i].name)) problems.push('event handler attribute on ' + name(el));
    });
    loadErrors.forEach(function (e) { problems.push('load error: ' + e); });
    var out = document.createElement('pre');
    out.id = 'test-results';
    out.textContent = problems.length ? problems.join('\n') : 'ALL CHECKS PASSED';
    document.body.appendChild(out);
  }
  if (document.readyState === 'complete') check(); else window.addEventListener('load', check);
})();
JS

# A test copy of PAGE with the expectations and the checks just before </body>.
test_copy() { # page campaigns
    local sections='["header#top", "#summary", "#next", "#goals", "article.campaign", "section.strategy", "table.tactics", "figure.kpi svg", "footer"]'
    {
        sed '/<\/body>/,$d' "$tmp/$1.html"
        printf '<script type="application/json" id="test-expect">{"campaigns": %s, "sections": %s}</script>\n' "$2" "$sections"
        printf '<script>\n'
        cat "$tmp/check.js"
        printf '</script>\n</body>\n</html>\n'
    } >"$tmp/$1-test.html"
}
test_copy example 3
test_copy hostile 1

for page in example hostile; do
    for size in 1280,900 390,844; do
        chrome "$tmp/$page-$size.log" --window-size=$size --dump-dom "file://$tmp/$page-test.html" \
            >"$tmp/$page-$size.dom"
        result=$(sed -n '/<pre id="test-results">/,/<\/pre>/p' "$tmp/$page-$size.dom" |
            sed 's/<[^>]*>//g; s/&quot;/"/g; s/&gt;/>/g; s/&lt;/</g; s/&amp;/\&/g')
        [ -n "$result" ] || fail "$page at $size: the page checks did not run"
        [ "$result" = "ALL CHECKS PASSED" ] || fail "$page at $size: $result"
        if grep -q 'CONSOLE' "$tmp/$page-$size.log"; then
            fail "$page at $size: console output: $(grep CONSOLE "$tmp/$page-$size.log" | head -3)"
        fi
    done
done
grep -q 'Guests \\e\[2J\\e\]0;owned\\x07 back &lt;script&gt;' "$tmp/hostile-1280,900.dom" ||
    fail "hostile: the campaign name is not shown as escaped text"

# The example as people see it, and printed to PDF.
chrome "$tmp/shot.log" --window-size=1280,2400 --screenshot="$artefacts/dashboard.png" \
    "file://$tmp/example.html" >/dev/null
if [ "$(head -c 8 "$artefacts/dashboard.png" 2>/dev/null | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]; then
    fail "the screenshot is not a PNG"
elif [ "$(wc -c <"$artefacts/dashboard.png")" -lt 20000 ]; then
    fail "the screenshot is nearly empty"
fi
chrome "$tmp/pdf.log" --no-pdf-header-footer --print-to-pdf="$artefacts/dashboard.pdf" \
    "file://$tmp/example.html" >/dev/null
pdf=$artefacts/dashboard.pdf
if [ ! -s "$pdf" ] || [ "$(head -c 5 "$pdf")" != "%PDF-" ]; then
    fail "print to PDF wrote no PDF"
else
    tail -c 64 "$pdf" | grep -q '%%EOF' || fail "the PDF is cut short (no %%EOF)"
    pages=$(grep -ao '/Type */Pages*' "$pdf" | grep -vc Pages)
    [ "$pages" -ge 2 ] || fail "the PDF has $pages page(s); the example needs several"
    [ "$(wc -c <"$pdf")" -gt 20000 ] || fail "the PDF is nearly empty"
fi
[ $status = 0 ] && echo "dashboard HTML: sections, no overflow, no console output, escaped, screenshot and PDF in $artefacts"
exit $status
