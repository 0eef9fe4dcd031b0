// Page tests in real headless Chromium: what a user sees after pasting an article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const root = fileURLToPath(new URL('../../www/', import.meta.url));
const seed = JSON.parse(await readFile(new URL('../fixtures/seed-article.json', import.meta.url), 'utf8'));

let server;
let browser;

before(async () => {
  server = await serve(root);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage() {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors };
}

/** Pastes `text` (as a user would, through the clipboard-free fill) and waits for the result. */
async function paste(page, text, date) {
  if (date) await page.fill('#article-date', date);
  const before = await page.evaluate(() => document.body.dataset.annotated || '');
  await page.fill('#article', text);
  await page.waitForFunction((b) => (document.body.dataset.annotated || '') !== b, before);
}

async function marks(page, label) {
  return page.$$eval(`#output mark[data-label="${label}"]`, (ms) => ms.map((m) => m.textContent));
}

test('pasting the seed article highlights people, places, dates and quotes', async () => {
  const { page, errors } = await openPage();
  await paste(page, seed.text, seed.date);
  assert.ok((await marks(page, 'PER')).includes('Kim Jong Un'), 'PER Kim Jong Un');
  assert.ok((await marks(page, 'LOC')).includes('Pyongyang'), 'LOC Pyongyang');
  const dates = await page.$$eval('#output mark[data-label="DATE"]', (ms) => ms.map((m) => [m.textContent, m.dataset.value]));
  assert.deepEqual(dates.find(([t]) => t === 'Minggu (10/9/2023)'), ['Minggu (10/9/2023)', '2023-09-10']);
  const quotes = await page.$$eval('#output mark[data-label="QUOTE"][data-kind="direct"]', (ms) => ms.map((m) => m.textContent));
  assert.ok(quotes.some((q) => q.startsWith('Kami mendesak Korea Utara')), 'direct quote by Kirby');
  // The output shows exactly the pasted text.
  assert.equal(await page.textContent('#output'), seed.text);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the sample button loads the seed article and its date', async () => {
  const { page } = await openPage();
  const before = await page.evaluate(() => document.body.dataset.annotated || '');
  await page.click('#sample');
  await page.waitForFunction((b) => (document.body.dataset.annotated || '') !== b, before);
  assert.equal(await page.inputValue('#article-date'), seed.date);
  assert.ok((await marks(page, 'LOC')).includes('Pyongyang'));
  await page.close();
});

// Regression: the note kept saying "today" after the user set a date, and
// "sample" after the sample was cleared; clearing kept the sample's date.
test('the date note always says where the date came from', async () => {
  const { page } = await openPage();
  const note = () => page.$eval('#date-note', (n) => n.dataset.source);
  const today = await page.inputValue('#article-date');
  assert.match(today, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(await note(), 'today', 'fresh page: today');
  await page.fill('#article-date', '2019-04-11');
  assert.equal(await note(), 'user', 'date set by hand');
  assert.match(await page.textContent('#date-note'), /diisi sendiri/);
  await page.click('#sample');
  assert.equal(await note(), 'sample', 'sample loaded');
  assert.equal(await page.inputValue('#article-date'), seed.date);
  await page.click('#clear');
  assert.equal(await note(), 'today', 'clearing the article resets the date');
  assert.equal(await page.inputValue('#article-date'), today);
  await paste(page, 'Presiden Joko Widodo tiba di Jakarta kemarin.', '2019-04-11');
  assert.equal(await note(), 'user', 'own article with its own date');
  const value = await page.$eval('#output mark[data-label="DATE"]', (m) => m.dataset.value);
  assert.equal(value, '2019-04-10', 'kemarin resolves against the date the user set');
  await page.fill('#article-date', '');
  assert.equal(await note(), 'none', 'an emptied field says the date comes from the text');
  await page.close();
});

test('pasted HTML and script are shown as text, never run', async () => {
  const { page, errors } = await openPage();
  const evil = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> “Kata <b>Budi</b>,” kata Presiden Joko Widodo.';
  await paste(page, evil);
  assert.equal(await page.textContent('#output'), evil);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('#output script, #output img, #output b', (els) => els.length), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an empty paste clears the output and says how to start', async () => {
  const { page } = await openPage();
  await paste(page, 'Presiden Joko Widodo tiba.');
  await page.fill('#article', '');
  await page.waitForFunction(() => document.querySelector('#output').childNodes.length === 0);
  assert.match(await page.textContent('#status'), /Tempel/);
  await page.close();
});

test('legend toggles hide and show a layer', async () => {
  const { page } = await openPage();
  await paste(page, seed.text, seed.date);
  const bg = () => page.$eval('#output mark[data-label="LOC"]', (m) => getComputedStyle(m).backgroundColor);
  const shown = await bg();
  await page.click('.legend input[data-layer="LOC"]');
  assert.equal(await bg(), 'rgba(0, 0, 0, 0)');
  await page.click('.legend input[data-layer="LOC"]');
  assert.equal(await bg(), shown);
  await page.close();
});

test('hovering or focusing a highlight shows its tooltip', async () => {
  const { page } = await openPage();
  await paste(page, seed.text, seed.date);
  await page.hover('#output mark[data-label="DATE"][data-value="2023-09-10"]');
  assert.equal(await page.isVisible('#tooltip'), true);
  assert.match(await page.textContent('#tooltip'), /Waktu: 2023-09-10/);
  // The date sits inside a direct quote: the tooltip names the quote too.
  assert.match(await page.textContent('#tooltip'), /Kutipan langsung/);
  await page.mouse.move(0, 0);
  assert.equal(await page.isVisible('#tooltip'), false);
  // Keyboard: focus the article, arrow to the first highlight.
  await page.focus('#output');
  await page.keyboard.press('ArrowRight');
  const focused = await page.evaluate(() => document.activeElement.tagName);
  assert.equal(focused, 'MARK');
  assert.equal(await page.isVisible('#tooltip'), true);
  await page.close();
});

test('hovering a pronoun of attribution (katanya) shows who it refers to', async () => {
  const { page } = await openPage();
  await paste(page, seed.text, seed.date);
  const ref = '#output mark[data-label="REF"]';
  assert.deepEqual(await page.$$eval(ref, (ms) => ms.map((m) => [m.textContent, m.dataset.speaker])), [['katanya', 'Dmitry Peskov']]);
  await page.hover(ref);
  assert.match(await page.textContent('#tooltip'), /Merujuk ke: Dmitry Peskov/);
  await page.close();
});

test('side panel: an entity cluster highlights and scrolls to its mentions', async () => {
  const { page } = await openPage();
  await paste(page, seed.text, seed.date);
  const entry = page.locator('#entities li button', { hasText: 'Rusia' }).first();
  assert.match(await entry.textContent(), /Tempat · \d+×/);
  await entry.click();
  const focus = await page.$$eval('#output mark.focus', (ms) => [...new Set(ms.map((m) => m.textContent))]);
  assert.deepEqual(focus, ['Rusia']);
  const active = await page.evaluate(() => document.activeElement.textContent);
  assert.equal(active, 'Rusia');
  // Quotes by speaker and the timeline are listed too.
  assert.ok((await page.textContent('#timeline')).includes('2023-09-10'));
  assert.ok((await page.$$('#speakers li')).length > 0);
  await page.close();
});

test('export gives the CLI schema with code-point offsets', async () => {
  const { page } = await openPage();
  const text = `😀 ${seed.text}`;
  await paste(page, text, seed.date);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
  const data = JSON.parse(await readFile(await download.path(), 'utf8'));
  const chars = [...text];
  assert.ok(data.entities.length > 0);
  for (const e of data.entities) assert.equal(chars.slice(e.start, e.end).join(''), e.text);
  for (const q of data.quotes) assert.equal(chars.slice(q.start, q.end).join(''), q.text);
  assert.equal(data.anchor, seed.date);
  await page.close();
});

test('after the page has loaded it makes no network request at all', async () => {
  const { page } = await openPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await paste(page, seed.text, seed.date);
  await page.click('#sample');
  await page.hover('#output mark[data-label="PER"]');
  await page.click('.legend input[data-layer="PER"]');
  await page.locator('#entities li button').first().click();
  await paste(page, `${seed.text}\nhttps://example.com/gambar.png <img src="https://example.com/x.png">`);
  assert.deepEqual(requests, []);
  await page.close();
});

test('5 MB of text, binary junk and lone surrogates: shown as text, page stays usable', async () => {
  const { page, errors } = await openPage();
  let junk = '';
  for (let i = 0; i < 4000; i += 1) junk += String.fromCharCode((i * 7919) % 0xffff);
  junk += '\ud800 lone \udc00 “tanpa penutup';
  // Set and compare inside the page: the test transport would replace lone surrogates.
  const before = await page.evaluate(() => document.body.dataset.annotated || '');
  await page.evaluate((t) => { const a = document.getElementById('article'); a.value = t; a.dispatchEvent(new Event('input')); }, junk);
  await page.waitForFunction((b) => (document.body.dataset.annotated || '') !== b, before);
  const same = await page.evaluate(() => document.getElementById('output').textContent === document.getElementById('article').value);
  assert.ok(same, 'the output shows exactly the pasted junk, lone surrogates included');
  assert.ok(await page.evaluate(() => document.getElementById('article').value.includes('\ud800 lone')), 'lone surrogate kept');
  const para = `${seed.text}\n`;
  const big = para.repeat(Math.ceil((5 * 1024 * 1024) / para.length));
  const beforeBig = await page.evaluate(() => document.body.dataset.annotated || '');
  await page.evaluate((t) => { const a = document.getElementById('article'); a.value = t; a.dispatchEvent(new Event('input')); }, big);
  await page.waitForFunction((b) => (document.body.dataset.annotated || '') !== b, beforeBig, { timeout: 60_000 });
  assert.match(await page.textContent('#status'), /\d+ entitas/);
  assert.equal(await page.evaluate(() => document.getElementById('output').textContent.length), big.length);
  // Still usable: a short paste is annotated afterwards.
  await paste(page, 'Presiden Vladimir Putin tiba di Moskow.');
  assert.deepEqual(await marks(page, 'PER'), ['Vladimir Putin']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('highlight colours meet WCAG AA contrast in light and dark themes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ colorScheme });
    await page.goto(`${server.url}/`);
    await page.waitForSelector('body[data-ready="true"]');
    await paste(page, seed.text, seed.date);
    const ratios = await page.$$eval('#output mark[data-kind="direct"], #output mark[data-label="PER"], #output mark[data-label="ORG"], #output mark[data-label="LOC"], #output mark[data-label="DATE"]', (ms) => {
      const rgb = (s) => s.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
      const lum = ([r, g, b]) => [r, g, b].map((v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; })
        .reduce((acc, c, i) => acc + c * [0.2126, 0.7152, 0.0722][i], 0);
      return ms.map((m) => {
        const st = getComputedStyle(m);
        const [a, b] = [lum(rgb(st.color)), lum(rgb(st.backgroundColor))].sort((x, y) => y - x);
        return [m.dataset.label, (a + 0.05) / (b + 0.05)];
      });
    });
    assert.ok(ratios.length >= 5, colorScheme);
    for (const [label, ratio] of ratios) assert.ok(ratio >= 4.5, `${colorScheme} ${label}: ${ratio.toFixed(2)}`);
    await page.close();
  }
});

test('screenshots: light and dark, desktop and phone width', async () => {
  const out = new URL('../../docs/screenshots/', import.meta.url);
  await mkdir(out, { recursive: true });
  for (const [name, viewport] of [['desktop', { width: 1400, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme });
      await page.goto(`${server.url}/`);
      await page.waitForSelector('body[data-ready="true"]');
      await paste(page, seed.text, seed.date);
      if (name === 'phone') await page.locator('#output').scrollIntoViewIfNeeded();
      await page.hover('#output mark[data-label="PER"]');
      // Rendered every run; written only when asked (the PNGs differ by a
      // few pixels from run to run, which would dirty the tree each time).
      const file = new URL(`page-${name}-${colorScheme}.png`, out);
      const png = await page.screenshot(process.env.SOROT_SCREENSHOTS ? { path: fileURLToPath(file) } : {});
      assert.ok(png.length > 10_000, `${name} ${colorScheme}: an empty screenshot`);
      // Phone width: no horizontal scrolling.
      if (name === 'phone') assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1));
      await page.close();
    }
  }
});

test('the worker started with the page is handed over once; taking another starts a fresh one', async () => {
  const { page, errors } = await openPage();
  // The page has taken the first worker; a second take (the restart after a
  // trap) must give a new worker that boots and reports ready.
  const ready = await page.evaluate(async () => {
    const { takeWorker } = await import('./worker-start.js');
    return new Promise((ok, fail) => {
      const w = takeWorker((e) => { if (e.data.ready) { w.terminate(); ok(true); } }, (e) => fail(new Error(e.message)));
      setTimeout(() => fail(new Error('no ready message from the new worker')), 20000);
    });
  });
  assert.equal(ready, true);
  // The page's own worker still answers.
  await paste(page, 'Presiden Joko Widodo tiba di Jakarta pada Senin (11/9/2023).', '2023-09-12');
  assert.deepEqual(await marks(page, 'LOC'), ['Jakarta']);
  assert.deepEqual(errors, []);
  await page.close();
});
