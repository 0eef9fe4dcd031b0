// The wasm module in a real browser: long-running use, errors as JS Errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const root = fileURLToPath(new URL('../../www/', import.meta.url));
let server;
let browser;
let page;

before(async () => {
  server = await serve(root);
  browser = await launch();
  page = await browser.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForSelector('body[data-ready="true"]');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('1,000 consecutive annotations do not grow wasm memory beyond a small bound', async () => {
  const r = await page.evaluate(async () => {
    const m = await import('./pkg/sorot.js');
    const { SAMPLE_TEXT } = await import('./pkg/sample.js');
    const wasm = await m.default();
    const a = new m.Annotator();
    for (let i = 0; i < 10; i += 1) a.annotate(SAMPLE_TEXT, { date: '2023-09-12' });
    const warm = wasm.memory.buffer.byteLength;
    let entities = 0;
    for (let i = 0; i < 1000; i += 1) entities += a.annotate(`${SAMPLE_TEXT} ${i}`, { date: '2023-09-12' }).entities.length;
    a.free();
    return { warm, after: wasm.memory.buffer.byteLength, entities };
  });
  assert.ok(r.entities > 1000, 'the annotations did run');
  assert.ok(r.after - r.warm <= 2 * 1024 * 1024, `memory grew by ${r.after - r.warm} bytes`);
});

test('errors from the core reach JS as Error objects with a message', async () => {
  const r = await page.evaluate(async () => {
    const m = await import('./pkg/sorot.js');
    await m.default();
    const a = new m.Annotator();
    const out = [];
    for (const opts of [{ date: '2023-02-30' }, { layers: ['orang'] }, { tanggal: '2023-01-01' }, 42]) {
      try { a.annotate('Jakarta', opts); out.push('no error'); } catch (e) { out.push(e instanceof Error ? e.message : `not an Error: ${e}`); }
    }
    // The module still works after the errors.
    out.push(a.annotate('Presiden Joko Widodo tiba.', {}).entities.map((e) => e.text).join());
    return out;
  });
  assert.match(r[0], /invalid date "2023-02-30"/);
  assert.match(r[1], /unknown layer "orang"/);
  assert.match(r[2], /unknown option "tanggal"/);
  assert.match(r[3], /invalid options/);
  assert.equal(r[4], 'Joko Widodo');
});

test('lone surrogates from JS: offsets still index the caller\'s string', async () => {
  const r = await page.evaluate(async () => {
    const m = await import('./pkg/sorot.js');
    await m.default();
    const text = '\ud800 “Kami siap,” kata Presiden Joko Widodo. \udfff';
    const doc = new m.Annotator().annotate(text, {});
    return doc.quotes.map((q) => [text.slice(q.start, q.end), q.text]).concat(doc.entities.map((e) => [text.slice(e.start, e.end), e.text]));
  });
  assert.ok(r.length >= 2);
  for (const [sliced, reported] of r) assert.equal(sliced, reported);
});

test('text that looks like markup or a javascript: URL is shown as text', async () => {
  const text = 'Klik javascript:alert(1) atau <a href="javascript:alert(2)">ini</a> <svg onload=alert(3)> kata Presiden Joko Widodo.';
  await page.fill('#article', text);
  await page.waitForFunction((t) => document.getElementById('output').textContent === t, text);
  assert.equal(await page.$$eval('#output a, #output svg', (els) => els.length), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
});
