// Checks a page of strat's HTML in headless chromium (see dashboard_chromium.sh and
// compare_chromium.sh): a test copy of the page carries this script and, in a JSON script
// #test-expect, {"sections": [selectors that must exist], "counts": {selector: how many}}.
// The findings go into a pre element #test-results ("ALL CHECKS PASSED" when none),
// which the caller reads back with --dump-dom. Fails on: a missing section or a count that
// differs, text overflowing its box, a page wider than the window, an SVG label outside its
// chart, anything that loads or runs something (the page must be self-contained and inert),
// an event handler attribute, and a load error.
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
    Object.keys(expect.counts || {}).forEach(function (s) {
      var n = document.querySelectorAll(s).length;
      if (n !== expect.counts[s]) problems.push(s + ' shown ' + n + ' times, expected ' + expect.counts[s]);
    });
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
