// The WordPress plugin in a real WordPress, started by scripts/test-wordpress
// (which sets SOROT_WP_URL, SOROT_WP_SITE and SOROT_WP_LOG): a post holding the
// seed article, read by headless Chromium as a visitor would, with WordPress's
// default headers and with a strict Content-Security-Policy; then the plugin
// deactivated (the page is byte-identical to before) and uninstalled.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/browser.mjs';

const { SOROT_WP_URL: site, SOROT_WP_SITE: siteDir, SOROT_WP_LOG: phpLog, SOROT_WP_PASSWORD: password } = process.env;
if (!site || !siteDir || !phpLog || !password) throw new Error('run through scripts/test-wordpress (it starts WordPress)');
const helper = fileURLToPath(new URL('./wp.php', import.meta.url));
const seed = JSON.parse(await readFile(new URL('../fixtures/seed-article.json', import.meta.url), 'utf8'));
const pluginUrl = `${site}/wp-content/plugins/sorot/`;

/** Runs a tests/wordpress/wp.php command on the site; returns its output, trimmed. */
const wp = (...args) => execFileSync('php', [helper, siteDir, ...args], { encoding: 'utf8' }).trim();
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A post body in block markup: one paragraph per line, the "Baca juga" line in an ignored aside. */
const blocks = (text) => text.split('\n').map((line) => (line.startsWith('Baca juga:')
  ? `<!-- wp:html -->\n<aside class="baca-juga" data-sorot-ignore>${escapeHtml(line)}</aside>\n<!-- /wp:html -->`
  : `<!-- wp:paragraph -->\n<p>${escapeHtml(line)}</p>\n<!-- /wp:paragraph -->`)).join('\n\n');
const created = [];
const post = (spec) => {
  const id = Number(wp('post', JSON.stringify({ date: `${seed.date} 09:30:00`, ...spec })));
  created.push(id);
  return id;
};
const html = async (path) => {
  const res = await fetch(`${site}${path}`);
  assert.equal(res.status, 200, path);
  return res.text();
};

let browser;
let article; // the seed article post
let pageBefore; // its page, as WordPress sent it before the plugin was activated
let textBefore; // its text as a reader sees it (JavaScript off)

before(async () => {
  browser = await launch();
  article = post({ title: 'Kim Jong Un menuju Rusia', content: blocks(seed.text) });
  pageBefore = await html(`/?p=${article}`);
  textBefore = await readerText(`/?p=${article}`);
  assert.match(wp('activate'), /^active$/);
});

after(async () => {
  await browser?.close();
});

/** The text of the post content (or `selector`) as a reader sees it with JavaScript off. */
async function readerText(path, selector = '.wp-block-post-content, .entry-content') {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site}${path}`);
  const text = await page.$eval(selector, (el) => el.textContent);
  await context.close();
  return text;
}

/** Opens a page in a fresh context; records requests, errors, console errors and CSP violations. */
async function open(path) {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  const seen = { requests: [], errors: [], console: [], wasmType: null };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') seen.console.push(m.text()); });
  page.on('response', (r) => { if (r.url().endsWith('/sorot_bg.wasm')) seen.wasmType = r.headers()['content-type']; });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push({ directive: e.violatedDirective, uri: e.blockedURI }));
  });
  await page.goto(`${site}${path}`);
  await page.waitForFunction(() => [...document.querySelectorAll('sorot-article')].every((a) => a.state === 'done' || a.state === 'error'));
  seen.violations = await page.evaluate(() => window.__violations);
  return { page, context, seen };
}

/** Each highlight under `selector`: its pieces joined, with label and data. */
const highlights = (page, selector = 'sorot-article') => page.$$eval(`${selector} [data-sorot]`, (marks) => {
  const byId = new Map();
  for (const m of marks) {
    if (!byId.has(m.dataset.sorot)) byId.set(m.dataset.sorot, { label: m.dataset.label, text: '', data: { ...m.dataset } });
    byId.get(m.dataset.sorot).text += m.textContent;
  }
  return [...byId.values()];
});

/** What the reader of the seed article post must find, whatever the headers. */
async function checkArticlePage(path) {
  const { page, context, seen } = await open(path);
  assert.equal(await page.$eval('sorot-article', (a) => a.state), 'done');
  assert.deepEqual(await page.$eval('sorot-article', (a) => [a.id, a.getAttribute('date'), a.getAttribute('layers'), a.getAttribute('theme')]),
    [`sorot-article-${article}`, seed.date, 'entities,dates,quotes', 'auto']);
  const hs = await highlights(page);
  const of = (label) => hs.filter((h) => h.label === label).map((h) => h.text);
  for (const [label, text] of [['PER', 'Kim Jong Un'], ['PER', 'Vladimir Putin'], ['PER', 'John Kirby'], ['LOC', 'Pyongyang'], ['LOC', 'Washington']]) {
    assert.ok(of(label).includes(text), `${label} ${text} in ${of(label)}`);
  }
  // Dates resolved against the post's publication date (2023-09-12): "Tahun lalu" is 2022.
  const dates = Object.fromEntries(hs.filter((h) => h.label === 'DATE').map((h) => [h.text, h.data.value]));
  for (const [text, value] of [['Minggu (10/9/2023)', '2023-09-10'], ['Selasa (12/9/2023)', '2023-09-12'], ['Tahun lalu', '2022']]) {
    assert.equal(dates[text], value, `DATE ${text} in ${JSON.stringify(dates)}`);
  }
  const quote = hs.find((h) => h.label === 'QUOTE' && h.text.startsWith('Kami mendesak Korea Utara'));
  assert.ok(quote, 'the direct quote by Kirby');
  assert.match(quote.data.speaker, /Kirby/);
  // Coloured by the widget's own stylesheet (a constructed one: no style-src needed).
  assert.notEqual(await page.$eval('sorot-article mark[data-label="PER"]', (m) => getComputedStyle(m).backgroundColor), 'rgba(0, 0, 0, 0)');
  // The "Baca juga" aside (data-sorot-ignore) is untouched.
  assert.equal(await page.$$eval('aside.baca-juga [data-sorot]', (m) => m.length), 0);
  // The summary box after the article, filled in: people with buttons to their first mention.
  const summary = await page.$eval(`sorot-article + sorot-summary[for="sorot-article-${article}"]`, (s) => ({
    people: [...s.querySelectorAll('li[data-label="PER"] .sorot-summary-name')].map((n) => n.textContent),
    quotes: s.querySelectorAll('li[data-label="QUOTE"] button').length,
  }));
  assert.ok(summary.people.includes('Kim Jong Un') && summary.people.includes('John Kirby'), `summary people: ${summary.people}`);
  assert.ok(summary.quotes > 0, 'summary lists quote speakers');
  // Letter for letter the text the reader had before the plugin.
  assert.equal(await page.$eval('sorot-article', (a) => a.textContent), textBefore);
  // The two files came from the plugin folder, the wasm as application/wasm; nothing from another origin.
  assert.ok(seen.requests.some((u) => u.startsWith(`${pluginUrl}assets/sorot-widget.js`)), 'widget script from the plugin folder');
  assert.ok(seen.requests.includes(`${pluginUrl}assets/sorot_bg.wasm`), 'wasm from the plugin folder');
  assert.equal(seen.wasmType, 'application/wasm');
  assert.deepEqual(seen.requests.filter((u) => !u.startsWith(`${site}/`) && !u.startsWith('data:')), [], 'no request to another origin');
  assert.deepEqual(seen.errors, []);
  // (CSP reports are checked as violations; any other error or warning about the widget fails.)
  assert.deepEqual(seen.console.filter((m) => /sorot|WebAssembly/i.test(m) && !/violates the following Content Security Policy/.test(m)), []);
  await context.close();
  return seen;
}

test("the seed article post, with WordPress's default headers (no CSP): highlights, summary, same text, no foreign request", async () => {
  await checkArticlePage(`/?p=${article}`);
});

test('the same post under the strict CSP of docs/widget.md: the widget works and violates nothing', async () => {
  const res = await fetch(`${site}/?p=${article}&csp=strict`);
  assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self' 'wasm-unsafe-eval'/);
  const seen = await checkArticlePage(`/?p=${article}&csp=strict`);
  // WordPress's own inline scripts and styles are blocked by this policy; nothing of the plugin is.
  const ours = seen.violations.filter((v) => v.uri.startsWith(pluginUrl) || /eval|wasm/.test(v.uri));
  assert.deepEqual(ours, []);
  assert.ok(seen.violations.length > 0 ? seen.violations.every((v) => v.uri === 'inline') : true, JSON.stringify(seen.violations));
});

/** The <sorot-article> and <sorot-summary> start tags of a page, and whether it loads the widget. */
async function served(path) {
  const page = await html(path);
  return {
    articles: page.match(/<sorot-article[^>]*>/g) ?? [],
    summaries: page.match(/<sorot-summary[^>]*>/g) ?? [],
    script: page.includes(`${pluginUrl}assets/sorot-widget.js`),
  };
}

test('what WordPress sends: wrapping, shortcodes, block, per-post switch and post types (named cases)', async () => {
  const off = post({ title: 'Dimatikan', content: blocks(seed.text), meta: { _sorot_off: '1' } });
  const page = post({ title: 'Halaman', type: 'page', content: '<p>Presiden Joko Widodo tiba di Jakarta, Selasa (12/9/2023).</p>' });
  const part = post({ title: 'Sebagian', type: 'page', content: '<p>Tanpa sorot.</p>\n\n[sorot layers="dates"]<p>Kim Jong Un tiba, Selasa (12/9/2023).</p>[/sorot]' });
  const junk = post({ title: 'Atribut aneh', type: 'page', content: '[sorot layers="foo" theme="&quot;><script>x</script>"]<p>Kim.</p>[/sorot]' });
  const summary = post({ title: 'Ringkasan', type: 'page', content: '[sorot]<p>Kim Jong Un.</p>[/sorot]\n\n[sorot_summary for="sorot-x&quot;onclick"]' });
  const block = post({ title: 'Blok', content: `${blocks('Kim Jong Un tiba di Moskow.')}\n\n<!-- wp:sorot/summary /-->` });
  const cases = [
    ['a post: wrapped with its date, summary after, widget loaded', `/?p=${article}`, {
      articles: [`<sorot-article id="sorot-article-${article}" date="${seed.date}" layers="entities,dates,quotes" theme="auto">`],
      summaries: [`<sorot-summary for="sorot-article-${article}" theme="auto">`], script: true }],
    ['a post switched off by its author: untouched, no script', `/?p=${off}`, { articles: [], summaries: [], script: false }],
    ['a page (not a chosen post type): untouched, no script', `/?page_id=${page}`, { articles: [], summaries: [], script: false }],
    ['the home page (a list, not one post): untouched, no script', '/', { articles: [], summaries: [], script: false }],
    ['[sorot layers="dates"] on a page: only that part, with the page\'s date', `/?page_id=${part}`, {
      articles: [`<sorot-article id="sorot-${part}-1" date="${seed.date}" layers="dates" theme="auto">`], summaries: [], script: true }],
    ['[sorot] with an unknown layer and a hostile theme: the defaults, nothing injected', `/?page_id=${junk}`, {
      articles: [`<sorot-article id="sorot-${junk}-1" date="${seed.date}" layers="entities,dates,quotes" theme="auto">`], summaries: [], script: true }],
    ['[sorot_summary] with a hostile id: cleaned', `/?page_id=${summary}`, {
      articles: [`<sorot-article id="sorot-${summary}-1" date="${seed.date}" layers="entities,dates,quotes" theme="auto">`],
      summaries: ['<sorot-summary for="sorot-xquotonclick" theme="auto">'], script: true }],
    ['the Sorot summary block inside a post: one more box for the same article', `/?p=${block}`, {
      articles: [`<sorot-article id="sorot-article-${block}" date="${seed.date}" layers="entities,dates,quotes" theme="auto">`],
      summaries: [`<sorot-summary for="sorot-article-${block}" theme="auto">`, `<sorot-summary for="sorot-article-${block}" theme="auto">`], script: true }],
  ];
  for (const [name, path, want] of cases) assert.deepEqual(await served(path), want, name);

  // In the browser, [sorot layers="dates"] highlights only dates, only in its part.
  const { page: tab, context } = await open(`/?page_id=${part}`);
  assert.deepEqual((await highlights(tab, 'body')).map((h) => [h.label, h.text, h.data.value]), [['DATE', 'Selasa (12/9/2023)', '2023-09-12']]);
  await context.close();
});

test('settings: stored values are cleaned (named cases), and they change what posts get', async () => {
  const defaults = { layers: ['entities', 'dates', 'quotes'], theme: 'auto', post_types: ['post'], summary: 'after' };
  const cases = [
    ['nothing stored', null, defaults],
    ['not an array', '"entities"', defaults],
    ['a valid choice', { layers: ['quotes', 'dates'], theme: 'dark', post_types: ['page', 'post'], summary: 'before' },
      { layers: ['dates', 'quotes'], theme: 'dark', post_types: ['page', 'post'], summary: 'before' }],
    ['unknown layer, theme, post type and place dropped', { layers: ['foo', 'boilerplate'], theme: 'neon', post_types: ['nope', 'page'], summary: 'top' },
      { ...defaults, layers: ['boilerplate'], post_types: ['page'] }],
    ['no layer left: the defaults', { layers: ['foo'] }, defaults],
    ['every post type unticked (the form\'s empty value)', { post_types: [''] }, { ...defaults, post_types: [] }],
    ['markup in values', { theme: '<b>dark</b>', layers: ['<script>'] }, defaults],
  ];
  for (const [name, input, want] of cases) {
    assert.deepEqual(JSON.parse(wp('sanitize', JSON.stringify(input))), want, name);
  }

  wp('option', 'sorot_settings', JSON.stringify({ layers: ['dates', 'quotes'], theme: 'dark', post_types: ['post'], summary: 'before' }));
  const page = await html(`/?p=${article}`);
  assert.ok(page.includes(`<sorot-summary for="sorot-article-${article}" theme="dark"></sorot-summary><sorot-article id="sorot-article-${article}" date="${seed.date}" layers="dates,quotes" theme="dark">`),
    'summary before the article, chosen layers and theme');
  const { page: tab, context } = await open(`/?p=${article}`);
  const labels = new Set((await highlights(tab)).map((h) => h.label));
  assert.ok(labels.has('DATE') && labels.has('QUOTE'), [...labels].join());
  assert.deepEqual([...labels].filter((l) => ['PER', 'ORG', 'LOC'].includes(l)), [], 'no entity layer');
  await context.close();
  wp('option', 'sorot_settings', 'null');
});

test('Settings → Sorot in the admin: the form saves what the administrator ticks', async () => {
  const context = await browser.newContext();
  // The admin screens ask other hosts for pictures (the admin bar's avatar, the
  // editor's welcome guide). This machine is offline: where such a request hangs
  // instead of failing, the page's load event waits for it, and one CI run timed
  // out on it. So they fail at once here.
  await context.route((url) => url.origin !== site, (route) => route.abort());
  const tab = await context.newPage();
  await tab.goto(`${site}/wp-login.php?redirect_to=${encodeURIComponent(`${site}/wp-admin/options-general.php?page=sorot`)}`);
  await tab.fill('#user_login', 'admin');
  await tab.fill('#user_pass', password);
  await tab.click('#wp-submit');
  await tab.waitForURL(/options-general\.php\?page=sorot/, { timeout: 90_000 });
  await tab.waitForSelector('.wrap h1', { timeout: 90_000 });
  assert.equal(await tab.textContent('.wrap h1'), 'Sorot');
  // The defaults are ticked.
  const ticked = () => tab.$$eval('.wrap input:checked', (els) => els.map((e) => `${e.name}=${e.value}`));
  assert.deepEqual(await ticked(), ['sorot_settings[layers][]=entities', 'sorot_settings[layers][]=dates', 'sorot_settings[layers][]=quotes',
    'sorot_settings[theme]=auto', 'sorot_settings[post_types][]=post', 'sorot_settings[summary]=after']);
  await tab.uncheck('input[name="sorot_settings[layers][]"][value="entities"]');
  await tab.check('input[name="sorot_settings[layers][]"][value="boilerplate"]');
  await tab.check('input[name="sorot_settings[theme]"][value="light"]');
  await tab.uncheck('input[name="sorot_settings[post_types][]"][value="post"]');
  await tab.check('input[name="sorot_settings[post_types][]"][value="page"]');
  await tab.check('input[name="sorot_settings[summary]"][value="none"]');
  await Promise.all([tab.waitForNavigation(), tab.click('#submit')]);
  assert.ok(await tab.$('#setting-error-settings_updated'), 'saved notice');
  assert.deepEqual(JSON.parse(wp('option', 'sorot_settings')),
    { layers: ['dates', 'quotes', 'boilerplate'], theme: 'light', post_types: ['page'], summary: 'none' });
  // In the block editor: the Sorot summary block is registered, and the Sorot box is on pages now, not on posts.
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(`${site}/wp-admin/post-new.php?post_type=page`);
  await tab.waitForFunction(() => window.wp?.blocks?.getBlockType?.('sorot/summary'), null, { timeout: 30000 });
  assert.equal(await tab.evaluate(() => window.wp.blocks.getBlockType('sorot/summary').title), 'Sorot summary');
  await tab.waitForSelector('#sorot input[name="sorot_on"]', { state: 'attached' });
  assert.deepEqual(errors, []);
  await tab.goto(`${site}/wp-admin/post-new.php`);
  await tab.waitForFunction(() => window.wp?.blocks?.getBlockType?.('core/paragraph'), null, { timeout: 30000 });
  assert.equal(await tab.$('#sorot'), null, 'no Sorot box on posts');
  await tab.goto(`${site}/wp-admin/plugins.php`);
  assert.ok(await tab.$('a[href$="options-general.php?page=sorot"]'), 'a Settings link beside the plugin');
  await context.close();
  wp('option', 'sorot_settings', 'null');
});

test("the editor's Sorot box: shows the post's switch and saves it", () => {
  const other = post({ title: 'Saklar', content: blocks('Kim Jong Un tiba di Moskow.') });
  const offNow = JSON.parse(wp('meta-box', String(other), 'off'));
  assert.match(offNow.box, /<input type="checkbox" name="sorot_on" value="1" checked='checked'>/, 'ticked by default');
  assert.equal(offNow.off, '1', 'unticked and saved: off');
  const onAgain = JSON.parse(wp('meta-box', String(other), 'on'));
  assert.doesNotMatch(onAgain.box, /checked/, 'the box showed it off');
  assert.equal(onAgain.off, '', 'ticked and saved: on (the meta is gone)');
});

test('a classic theme (Twenty Twenty-One) with the Sorot summary widget in its sidebar', async () => {
  wp('theme', 'twentytwentyone');
  wp('widget', 'sidebar-1', JSON.stringify({ title: 'Dalam berita ini' }));
  wp('option', 'sorot_settings', JSON.stringify({ summary: 'none' }));
  try {
    const { page: tab, context, seen } = await open(`/?p=${article}`);
    assert.equal(await tab.$eval('sorot-article', (a) => a.state), 'done');
    assert.equal(await tab.$eval('sorot-article', (a) => a.textContent), await readerText(`/?p=${article}`, 'sorot-article'));
    const widget = await tab.$eval('.widget_sorot_summary', (w) => ({
      title: w.querySelector('.widget-title')?.textContent,
      people: [...w.querySelectorAll('sorot-summary li[data-label="PER"] .sorot-summary-name')].map((n) => n.textContent),
    }));
    assert.equal(widget.title, 'Dalam berita ini');
    assert.ok(widget.people.includes('Kim Jong Un'), `widget people: ${widget.people}`);
    assert.deepEqual(seen.errors, []);
    await context.close();
    // On the home page the widget shows nothing (no highlighted post there).
    assert.equal((await html('/')).includes('widget_sorot_summary'), false);
  } finally {
    wp('option', 'sorot_settings', 'null');
    wp('theme', 'twentytwentythree');
  }
});

test('deactivated: the post page is byte-identical to before activation', async () => {
  // The other test posts go first: the post's page links to its neighbours.
  wp('delete', ...created.filter((id) => id !== article).map(String));
  assert.match(wp('deactivate'), /^inactive$/);
  const after = await html(`/?p=${article}`);
  const firstDiff = [...after].findIndex((c, i) => c !== pageBefore[i]);
  assert.ok(after === pageBefore, `differs from character ${firstDiff}: ${JSON.stringify(after.slice(firstDiff - 80, firstDiff + 120))}`);
});

test('deleted: the uninstall routine removes the settings and every per-post switch', async () => {
  const switched = post({ title: 'Mati', content: '<p>Kim.</p>', meta: { _sorot_off: '1' } });
  wp('option', 'sorot_settings', JSON.stringify({ theme: 'dark' }));
  assert.equal(wp('uninstall'), 'uninstalled');
  assert.equal(wp('option', 'sorot_settings'), 'null');
  assert.equal(wp('meta', String(switched), '_sorot_off'), '""');
});

test('the PHP log: no warning, notice or error, and nothing at all from the plugin', async () => {
  const log = existsSync(phpLog) ? await readFile(phpLog, 'utf8') : '';
  const lines = log.split('\n').filter(Boolean);
  assert.deepEqual(lines.filter((l) => /PHP (Warning|Notice|Fatal error|Parse error|Recoverable)|WordPress database error/.test(l)), []);
  assert.deepEqual(lines.filter((l) => /plugins\/sorot\//.test(l)), []);
  // What remains are WordPress 6.1's own PHP 8.2 deprecations (its bundled Requests library), if anything.
  assert.deepEqual(lines.filter((l) => !/PHP Deprecated: .* in \S+\/wp-includes\//.test(l)), []);
});
