// The package's TypeScript types, as a TypeScript user resolves them from the
// installed tarball: the browser types (bundler resolution: `types` then
// `default` of `exports`) and the Node.js types (node16 resolution: the
// `node` condition). Each file also holds misuses marked @ts-expect-error,
// so types that accepted anything would fail the check.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO, newProject } from './project.mjs';

const TSC = join(REPO, 'node_modules/.bin/tsc');

const BROWSER = `import init, { Annotator, initSync, version, type SorotDocument, type SorotEntity } from 'sorot';
import { annotateElement, clear, configure, renderSummary, type SorotResult } from 'sorot/widget';

await init();
const doc: SorotDocument = new Annotator().annotate('Presiden Joko Widodo tiba.', { date: '2023-09-12', layers: ['entities'] });
const people: SorotEntity[] = doc.entities.filter((e) => e.label === 'PER');
const v: string = version();
configure({ wasmUrl: new URL('/static/sorot_bg.wasm', location.href) });
const article = document.querySelector('sorot-article');      // SorotArticle, through HTMLElementTagNameMap
if (article) {
  const result: SorotResult | null = await article.refresh();
  renderSummary(document.querySelector('sorot-summary')!, result);
  const again: SorotResult = await annotateElement(article, { date: null, layers: 'entities,dates' });
  clear(again.element);
  article.addEventListener('sorot-error', (e) => console.log(e.detail));
}
document.addEventListener('sorot-annotated', (e) => console.log(e.detail.document.quotes.length, people, v));
// @ts-expect-error: not a layer
new Annotator().annotate('x', { layers: ['gossip'] });
// @ts-expect-error: the browser entry's initSync needs the module
initSync();
// @ts-expect-error: the state is read-only
if (article) article.state = 'done';
`;

const NODE = `import init, { initSync, Annotator, type SorotDocument } from 'sorot';

await init();
initSync();
await init('/srv/sorot_bg.wasm');
const doc: SorotDocument = new Annotator().annotate('Presiden Joko Widodo tiba.', {});
console.log(doc.dates.map((d) => d.value));
// @ts-expect-error: the text is a string
new Annotator().annotate(42, {});
`;

const config = (moduleResolution, files, lib) => JSON.stringify({
  compilerOptions: { target: 'es2022', module: moduleResolution === 'bundler' ? 'esnext' : 'node16', moduleResolution,
    lib, strict: true, noEmit: true, skipLibCheck: false, types: [] },
  files,
});

let dir;
before(() => {
  dir = newProject('types', {
    'browser.ts': BROWSER,
    'node.ts': NODE,
    'tsconfig.browser.json': config('bundler', ['browser.ts'], ['esnext', 'dom', 'dom.iterable']),
    'tsconfig.node.json': config('node16', ['node.ts'], ['esnext', 'dom']),
  });
});

const CASES = [
  ['the browser types (bundler resolution): core, widget, elements, events', 'tsconfig.browser.json', 'sorot.d.ts'],
  ['the Node.js types (node16 resolution): init() and initSync() with no argument', 'tsconfig.node.json', 'node.d.ts'],
];

for (const [name, tsconfig, typesFile] of CASES) {
  test(`TypeScript checks ${name}`, () => {
    const run = () => execFileSync(TSC, ['-p', tsconfig, '--traceResolution'], { cwd: dir, encoding: 'utf8' });
    let trace;
    try {
      trace = run();
    } catch (e) {
      assert.fail(`tsc -p ${tsconfig}:\n${(e.stdout || '').split('\n').filter((l) => /error TS/.test(l)).join('\n')}`);
    }
    assert.match(trace, new RegExp(`Module name 'sorot' was successfully resolved to '[^']*node_modules/sorot/${typesFile.replace('.', '\\.')}'`));
  });
}
