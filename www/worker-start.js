// Starts the annotation worker as soon as the page is parsed, before app.js
// and its imports have loaded: the worker's module and the wasm then download
// and compile while the rest of the page loads. Events that arrive before the
// page takes the worker over are kept and handed on.

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** A new annotation worker. */
export function newWorker() {
  return new Worker(WORKER_URL, { type: 'module' });
}

let first = newWorker();
const early = [];
first.onmessage = (event) => early.push(['message', event]);
first.onerror = (event) => early.push(['error', event]);

/**
 * The worker started with the page (a new one if it was already taken),
 * with `onMessage` and `onError` attached and any early events replayed.
 */
export function takeWorker(onMessage, onError) {
  const worker = first || newWorker();
  const pending = first ? early.splice(0) : [];
  first = null;
  worker.onmessage = onMessage;
  worker.onerror = onError;
  for (const [kind, event] of pending) (kind === 'message' ? onMessage : onError)(event);
  return worker;
}
