// Types of the Node.js entry: as sorot.d.ts, but the wasm argument is optional
// for both loaders (the package's own sorot_bg.wasm is read by default) and
// may be a file path.
import type { InitInput, InitOutput, SyncInitInput } from './sorot.js';
export * from './sorot.js';

/** Loads the WebAssembly core once; without an argument, from the package directory (no network). */
export default function init(
  module_or_path?: { module_or_path: InitInput | string | Promise<InitInput> } | InitInput | string | Promise<InitInput>,
): Promise<InitOutput>;

/** Loads the WebAssembly core synchronously; without an argument, from the package directory. */
export function initSync(module?: { module: SyncInitInput | string | URL } | SyncInitInput | string | URL): InitOutput;
