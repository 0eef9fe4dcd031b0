// Runs the annotator off the main thread so a huge paste never freezes the page.
import init, { Annotator } from './pkg/sorot.js';

let annotator = null;
const ready = init().then(() => {
  annotator = new Annotator();
  postMessage({ ready: true });
});

self.onmessage = async (event) => {
  const { id, text, options } = event.data;
  try {
    await ready;
    const t0 = performance.now();
    const doc = annotator.annotate(text, options);
    postMessage({ id, doc, ms: performance.now() - t0 });
  } catch (err) {
    // A trap (RuntimeError) leaves the module unusable: tell the page to start a new worker.
    postMessage({ id, error: String((err && err.message) || err), fatal: err instanceof WebAssembly.RuntimeError });
  }
};
