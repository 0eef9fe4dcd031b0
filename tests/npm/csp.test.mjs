// (c) The packed package in a plain HTML page: installed from the tarball
// into a fresh project, the page loads the widget straight from
// node_modules with one <script type="module"> (and a module of its own uses
// the core from there too), served under the strict CSP of docs/widget.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../e2e/server.mjs';
import { SEED } from './project.mjs';
import { ARTICLE_HTML, assertHighlighted, browserProject, openPage } from './page.mjs';

// docs/widget.md: script-src 'self' 'wasm-unsafe-eval', connect-src 'self', nothing inline.
const STRICT_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; "
  + "connect-src 'self'; base-uri 'none'; object-src 'none'; form-action 'none'";
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types 'none'";

const FILES = {
  'index.html': `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Plain page</title>
<script type="module" src="./node_modules/sorot/widget.js"></script>
<script type="module" src="./core.js"></script></head>
<body>
${ARTICLE_HTML}
</body></html>
`,
  'core.js': `import init, { Annotator } from './node_modules/sorot/sorot.js';
const seed = await (await fetch('./seed.json')).json();
await init();
document.querySelector('#core').textContent = JSON.stringify(new Annotator().annotate(seed.text, { date: seed.date }));
`,
  'seed.json': JSON.stringify(SEED),
  'favicon.ico': '',  // the browser asks for it; a 404 would be logged as an error
};

const project = browserProject('plain', FILES);

const POLICIES = [
  ['the strict Content-Security-Policy', STRICT_CSP],
  ['the strict Content-Security-Policy with Trusted Types enforced', `${STRICT_CSP}; ${TRUSTED_TYPES}`],
];

for (const [name, policy] of POLICIES) {
  test(`a plain HTML page using the widget from node_modules works under ${name}`, async () => {
    const server = await serve(project.dir, () => ({ 'content-security-policy': policy }));
    try {
      const opened = await openPage(project.browser, `${server.url}/index.html`);
      assert.equal(opened.response.headers()['content-security-policy'], policy);
      await assertHighlighted(opened, server.url, name);
      assert.ok(opened.requests.includes(`${server.url}/node_modules/sorot/sorot_bg.wasm`), 'the wasm from node_modules');
      // The policy really is enforced on this page: an inline script does not run.
      const inlineRan = await opened.page.evaluate(() => {
        try {
          const s = document.createElement('script');
          s.textContent = 'window.__inline = 1';
          document.body.append(s);
        } catch { /* Trusted Types refuse the assignment */ }
        return window.__inline === 1;
      });
      assert.equal(inlineRan, false);
      await opened.context.close();
    } finally {
      await server.close();
    }
  });
}
