// Page tests in real headless Chromium: what a user sees after pasting an article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
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
  assert.ok((await marks(page, 'PER')).includes('Vladimir Putin'), 'PER Vladimir Putin');
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
