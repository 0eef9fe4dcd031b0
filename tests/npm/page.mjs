// What the npm package tests check on a page in Chromium: the seed article in
// <sorot-article> highlighted as the CLI annotates it, the summary box
// filled, the text unchanged, and no request to any other origin.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from '../e2e/browser.mjs';
import { SEED, cliDocument, entityPairs, newProject, seedParagraphs, toCodePoints } from './project.mjs';

/** The body of a page holding the seed article and its summary box. */
export const ARTICLE_HTML = `<sorot-article id="story" date="${SEED.date}">
${seedParagraphs()}
</sorot-article>
<sorot-summary for="story"></sorot-summary>
<pre id="core"></pre>`;

/** Before a file's tests: a new project with `files` (see newProject) and Chromium, closed after them. */
export function browserProject(name, files) {
  const project = { dir: null, browser: null };
  before(async () => {
    project.dir = newProject(name, files);
    project.browser = await launch();
  });
  after(() => project.browser?.close());
  return project;
}

/** Opens `url` in a fresh context, recording every request, error and CSP violation. */
export async function openPage(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => problems.push(`failed ${r.url()}`));
  page.on('pageerror', (e) => problems.push(`page error ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()} ${m.text()}`); });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(url);
  await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector('sorot-article')?.state));
  return { context, page, response, requests, problems };
}

/**
 * Asserts the article was highlighted as the CLI annotates the seed article,
 * the core's document in #core is the CLI's, and no request went to another origin.
 */
export async function assertHighlighted({ page, requests, problems }, origin, what) {
  assert.equal(await page.$eval('sorot-article', (a) => a.state), 'done', what);
  // Each highlight as the reader sees it: its pieces (one per text node it crosses) joined.
  const highlights = await page.$$eval('sorot-article [data-sorot]', (marks) => {
    const byId = new Map();
    for (const m of marks) {
      if (!byId.has(m.dataset.sorot)) byId.set(m.dataset.sorot, { label: m.dataset.label, text: '' });
      byId.get(m.dataset.sorot).text += m.textContent;
    }
    return [...byId.values()];
  });
  const entities = highlights.filter((h) => ['PER', 'ORG', 'LOC'].includes(h.label)).map((h) => `${h.label} ${h.text}`).sort();
  // The widget's default layers: entities in a "Baca juga" line are highlighted too.
  const cli = cliDocument(SEED.text, SEED.date, 'entities,dates,quotes');
  assert.deepEqual(entities, entityPairs(cli), `${what}: entity highlights`);
  assert.equal(highlights.filter((h) => h.label === 'DATE').length, cli.dates.length, `${what}: date highlights`);
  assert.equal(highlights.filter((h) => h.label === 'QUOTE').length, cli.quotes.length, `${what}: quote highlights`);
  assert.equal(await page.$eval('sorot-article', (a) => a.textContent.trim()), SEED.text.trim(), `${what}: article text unchanged`);
  // The default stylesheet is applied (adopted by the widget module).
  assert.notEqual(await page.$eval('mark[data-label="PER"]', (m) => getComputedStyle(m).backgroundColor), 'rgba(0, 0, 0, 0)');
  // The summary box lists the article's people.
  const summary = await page.$eval('sorot-summary', (s) => s.textContent);
  for (const c of cli.clusters.filter((k) => k.label === 'PER')) assert.ok(summary.includes(c.name), `${what}: ${c.name} in the summary`);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], `${what}: CSP violations`);
  assert.deepEqual(problems, [], `${what}: errors`);
  // The page's own module annotated the seed article with the core into #core: the CLI's document.
  await page.waitForFunction(() => document.querySelector('#core').textContent !== '');
  const core = JSON.parse(await page.textContent('#core'));
  assert.deepEqual(toCodePoints(SEED.text, core), cliDocument(SEED.text, SEED.date), `${what}: the core's document`);
  const network = requests.filter((u) => !u.startsWith('data:'));
  assert.ok(network.some((u) => u.endsWith('.wasm')), `${what}: the wasm was loaded`);
  assert.deepEqual(network.filter((u) => new URL(u).origin !== origin), [], `${what}: requests to another origin`);
}
