// (a) The packed package in Node.js: installed from the tarball into a fresh
// project, a plain Node script annotates the seed article, reading the wasm
// from the package with no network, and finds what the CLI finds.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED, VERSION, cliDocument, installedFiles, newProject, toCodePoints } from './project.mjs';

// Loaded before the script with --import: any network use fails loudly.
const NO_NETWORK = `
import net from 'node:net';
const refuse = (what) => () => { throw new Error('network used: ' + what); };
globalThis.fetch = refuse('fetch');
net.Socket.prototype.connect = refuse('socket');
`;

// node annotate.mjs <how> <texts.json>: loads the core as <how> says, prints a
// document per {text, date} of the file, and the message of each bad call.
const SCRIPT = `
import init, { initSync, Annotator, version } from 'sorot';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [how, input] = process.argv.slice(2);
const wasmPath = createRequire(import.meta.url).resolve('sorot/sorot_bg.wasm');
const loaders = {
  'init()': () => init(),
  'initSync()': () => initSync(),
  'init(bytes)': () => init({ module_or_path: readFileSync(wasmPath) }),
  'init(path)': () => init(wasmPath),
  'initSync({module: WebAssembly.Module})': () => initSync({ module: new WebAssembly.Module(readFileSync(wasmPath)) }),
};
await loaders[how]();
const annotator = new Annotator();
const docs = JSON.parse(readFileSync(input, 'utf8')).map(({ text, date }) => annotator.annotate(text, { date }));
const errors = [];
for (const options of [{ date: '2023-02-30' }, { layers: ['entities', 'gossip'] }]) {
  try { annotator.annotate('Presiden Joko Widodo tiba.', options); errors.push(null); } catch (e) { errors.push(e instanceof Error && e.message); }
}
console.log(JSON.stringify({ version: version(), docs, errors }));
`;

// The texts: the seed article, and the same after a character outside the
// Basic Multilingual Plane (UTF-16 offsets then differ from the CLI's code points).
const TEXTS = [
  { name: 'seed article', text: SEED.text, date: SEED.date },
  { name: 'seed article after an emoji', text: `🔦 ${SEED.text}`, date: SEED.date },
];

let dir;
before(() => {
  dir = newProject('node', {
    'annotate.mjs': SCRIPT,
    'no-network.mjs': NO_NETWORK,
    'texts.json': JSON.stringify(TEXTS),
  });
});

test('the tarball installs the package as built: version from Cargo.toml, its files', () => {
  const manifest = JSON.parse(readFileSync(join(dir, 'node_modules/sorot/package.json'), 'utf8'));
  assert.equal(manifest.name, 'sorot');
  assert.equal(manifest.version, VERSION);
  assert.equal(manifest.type, 'module');
  assert.deepEqual(installedFiles(dir), ['LICENSE', 'README.md', 'THIRD-PARTY-LICENSES.md', 'node.d.ts', 'node.js', 'package.json', 'sorot.d.ts',
    'sorot.js', 'sorot_bg.wasm', 'widget.d.ts', 'widget.js']);
});

const LOADERS = ['init()', 'initSync()', 'init(bytes)', 'init(path)', 'initSync({module: WebAssembly.Module})'];
const cli = new Map();

for (const how of LOADERS) {
  test(`Node script, core loaded by ${how}, no network: the same documents as the CLI`, () => {
    const out = JSON.parse(execFileSync(process.execPath, ['--import', './no-network.mjs', 'annotate.mjs', how, 'texts.json'],
      { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 }));
    assert.equal(out.version, VERSION);
    TEXTS.forEach(({ name, text, date }, i) => {
      if (!cli.has(name)) cli.set(name, cliDocument(text, date));
      const want = cli.get(name);
      assert.ok(want.entities.length > 20 && want.dates.length > 0 && want.quotes.length > 0, `${name}: the CLI finds something`);
      assert.deepEqual(toCodePoints(text, out.docs[i]), want, name);
    });
    // The emoji shifts every UTF-16 offset by one more than the code-point offsets.
    const [plain, shifted] = out.docs;
    assert.equal(shifted.entities[0].start, plain.entities[0].start + 3);
    assert.deepEqual(out.errors.map((m) => typeof m === 'string' && m.length > 0), [true, true], `errors: ${out.errors}`);
    assert.match(out.errors[0], /2023-02-30/);
    assert.match(out.errors[1], /gossip/);
  });
}

test('without the node condition, fetch would be used: the guard really blocks the network', () => {
  // The browser entry (sorot/sorot.js is not exported, so import it by path)
  // fetches the wasm; under the guard that must fail, proving the guard works.
  const script = "import init from './node_modules/sorot/sorot.js'; await init();";
  assert.throws(() => execFileSync(process.execPath, ['--import', './no-network.mjs', '--input-type=module', '-e', script],
    { cwd: dir, stdio: 'pipe' }), /network used: fetch/);
});

test('sorot/widget imports in Node.js (server-side rendering) without a DOM: its API is there, nothing runs', () => {
  const script = "const w = await import('sorot/widget'); console.log(JSON.stringify(Object.keys(w).sort()));";
  const keys = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' }));
  assert.deepEqual(keys, ['SorotArticle', 'SorotSummary', 'adoptStyles', 'annotateElement', 'clear', 'configure',
    'defineElements', 'ready', 'renderSummary', 'resultOf']);
});
