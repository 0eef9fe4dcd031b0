// The package's entry in Node.js (the `node` condition of its `exports`):
// the same module as sorot.js, but init() and initSync() read the WebAssembly
// file from the package directory by default, with no network and no fetch
// (Node's fetch cannot read file: URLs). A file: URL or a path is read from
// disk; bytes, a WebAssembly.Module or a Response go to the browser entry.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import initWeb, { initSync as initSyncWeb } from './sorot.js';

export * from './sorot.js';

const WASM = new URL('./sorot_bg.wasm', import.meta.url);

/** The argument's source, whether passed bare or as `{module_or_path}` / `{module}`. */
function sourceOf(input, key) {
  return input !== null && typeof input === 'object' && Object.getPrototypeOf(input) === Object.prototype ? input[key] : input;
}

/** A file to read for `source` (a file: URL, or a string that is not a URL), else null. */
function fileOf(source) {
  if (source === undefined) return fileURLToPath(WASM);
  if (source instanceof URL) return source.protocol === 'file:' ? fileURLToPath(source) : null;
  if (typeof source === 'string') {
    if (source.startsWith('file:')) return fileURLToPath(source);
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(source) ? null : source;
  }
  return null;
}

/**
 * Loads the WebAssembly core once; without an argument, from this package.
 * @param {unknown} [input] as the browser entry's init, or a file path
 */
export default async function init(input) {
  const source = await sourceOf(input, 'module_or_path');
  const file = fileOf(source);
  return initWeb({ module_or_path: file === null ? source : await readFile(file) });
}

/**
 * Loads the WebAssembly core synchronously; without an argument, from this package.
 * @param {unknown} [input] bytes, a WebAssembly.Module, a file path or file: URL
 */
export function initSync(input) {
  const source = sourceOf(input, 'module');
  const file = fileOf(source);
  return initSyncWeb({ module: file === null ? source : readFileSync(file) });
}
