// Prints each page to PDF in one headless chromium over the DevTools protocol
// (--remote-debugging-pipe: messages on fds 3 and 4, each ended by a NUL byte).
// The same printing as chromium --print-to-pdf (Page.printToPDF), one process for all pages:
// a process per page took about two seconds each.
// usage: node print_pdfs.js CHROMIUM PROFILE_DIR OUT_DIR PAGE.html...
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const [browser, profile, outDir, ...pages] = process.argv.slice(2);
const chrome = spawn(browser, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-dev-shm-usage', '--user-data-dir=' + profile, '--proxy-server=127.0.0.1:9',
  '--remote-debugging-pipe', 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
const out = chrome.stdio[3], input = chrome.stdio[4];
let next = 1, buffer = '';
const waiting = new Map(), events = [];
function send(method, params, sessionId) {
  const id = next++;
  out.write(JSON.stringify({ id, method, params: params || {}, sessionId }) + '\0');
  return new Promise((resolve, reject) => waiting.set(id, { resolve, reject, method }));
}
input.on('data', (chunk) => {
  buffer += chunk.toString('utf8');
  let end;
  while ((end = buffer.indexOf('\0')) >= 0) {
    const message = JSON.parse(buffer.slice(0, end));
    buffer = buffer.slice(end + 1);
    if (message.id && waiting.has(message.id)) {
      const w = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error) w.reject(new Error(w.method + ': ' + message.error.message));
      else w.resolve(message.result);
    } else if (message.method) {
      events.forEach((e) => e(message));
    }
  }
});
function loaded(sessionId) {
  return new Promise((resolve) => {
    const listener = (m) => {
      if (m.sessionId === sessionId && m.method === 'Page.loadEventFired') {
        events.splice(events.indexOf(listener), 1);
        resolve();
      }
    };
    events.push(listener);
  });
}
async function printPage(page) {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  await send('Page.enable', {}, sessionId);
  const done = loaded(sessionId);
  await send('Page.navigate', { url: 'file://' + path.resolve(page) }, sessionId);
  await done;
  const { data } = await send('Page.printToPDF', { displayHeaderFooter: false }, sessionId);
  fs.writeFileSync(path.join(outDir, path.basename(page, '.html') + '.pdf'), Buffer.from(data, 'base64'));
  await send('Target.closeTarget', { targetId });
}
(async () => {
  let status = 0;
  for (const page of pages) {
    try { await printPage(page); } catch (e) { console.log('FAIL: ' + page + ': ' + e.message); status = 1; }
  }
  chrome.kill();
  process.exit(status);
})();
