// In-browser benchmark (headless Chromium): cold start (and its parts), time
// per article at 1 KB … 1 MB (median of repeated runs), the 600-word article,
// each layer alone, scaling, and paste-to-highlights on the page. Run by
// scripts/bench after scripts/build-web.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const root = fileURLToPath(new URL('../www/', import.meta.url));
const corpusPath = process.env.SOROT_BENCH_CORPUS || fileURLToPath(new URL('../../shared/eval/dev.jsonl', import.meta.url));
let base;
try {
  base = (await readFile(corpusPath, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l).text).join('\n');
} catch {
  base = JSON.parse(await readFile(new URL('../tests/fixtures/seed-article.json', import.meta.url), 'utf8')).text;
}
const words600 = base.split(/\s+/).slice(0, 600).join(' ');

const server = await serve(root, undefined, { '/cold-start.html': '<!doctype html><title>cold start</title>' });
const browser = await launch();
// Each cold start runs in a fresh browser context (its own cache: nothing
// compiled before), after the browser has settled from making it: creating
// a context keeps Chromium's browser process busy for about a second, and on
// 2 cores that work, not sorot's, would otherwise be most of the spread.
const SETTLE_MS = 1000;
const fresh = async (settle) => {
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  if (settle) await p.waitForTimeout(SETTLE_MS);
  return { ctx, p };
};

// Cold start of the library: a fresh, otherwise empty page (served by the
// bench's server, so that no other script boots the module alongside and no
// request interception slows its fetches) imports the module, instantiates
// it and annotates once.
const coldLibrary = async (runs, settle) => {
  const out = [];
  for (let i = 0; i < runs; i += 1) {
    const { ctx, p } = await fresh(false);
    await p.goto(`${server.url}/cold-start.html?run=${i}`);
    if (settle) await p.waitForTimeout(SETTLE_MS);
    out.push(await p.evaluate(async (text) => {
      const t = [performance.now()];
      const m = await import(`./pkg/sorot.js?fresh=${Math.random()}`);
      await m.default();
      t.push(performance.now());
      const a = new m.Annotator();
      t.push(performance.now());
      a.annotate(text, { date: '2023-09-12' });
      t.push(performance.now());
      return t.slice(1).map((x, i) => x - t[i]);
    }, words600));
    await ctx.close();
  }
  return out;
};
const cold = await coldLibrary(9, true);
// The same straight after the context is made, for comparison.
const coldBusy = await coldLibrary(5, false);

// Cold start of the page: from navigation to the first highlights of an
// article pasted as soon as the page has loaded (worker start-up included).
const pageCold = [];
for (let i = 0; i < 5; i += 1) {
  const { ctx, p } = await fresh(true);
  await p.goto(`${server.url}/index.html?page-cold=${i}`, { waitUntil: 'load' });
  pageCold.push(await p.evaluate(async (text) => {
    const area = document.getElementById('article');
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' }));
    // The paste waits for the worker when it is not ready yet.
    await new Promise((ok) => { const iv = setInterval(() => { if (document.body.dataset.annotated) { clearInterval(iv); ok(); } }, 1); });
    return performance.now(); // since navigation start
  }, words600));
  await ctx.close();
}

// The warm page, opened after the cold starts so that its worker's start-up
// does not compete with them.
const page = await browser.newPage();
await page.goto(`${server.url}/`);
await page.waitForSelector('body[data-ready="true"]');

const results = await page.evaluate(async ({ base, words600 }) => {
  const m = await import('./pkg/sorot.js');
  await m.default();
  const a = new m.Annotator();
  const sized = (n) => { let s = ''; while (s.length < n) s += `${base}\n`; return s.slice(0, n); };
  const median = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const time = (text, runs) => {
    a.annotate(text, { date: '2023-09-12' });
    const ts = [];
    for (let i = 0; i < runs; i += 1) { const t0 = performance.now(); a.annotate(text, { date: '2023-09-12' }); ts.push(performance.now() - t0); }
    return median(ts);
  };
  const out = {};
  for (const [name, n, runs] of [['1 KB', 1e3, 200], ['10 KB', 1e4, 100], ['100 KB', 1e5, 20], ['1 MB', 1e6, 7]]) {
    const text = sized(n);
    const ms = time(text, runs);
    out[name] = { ms, mbps: (new TextEncoder().encode(text).length / 1e6) / (ms / 1e3) };
  }
  out.words600 = time(words600, 200);
  // Each layer alone on 100 KB (quotes include the entities they need).
  const text = sized(1e5);
  out.layers = {};
  for (const layer of ['entities', 'dates', 'quotes', 'boilerplate']) {
    a.annotate(text, { date: '2023-09-12', layers: [layer] });
    const ts = [];
    for (let i = 0; i < 9; i += 1) { const t0 = performance.now(); a.annotate(text, { date: '2023-09-12', layers: [layer] }); ts.push(performance.now() - t0); }
    out.layers[layer] = median(ts);
  }
  const mem = a.constructor ? performance.memory?.usedJSHeapSize : undefined;
  return { ...out, mem };
}, { base, words600 });

// Paste → highlights on the page (worker round trip + DOM render), median of 15.
const paste = [];
for (let i = 0; i < 15; i += 1) {
  const text = `${words600} ${i}`;
  const ms = await page.evaluate(async (t) => {
    const before = document.body.dataset.annotated || '';
    const area = document.getElementById('article');
    const t0 = performance.now();
    area.value = t;
    // A paste is annotated at once (typing is debounced).
    area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' }));
    await new Promise((ok) => { const iv = setInterval(() => { if ((document.body.dataset.annotated || '') !== before) { clearInterval(iv); ok(); } }, 1); });
    return performance.now() - t0;
  }, text);
  paste.push(ms);
}
await browser.close();
await server.close();

const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log('In-browser (headless Chromium, median of repeated runs):');
const total = cold.map((c) => c.reduce((x, y) => x + y, 0));
const part = (i) => med(cold.map((c) => c[i])).toFixed(1);
console.log(`  cold start, library in an empty page (import + instantiate + first annotation): ${med(total).toFixed(1)} ms`
  + ` (median parts: fetch+instantiate ${part(0)}, new Annotator ${part(1)}, first annotation ${part(2)})`);
console.log(`  the same, straight after the browser made the fresh context (its own work competing): ${med(coldBusy.map((c) => c.reduce((x, y) => x + y, 0))).toFixed(1)} ms`);
console.log(`  cold start, page: navigation to the first highlights of a 600-word paste: ${med(pageCold).toFixed(1)} ms`);
for (const k of ['1 KB', '10 KB', '100 KB', '1 MB']) console.log(`  ${k.padEnd(7)} ${results[k].ms.toFixed(2).padStart(9)} ms  ${results[k].mbps.toFixed(1).padStart(6)} MB/s`);
console.log(`  600-word article: ${results.words600.toFixed(2)} ms`);
console.log(`  one layer on 100 KB: ${Object.entries(results.layers).map(([k, ms]) => `${k} ${ms.toFixed(1)} ms`).join(', ')}`);
console.log(`  scaling time(1 MB)/time(100 KB): ${(results['1 MB'].ms / results['100 KB'].ms).toFixed(2)}`);
console.log(`  page paste → highlights, 600 words (worker + DOM): ${med(paste).toFixed(1)} ms`);
