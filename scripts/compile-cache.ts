// Loaded with `node --import` before anything else (synth and the tests):
// Node.js keeps the compiled code of every module, the SDK's JavaScript and our type-stripped TypeScript alike, in an
// on-disk compile cache keyed by content, so a start does not compile or strip them again. The cache sits in this
// checkout's node_modules: the machine-wide default (os.tmpdir()/node-compile-cache) is shared with every other
// project and checkout, and there its type-stripping entries were seen to miss.
import module from "node:module";
import * as path from "node:path";

module.enableCompileCache?.(path.join(import.meta.dirname, "..", "node_modules", ".cache", "node-compile-cache"));
