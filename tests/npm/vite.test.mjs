// (b) The packed package in a bundled app: installed from the tarball into a
// fresh project whose code imports `sorot` and `sorot/widget` as any app
// would; built by Vite and served statically (also bundled by esbuild, and run
// by Vite's dev server), it shows the highlights in Chromium with no request
// to another origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import * as esbuild from 'esbuild';
import { serve } from '../e2e/server.mjs';
import { SEED, VERSION } from './project.mjs';
import { ARTICLE_HTML, assertHighlighted, browserProject, openPage } from './page.mjs';

const FILES = {
  'index.html': `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Vite app</title><link rel="icon" href="data:,">
<script type="module" src="./main.js"></script></head>
<body>
${ARTICLE_HTML}
</body></html>
`,
  'main.js': `import init, { Annotator, version } from 'sorot';
import 'sorot/widget';  // registers <sorot-article> and <sorot-summary>
import seed from './seed.json';

await init();
const doc = new Annotator().annotate(seed.text, { date: seed.date });
document.querySelector('#core').textContent = JSON.stringify(doc);
document.title = \`sorot \${version()}\`;
`,
  'seed.json': JSON.stringify(SEED),
};

const project = browserProject('vite', FILES);

const SERVE = [
  ['vite build, the output served by a static server', async () => {
    await build({ root: project.dir, configFile: false, logLevel: 'warn', build: { outDir: 'dist' } });
    const assets = readdirSync(join(project.dir, 'dist/assets'));
    const wasm = assets.filter((f) => f.endsWith('.wasm'));
    assert.equal(wasm.length, 1, `one wasm asset emitted: ${assets}`);
    assert.ok(readFileSync(join(project.dir, 'dist/assets', wasm[0])).equals(readFileSync(join(project.dir, 'node_modules/sorot/sorot_bg.wasm'))));
    const server = await serve(join(project.dir, 'dist'));
    return { url: `${server.url}/`, close: server.close };
  }],
  ['esbuild bundle, the wasm copied next to it as the README says', async () => {
    const out = join(project.dir, 'dist-esbuild');
    await esbuild.build({ entryPoints: [join(project.dir, 'main.js')], bundle: true, format: 'esm', outdir: out, logLevel: 'warning' });
    copyFileSync(join(project.dir, 'index.html'), join(out, 'index.html'));
    copyFileSync(join(project.dir, 'node_modules/sorot/sorot_bg.wasm'), join(out, 'sorot_bg.wasm'));
    const server = await serve(out);
    return { url: `${server.url}/`, close: server.close };
  }],
  ['vite dev server', async () => {
    const server = await createServer({ root: project.dir, configFile: false, logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
    await server.listen();
    return { url: server.resolvedUrls.local[0], close: () => server.close() };
  }],
];

for (const [name, start] of SERVE) {
  test(`an app importing sorot and sorot/widget: ${name}`, async () => {
    const server = await start();
    try {
      const opened = await openPage(project.browser, server.url);
      await assertHighlighted(opened, new URL(server.url).origin, name);
      assert.equal(await opened.page.title(), `sorot ${VERSION}`);
      await opened.context.close();
    } finally {
      await server.close();
    }
  });
}
