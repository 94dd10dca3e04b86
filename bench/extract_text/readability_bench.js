// Peer timing for bench/extract_text/run.sh: Readability.js on jsdom over the same pages,
// one thread, best of N rounds. Prints readability_mbps=...; writes its bodies as JSON.
//   node readability_bench.js DATA_DIR OUT.json ROUNDS   (jsdom and @mozilla/readability
//   are resolved from NODE_PATH, the bench's scratch folder)
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const [data, out, roundsArg] = process.argv.slice(2);
const rounds = Math.max(1, parseInt(roundsArg || '1', 10));
let truth = {};
try { truth = JSON.parse(fs.readFileSync(path.join(data, 'ground-truth.json'), 'utf8')); } catch (e) {}
const pages = fs.readdirSync(path.join(data, 'html')).filter((n) => n.endsWith('.html.gz')).sort()
  .map((n) => {
    const key = n.slice(0, -'.html.gz'.length);
    const html = zlib.gunzipSync(fs.readFileSync(path.join(data, 'html', n))).toString('utf8');
    return { key, html, url: (truth[key] || {}).url || 'https://example.invalid/' };
  });
const quiet = new VirtualConsole();

function extract(page) {
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  return article ? article.textContent : '';
}

const pred = {};
let best = Infinity;
for (let r = 0; r < rounds; r++) {
  const start = process.hrtime.bigint();
  for (const page of pages) pred[page.key] = { articleBody: extract(page) };
  best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
}
const mb = pages.reduce((s, p) => s + Buffer.byteLength(p.html, 'utf8'), 0) / 1e6;
fs.writeFileSync(out, JSON.stringify(pred));
console.log(`pages=${pages.length} mb=${mb.toFixed(2)} rounds=${rounds}`);
console.log(`readability_mbps=${(mb / best).toFixed(3)}`);
