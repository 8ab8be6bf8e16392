// Loaded with `node --import` before anything else (synth and the tests):
// Node.js keeps the compiled code of every module, the SDK's JavaScript and our type-stripped TypeScript alike, in its
// on-disk compile cache (os.tmpdir()/node-compile-cache, keyed by content), so a start does not compile them again.
import module from "node:module";

module.enableCompileCache?.();
