// Helpers of the npm package tests: the packed tarball (scripts/build-npm),
// fresh projects under target/npm-test/ that install it, the seed article,
// and what the CLI finds in it (the reference the package must agree with).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const VERSION = /^version = "([^"]+)"/m.exec(readFileSync(join(REPO, 'Cargo.toml'), 'utf8'))[1];
export const TARBALL = join(REPO, 'target/npm', `sorot-${VERSION}.tgz`);
export const SEED = JSON.parse(readFileSync(join(REPO, 'tests/fixtures/seed-article.json'), 'utf8'));
/** The CLI binary (scripts/test-npm builds it; `cargo build --bin sorot`). */
const CLI = process.env.SOROT_CLI || join(REPO, 'target/debug/sorot');

/**
 * A new project directory under target/npm-test/ with `files` (path → text)
 * and the tarball installed as a dependency, as a user would: `npm install
 * sorot-<version>.tgz` (offline: the package has no dependencies).
 */
export function newProject(name, files = {}) {
  const base = join(REPO, 'target/npm-test');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, `${name}-`));
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name, private: true, type: 'module' }, null, 2)}\n`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', TARBALL],
    { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

/** Files of the installed package, as npm unpacked them. */
export const installedFiles = (dir) => readdirSync(join(dir, 'node_modules/sorot')).sort();

/** The browser's tagger model (wasm builds embed it; the CLI embeds the larger native one). */
const WEB_MODEL = join(REPO, 'data/model/entity-tagger-web.bin');

/**
 * The CLI's JSON for `text` (offsets in code points); all layers unless
 * `layers` names some. Run with the browser's tagger model, so that the same
 * core with the same model must give the same document.
 */
export function cliDocument(text, date, layers = null) {
  const args = ['annotate', '--date', date, '--model', WEB_MODEL, ...(layers ? ['--layers', layers] : [])];
  const out = execFileSync(CLI, args, { input: text, encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out);
}

/** A JS document's spans with offsets converted from UTF-16 code units to code points (the CLI's unit). */
export function toCodePoints(text, doc) {
  const cp = (i) => [...text.slice(0, i)].length;
  const conv = (s) => (s ? { ...s, start: cp(s.start), end: cp(s.end) } : s);
  return {
    ...doc,
    entities: doc.entities.map(conv),
    dates: doc.dates.map(conv),
    boilerplate: doc.boilerplate.map(conv),
    quotes: doc.quotes.map((q) => ({ ...conv(q), speakerSpan: conv(q.speakerSpan), cueSpan: conv(q.cueSpan), referenceSpan: conv(q.referenceSpan) })),
  };
}

/** The seed article as HTML paragraphs (one per line), HTML-escaped. */
export function seedParagraphs(text = SEED.text) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text.split('\n').map((line) => `<p>${esc(line)}</p>`).join('\n');
}

/** The (label, text) pairs of the CLI's entities, sorted, for comparing with highlights on a page. */
export function entityPairs(doc) {
  return doc.entities.map((e) => `${e.label} ${e.text}`).sort();
}
