// CMS widget tests in real headless Chromium: what a reader of a CMS article
// page sees once the widget is on it. The drop-in bundle (www/dist) is built
// fresh from www/widget.js + www/pkg before the tests (esbuild, well under a second).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const root = fileURLToPath(new URL('../../www/', import.meta.url));

const STRICT_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; "
  + "connect-src 'self'; base-uri 'none'; object-src 'none'; form-action 'none'";
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types 'none'";

let plain; // no extra headers
let strict; // strict CSP header on every response
let trusted; // strict CSP + Trusted Types enforcement
let browser;

before(async () => {
  execFileSync(`${repo}/scripts/build-widget`, { stdio: ['ignore', 'ignore', 'inherit'] });
  plain = await serve(root);
  strict = await serve(root, () => ({ 'content-security-policy': STRICT_CSP }));
  trusted = await serve(root, () => ({ 'content-security-policy': `${STRICT_CSP}; ${TRUSTED_TYPES}` }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await Promise.all([plain, strict, trusted].map((s) => s?.close()));
});

/** Opens a page; collects page errors, console errors and CSP violations. */
async function open(server, path, { route } = {}) {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  const errors = [];
  const consoleErrors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (route) await page.route(route.pattern, route.handler);
  await page.goto(`${server.url}/${path}`);
  return { page, context, errors, consoleErrors };
}

/** The page as the CMS sent it (the same page with JavaScript off): `prop` of `selector`. */
async function original(path, selector, prop = 'outerHTML') {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${plain.url}/${path}`);
  const value = await page.$eval(selector, (el, p) => el[p], prop);
  await context.close();
  return value;
}
const originalHtml = (path, selector) => original(path, selector, 'outerHTML');

const articleDone = (page) => page.waitForFunction(() => {
  const a = document.querySelector('sorot-article');
  return a && (a.state === 'done' || a.state === 'error');
});

/** Each highlight as the reader sees it: its pieces joined, with label and data. */
function highlightsIn(page, selector) {
  return page.$$eval(`${selector} [data-sorot]`, (marks) => {
    const byId = new Map();
    for (const m of marks) {
      const key = `${m.closest('[data-sorot-root], sorot-article, #story')?.id}:${m.dataset.sorot}`;
      if (!byId.has(key)) byId.set(key, { label: m.dataset.label, text: '', pieces: 0, data: { ...m.dataset } });
      const h = byId.get(key);
      h.text += m.textContent;
      h.pieces += 1;
    }
    return [...byId.values()];
  });
}

test('CMS demo: the one-script drop-in highlights people, places, dates and quotes in the article', async () => {
  const { page, context, errors, consoleErrors } = await open(plain, 'cms-demo.html');
  await articleDone(page);
  assert.equal(await page.$eval('sorot-article', (a) => a.state), 'done');
  const hs = await highlightsIn(page, 'sorot-article');
  const per = hs.filter((h) => h.label === 'PER').map((h) => h.text);
  assert.ok(per.some((t) => t.endsWith('Joko Widodo')), `PER Joko Widodo in ${per}`);
  assert.ok(per.some((t) => t.endsWith('Retno Marsudi')), `PER Retno Marsudi in ${per}`);
  assert.ok(hs.some((h) => h.label === 'LOC' && h.text === 'Jakarta'), 'LOC Jakarta');
  const dates = hs.filter((h) => h.label === 'DATE').map((h) => [h.text, h.data.value]);
  assert.deepEqual(dates.find(([t]) => t === 'Senin (11/9/2023)'), ['Senin (11/9/2023)', '2023-09-11']);
  assert.deepEqual(dates.find(([t]) => t === 'Selasa (12/9/2023)'), ['Selasa (12/9/2023)', '2023-09-12']);
  const quotes = hs.filter((h) => h.label === 'QUOTE' && h.data.kind === 'direct');
  const jokowi = quotes.find((q) => q.text.startsWith('Saya minta bendungan ini selesai akhir tahun'));
  assert.ok(jokowi, 'the direct quote across <em> is one highlight');
  assert.match(jokowi.data.speaker, /Joko Widodo/);
  assert.ok(jokowi.pieces >= 3, 'split around <em> into pieces');
  const retno = quotes.find((q) => q.text.startsWith('Kerja sama air bersih menjadi prioritas kedua negara'));
  assert.ok(retno, 'the direct quote across a link is one highlight');
  assert.match(retno.data.speaker, /Retno Marsudi/);

  // The "Baca juga" box is marked data-sorot-ignore: untouched.
  assert.equal(await page.$$eval('.baca-juga [data-sorot]', (m) => m.length), 0);
  // The CMS's own markup is intact: links with their attributes, emphasis, images, figure.
  assert.equal(await page.$eval('a.internal-link', (a) => a.getAttribute('href')), '#irigasi');
  assert.equal(await page.$$eval('sorot-article img[src="cms-demo.svg"]', (i) => i.length), 1);
  assert.equal(await page.$eval('a[href="#prioritas"] mark[data-label="QUOTE"]', (m) => m.textContent), 'prioritas kedua negara');
  // The reader sees the same text as before, letter for letter.
  assert.equal(await page.$eval('sorot-article', (a) => a.textContent), await original('cms-demo.html', 'sorot-article', 'textContent'));
  // Colours come from the drop-in's own stylesheet and beat the theme's `mark { background: yellow }`.
  const bg = await page.$eval('mark[data-label="PER"]', (m) => getComputedStyle(m).backgroundColor);
  assert.equal(bg, 'rgb(219, 232, 255)');
  assert.deepEqual(errors, []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a name split by inline markup (<b>Joko</b> Widodo) gets one PER mark per piece, same cluster', async () => {
  const { page, context } = await open(plain, 'csp-demo.html');
  await page.waitForSelector('body[data-state="annotated"]');
  const pieces = await page.$$eval('#p-bold mark[data-label="PER"]', (ms) => ms.map((m) => ({
    text: m.textContent, cluster: m.dataset.cluster, id: m.dataset.sorot, part: m.dataset.part, inBold: !!m.closest('b'),
  })));
  const bold = pieces.find((p) => p.inBold);
  assert.equal(bold.text, 'Joko');
  const same = pieces.filter((p) => p.id === bold.id);
  assert.equal(same.length, 2);
  assert.equal(same.map((p) => p.text).join('').trim(), 'Joko Widodo');
  assert.equal(same[0].cluster, same[1].cluster);
  assert.deepEqual(same.map((p) => p.part), ['first', 'last']);
  // The <b> still holds exactly "Joko"; the link around "Jakarta" keeps its attributes and holds the LOC mark.
  assert.equal(await page.$eval('#p-bold b', (b) => b.textContent), 'Joko');
  assert.deepEqual(await page.$eval('#p-bold a', (a) => [a.href, a.dataset.track, a.querySelector('mark')?.dataset.label]),
    ['https://example.org/jakarta', 'jakarta', 'LOC']);

  // A quote across <em> and a link: one highlight in pieces, each with the same data.
  const quote = await page.$$eval('#p-quote mark[data-label="QUOTE"]', (ms) => ms.map((m) => [m.textContent, m.dataset.sorot, m.dataset.speaker, m.parentElement.localName]));
  assert.equal(quote.map((q) => q[0]).join(''), 'Kami sangat prihatin dengan situasi di wilayah perbatasan,');
  assert.equal(new Set(quote.map((q) => q[1])).size, 1);
  assert.ok(quote.every((q) => /Retno Marsudi/.test(q[2])));
  assert.ok(quote.some((q) => q[3] === 'em') && quote.some((q) => q[3] === 'a'));

  // Skipped: code, pre, textarea, script, data-sorot-ignore; images untouched.
  for (const sel of ['#p-code code', '#pre', '#textarea', '#data', '#ignored']) {
    assert.equal(await page.$$eval(`${sel} [data-sorot]`, (m) => m.length), 0, sel);
  }
  assert.equal(await page.inputValue('#textarea'), 'Presiden Joko Widodo, Senin (11/9/2023)');
  assert.equal(await page.$eval('img[data-cms-image="88"]', (i) => i.alt), 'Ilustrasi');
  // Marks inside <i> are fine too ("<i>Jakarta</i>").
  assert.equal(await page.$eval('#p-split i mark', (m) => m.dataset.label), 'LOC');
  await context.close();
});

test('the core sees one line per block, whitespace as rendered, skipped elements left out', async () => {
  const { page, context } = await open(plain, 'csp-demo.html');
  await page.waitForSelector('body[data-state="annotated"]');
  const lines = await page.evaluate(async () => (await import('./widget.js')).resultOf(document.getElementById('story')).text.split('\n'));
  assert.deepEqual(lines, [
    'Presiden Joko Widodo tiba di Jakarta, Senin (11/9/2023), untuk membuka rapat koordinasi.',
    '“Kami sangat prihatin dengan situasi di wilayah perbatasan,” kata Menteri Luar Negeri Retno Marsudi.',
    '“Kami mendukung penuh langkah Presiden Joko Widodo,” ujar Menteri Luar Negeri Retno Marsudi.',
    'Di dalam kode tidak ada sorotan: tetap polos.',
    'Ilustrasi.',
    'Rapat dilanjutkan pada Selasa (12/9/2023) di Istana Merdeka, Jakarta.',
  ]);
  await context.close();
});

test('nested highlights read correctly: descriptions for screen readers, no word broken', async () => {
  const { page, context } = await open(plain, 'csp-demo.html');
  const textBefore = await page.$eval('#story', (s) => s.innerText);
  await page.waitForSelector('body[data-state="annotated"]');
  // The same words and spaces, in the same order, as before the widget ran.
  assert.equal(await page.$eval('#story', (s) => s.innerText), textBefore);
  // A name inside a quote: the PER mark nests inside the QUOTE mark.
  const nested = await page.$eval('#p-nested mark[data-label="PER"]', (m) => [m.textContent, m.parentElement.dataset.label]);
  assert.deepEqual(nested, ['Joko Widodo', 'QUOTE']);
  // A CMS's &nbsp; inside a name does not split it.
  assert.ok((await page.$$eval('#p-nested mark[data-label="PER"]', (ms) => ms.map((m) => m.textContent)))
    .some((t) => t.endsWith('Retno\u00a0Marsudi')));
  // What assistive technology gets (Chromium's accessibility tree, via CDP).
  const cdp = await context.newCDPSession(page);
  const { root: docNode } = await cdp.send('DOM.getDocument', { depth: 0 });
  async function ax(selector) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: docNode.nodeId, selector });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    return nodes[0];
  }
  const q = await ax('#p-nested mark[data-label="QUOTE"]');
  assert.match(q.description.value, /^Kutipan langsung — .*Retno Marsudi/);
  const p = await ax('#p-nested mark[data-label="PER"]');
  assert.match(p.description.value, /^Orang: Joko Widodo \(\d+×\)$/);
  // A split name is described once (on its first piece), not once per piece.
  assert.deepEqual(await page.$$eval('#p-bold mark[data-label="PER"]', (ms) => ms.map((m) => m.hasAttribute('aria-description'))), [true, false]);
  await context.close();
});

test('tooltips on hover and keyboard focus: canonical name and count, ISO date, quote speaker', async () => {
  const { page, context } = await open(plain, 'cms-demo.html');
  await articleDone(page);
  const tip = page.locator('.sorot-tooltip');
  await page.hover('#artikel b mark[data-label="PER"]');
  await tip.waitFor({ state: 'visible' });
  assert.match(await tip.textContent(), /^Orang: (Presiden )?Joko Widodo \(\d+×\)$/);
  await page.hover('mark[data-label="DATE"][data-value="2023-09-11"]');
  assert.equal(await tip.textContent(), 'Waktu: 2023-09-11');
  await page.hover('em mark[data-label="QUOTE"]');
  assert.match(await tip.textContent(), /^Kutipan langsung — (Presiden )?Joko Widodo$/);
  await page.mouse.move(0, 0);
  await tip.waitFor({ state: 'hidden' });
  // One tab stop into the highlights; arrow keys move between them, and focus shows the tooltip.
  assert.equal(await page.$$eval('#artikel [data-sorot][tabindex="0"]', (m) => m.length), 1);
  const stops = await page.$$eval('#artikel [data-sorot][tabindex]', (ms) => ms.map((m) => m.getAttribute('aria-description')));
  await page.focus('#artikel [data-sorot][tabindex="0"]');
  await tip.waitFor({ state: 'visible' });
  assert.equal(await tip.textContent(), stops[0]);
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-description')), stops[1]);
  assert.equal(await page.$$eval('#artikel [data-sorot][tabindex="0"]', (m) => m.length), 1, 'still one tab stop');
  assert.equal(await tip.textContent(), stops[1]);
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden' });
  // "ujarnya" names nobody: hovering it says whom the mention layer resolved it to.
  // (scrolled into view first: a scroll hides the tooltip)
  const ujarnya = page.locator('mark[data-label="REF"]', { hasText: 'ujarnya' });
  await ujarnya.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await ujarnya.hover();
  await tip.waitFor({ state: 'visible' });
  assert.equal(await tip.textContent(), 'Merujuk ke: Yohanis Seran');
  await context.close();
});

test('summary box: people, places and quote speakers; a click goes to the first mention', async () => {
  const { page, context } = await open(plain, 'cms-demo.html');
  await articleDone(page);
  await page.waitForSelector('sorot-summary .sorot-summary');
  const groups = await page.$$eval('sorot-summary .sorot-summary-group', (gs) => gs.map((g) => [
    g.querySelector('h3').textContent, [...g.querySelectorAll('.sorot-summary-name')].map((n) => n.textContent)]));
  const get = (title) => groups.find(([t]) => t === title)?.[1] || [];
  assert.ok(get('Orang').some((n) => /Joko Widodo$/.test(n)), `Orang: ${get('Orang')}`);
  assert.ok(get('Tempat').includes('Jakarta'), `Tempat: ${get('Tempat')}`);
  assert.ok(get('Kutipan').some((n) => /Retno Marsudi$/.test(n)), `Kutipan: ${get('Kutipan')}`);
  // The demo is what every newsroom sees first: checked by hand against the
  // guidelines. No place may be listed as a person, nor a person as a place.
  const people = ['Maria Ulfa Nenoharan', 'Joko Widodo', 'Agus Sosiawan', 'Retno Marsudi', 'Penny Wong', 'Yohanis Seran'];
  const places = ['Nusa Tenggara Timur', 'Kabupaten Kupang', 'Kupang', 'KUPANG', 'Bendungan Manikin', 'Jakarta',
    'Australia', 'Indonesia', 'Desa Baumata'];
  const speakers = ['Joko Widodo', 'Agus Sosiawan', 'Retno Marsudi', 'Yohanis Seran'];
  for (const n of get('Orang')) assert.ok(people.includes(n), `not a person of the demo: ${n}`);
  // One known error of the default path: the tagger reads the dateline's
  // outlet, KABAR TIMUR, as a place (its compass word); the rules alone read
  // the outlet. Any other name listed as a place fails.
  const knownWrong = ['KABAR TIMUR'];
  for (const n of get('Tempat')) assert.ok(places.includes(n) || knownWrong.includes(n), `not a place of the demo: ${n}`);
  for (const n of ['Joko Widodo', 'Retno Marsudi', 'Yohanis Seran']) assert.ok(get('Orang').includes(n), `person missing: ${n}`);
  for (const n of ['Bendungan Manikin', 'Jakarta', 'Desa Baumata']) assert.ok(get('Tempat').includes(n), `place missing: ${n}`);
  assert.deepEqual([...get('Kutipan')].sort(), [...speakers].sort(), 'quote speakers');
  await page.click('sorot-summary li[data-label="LOC"] button:has-text("Jakarta")');
  assert.deepEqual(await page.evaluate(() => [document.activeElement.dataset.label, document.activeElement.textContent]), ['LOC', 'Jakarta']);
  await context.close();
});

test('annotating twice does not double-wrap; clear() restores the article byte for byte', async () => {
  const { page, context, errors } = await open(plain, 'csp-demo.html');
  await page.waitForSelector('body[data-state="annotated"]');
  const once = await page.$eval('#story', (s) => s.outerHTML);
  const again = await page.evaluate(async () => {
    const w = await import('./widget.js');
    const story = document.getElementById('story');
    await w.annotateElement(story, { date: '2023-09-12', layers: 'entities,dates,quotes' });
    await w.annotateElement(story, { date: '2023-09-12', layers: ['entities', 'dates', 'quotes'] });
    return story.outerHTML;
  });
  assert.equal(again, once);
  assert.equal(await page.$$eval('#story mark[data-label="PER"] mark[data-label="PER"]', (m) => m.length), 0);
  // The page's "Hapus sorotan" button calls clear(): back to exactly what the CMS sent.
  await page.click('#clear');
  assert.equal(await page.$$eval('#story [data-sorot]', (m) => m.length), 0);
  assert.equal(await page.$eval('#story', (s) => s.outerHTML), await originalHtml('csp-demo.html', '#story'));
  // …and annotating again gives the same result as the first time.
  await page.click('#annotate');
  await page.waitForSelector('body[data-state="annotated"]');
  assert.equal(await page.$eval('#story', (s) => s.outerHTML), once);

  // The custom element: refresh() re-annotates in place, clear() restores its outerHTML.
  const demo = await open(plain, 'cms-demo.html');
  await articleDone(demo.page);
  const first = await demo.page.$eval('sorot-article', (a) => a.outerHTML);
  assert.equal(await demo.page.evaluate(async () => { const a = document.querySelector('sorot-article'); await a.refresh(); await a.refresh(); return a.outerHTML; }), first);
  await demo.page.evaluate(() => document.querySelector('sorot-article').clear());
  assert.equal(await demo.page.$eval('sorot-article', (a) => a.outerHTML), await originalHtml('cms-demo.html', 'sorot-article'));
  assert.equal(await demo.page.$$eval('sorot-summary li', (l) => l.length), 0, 'the summary empties too');
  assert.deepEqual(errors, []);
  assert.deepEqual(demo.errors, []);
  await demo.context.close();
  await context.close();
});

test('<style> inside the article is skipped and stays as it was', async () => {
  const { page, context } = await open(plain, 'csp-demo.html');
  await page.waitForSelector('body[data-state="annotated"]');
  const out = await page.evaluate(async () => {
    const w = await import('./widget.js');
    const box = document.createElement('div');
    const style = document.createElement('style');
    style.textContent = '/* Presiden Joko Widodo, Senin (11/9/2023) */ .x { color: red; }';
    const p = document.createElement('p');
    p.textContent = 'Presiden Joko Widodo tiba di Jakarta.';
    box.append(style, p);
    document.body.append(box);
    const before = box.outerHTML;
    await w.annotateElement(box, { date: '2023-09-12' });
    const marks = [...box.querySelectorAll('[data-sorot]')].map((m) => m.parentElement.localName);
    const styleText = style.textContent;
    w.clear(box);
    return { marks, styleText, restored: box.outerHTML === before };
  });
  assert.ok(out.marks.length > 0 && out.marks.every((parent) => parent !== 'style'));
  assert.equal(out.styleText, '/* Presiden Joko Widodo, Senin (11/9/2023) */ .x { color: red; }');
  assert.ok(out.restored);
  await context.close();
});

for (const [name, server, headerCheck] of [
  ['strict Content-Security-Policy header', () => strict, /script-src 'self' 'wasm-unsafe-eval'/],
  ['Trusted Types enforcement header', () => trusted, /require-trusted-types-for 'script'/],
]) {
  test(`works under a ${name} (drop-in and module pages)`, async () => {
    for (const path of ['cms-demo.html', 'csp-demo.html']) {
      const { page, context, errors, consoleErrors } = await open(server(), path);
      const response = await page.reload();
      assert.match(response.headers()['content-security-policy'], headerCheck);
      if (path === 'cms-demo.html') await articleDone(page);
      else await page.waitForSelector('body[data-state]');
      const labels = await page.$$eval('[data-sorot]', (ms) => [...new Set(ms.map((m) => m.dataset.label))].sort());
      for (const label of ['DATE', 'LOC', 'PER', 'QUOTE']) assert.ok(labels.includes(label), `${path}: ${label} in ${labels}`);
      // The default colours still apply (the drop-in's constructed stylesheet, or widget.css).
      assert.equal(await page.$eval('mark[data-label="DATE"]', (m) => getComputedStyle(m).backgroundColor), 'rgb(255, 237, 194)');
      // The tooltip (positioned through the CSSOM, not a style attribute) works too.
      await page.hover('mark[data-label="DATE"]');
      await page.locator('.sorot-tooltip').waitFor({ state: 'visible' });
      assert.match(await page.textContent('.sorot-tooltip'), /^Waktu: \d{4}-\d{2}-\d{2}$/);
      assert.deepEqual(await page.evaluate(() => window.__violations), [], `${path}: no CSP violations`);
      assert.deepEqual(consoleErrors, [], path);
      assert.deepEqual(errors, [], path);
      // The header really is enforced on this page.
      const enforced = await page.evaluate(() => {
        try {
          const s = document.createElement('script');
          s.textContent = 'window.__inline = 1';
          document.body.append(s);
        } catch { return 'refused'; }
        return window.__inline === undefined ? 'refused' : 'ran';
      });
      assert.equal(enforced, 'refused');
      if (name.startsWith('Trusted')) {
        assert.equal(await page.evaluate(() => { try { document.body.insertAdjacentHTML('beforeend', '<b>x</b>'); return 'allowed'; } catch (e) { return e.name; } }), 'TypeError');
      }
      await context.close();
    }
  });
}

test('without the wasm the article stays unchanged and one clear error is logged', async () => {
  const { page, context, errors, consoleErrors } = await open(plain, 'cms-demo.html', {
    route: { pattern: '**/sorot_bg.wasm', handler: (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }) },
  });
  await articleDone(page);
  assert.equal(await page.$eval('sorot-article', (a) => a.state), 'error');
  assert.equal(await page.$eval('sorot-article', (a) => a.outerHTML), await originalHtml('cms-demo.html', 'sorot-article'));
  assert.equal(await page.$$eval('[data-sorot]', (m) => m.length), 0);
  assert.equal(await page.$$eval('sorot-summary li', (l) => l.length), 0);
  // Exactly one error from the widget, naming the file and saying what the reader gets;
  // besides it only Chromium's own network line for the 404.
  const ours = consoleErrors.filter((m) => !m.startsWith('Failed to load resource'));
  assert.equal(ours.length, 1, ours.join('\n'));
  assert.match(ours[0], /^sorot: the WebAssembly module http:\/\/127\.0\.0\.1:\d+\/dist\/sorot_bg\.wasm could not be loaded, so the article is shown without highlights\. \(.*404.*\)$/);
  // A second article added later does not log the same failure again.
  await page.evaluate(() => {
    const a = document.createElement('sorot-article');
    a.id = 'kedua';
    a.append(document.createTextNode('Presiden Joko Widodo tiba di Jakarta, Senin (11/9/2023).'));
    document.body.append(a);
  });
  await page.waitForFunction(() => document.getElementById('kedua').state === 'error');
  assert.equal(await page.$eval('#kedua', (a) => a.innerHTML), 'Presiden Joko Widodo tiba di Jakarta, Senin (11/9/2023).');
  assert.equal(consoleErrors.filter((m) => !m.startsWith('Failed to load resource')).length, 1);
  assert.deepEqual(errors, [], 'no uncaught exception or unhandled rejection');
  await context.close();
});

test('an invalid layers attribute leaves the article unchanged with one error saying why', async () => {
  const { page, context, consoleErrors } = await open(plain, 'cms-demo.html');
  await articleDone(page);
  await page.evaluate(() => document.querySelector('sorot-article').setAttribute('layers', 'entities,gosip'));
  await page.waitForFunction(() => document.querySelector('sorot-article').state === 'error');
  assert.equal(await page.$eval('sorot-article', (a) => a.outerHTML.replace(' layers="entities,gosip"', ' layers="entities,dates,quotes"')),
    await originalHtml('cms-demo.html', 'sorot-article'));
  assert.equal(consoleErrors.length, 1, consoleErrors.join('\n'));
  assert.match(consoleErrors[0], /^sorot: <sorot-article id="artikel"> was not annotated: .*gosip/);
  await context.close();
});

test('theme="dark" switches the palette; host custom properties restyle the marks', async () => {
  const { page, context } = await open(plain, 'cms-demo.html');
  await articleDone(page);
  const bg = () => page.$eval('mark[data-label="PER"]', (m) => getComputedStyle(m).backgroundColor);
  assert.equal(await bg(), 'rgb(219, 232, 255)');
  await page.evaluate(() => document.querySelector('sorot-article').setAttribute('theme', 'dark'));
  assert.equal(await bg(), 'rgb(29, 52, 97)');
  await page.evaluate(() => document.querySelector('sorot-article').style.setProperty('--sorot-per-bg', 'rgb(1, 2, 3)'));
  assert.equal(await bg(), 'rgb(1, 2, 3)');
  await context.close();
});
