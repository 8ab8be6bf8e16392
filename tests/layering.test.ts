// The house: every import points down. From the top:
//   stacks/, index.ts, policy/, the CLI scripts (synth, summary, lb-range, …)  read the config, build the platform
//   components/                                                              one add-on per file
//   crds/, and the scripts components mount into Pods or import types from   below the components (the scripts: each other only)
//   model/                                                                   the domain vocabulary: types and pure values
// This test reads every import specifier (static, type-only, re-exports, dynamic `import()`) of the three lower floors
// and of the scripts the components use, resolves the relative ones, and fails on one that reaches a floor above.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { ADMISSION_PROBE_SCRIPT } from "../components/admission-probe.ts";
import { GRAFANA_VIEWER_SCRIPT } from "../components/grafana-viewer.ts";
import { TRACE_CHECK_FILES } from "../components/trace-check.ts";

const root = path.resolve(import.meta.dirname, "..");

type Floor = "model" | "crds" | "scripts below" | "components" | "above";

/** Every import specifier of a TypeScript source, as the compiler's pre-processor reads it. */
function importSpecifiers(source: string): string[] {
    return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

const tsFiles = (dir: string): string[] =>
    fs
        .readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".ts"))
        .map((f) => path.join(dir, f));

/** Repository paths of the scripts the components import (types, pure parts) or mount into Pods by path. */
function scriptsBelow(): Set<string> {
    const mounted = [...TRACE_CHECK_FILES.map((f) => path.join("scripts", f)), ADMISSION_PROBE_SCRIPT, GRAFANA_VIEWER_SCRIPT];
    const imported = tsFiles("components").flatMap((file) =>
        importSpecifiers(fs.readFileSync(path.join(root, file), "utf8"))
            .filter((s) => s.startsWith("."))
            .map((s) => path.relative(root, path.resolve(root, path.dirname(file), s))),
    );
    return new Set([...mounted.map((f) => path.relative(root, path.resolve(root, f))), ...imported].filter((f) => f.startsWith("scripts/")));
}

const below = scriptsBelow();

function floorOf(file: string): Floor {
    if (file.startsWith("model/")) return "model";
    if (file.startsWith("crds/")) return "crds";
    if (below.has(file)) return "scripts below";
    if (file.startsWith("components/")) return "components";
    return "above";
}

/** Where each lower floor may import from (relative imports; packages and node: built-ins are not floors). */
const ALLOWED: Readonly<Record<Exclude<Floor, "above">, readonly Floor[]>> = {
    model: ["model"],
    crds: ["crds", "model"],
    "scripts below": ["scripts below"], // a Pod holds just their files
    components: ["components", "crds", "scripts below", "model"],
};

/** `file: specifier → target (floor)` for every relative import of a lower-floor file that reaches a floor it may not. */
function upwardImports(): string[] {
    const files = [...tsFiles("model"), ...tsFiles("crds"), ...below, ...tsFiles("components")];
    return files.flatMap((file) => {
        const from = floorOf(file);
        if (from === "above") return [];
        return importSpecifiers(fs.readFileSync(path.join(root, file), "utf8"))
            .filter((s) => s.startsWith("."))
            .map((s) => ({ s, target: path.relative(root, path.resolve(root, path.dirname(file), s)) }))
            .filter(({ target }) => !ALLOWED[from].includes(floorOf(target)))
            .map(({ s, target }) => `${file}: ${s} → ${target} (${floorOf(target)})`);
    });
}

describe("layering: imports point down", () => {
    it("reads static, type-only, re-exported and dynamic imports", () =>
        assert.deepEqual(
            importSpecifiers(`import a from "./a.ts";\nimport type { B } from "../b.ts";\nexport { C } from "./c.ts";\nconst d = await import("./d.ts");`),
            ["./a.ts", "../b.ts", "./c.ts", "./d.ts"],
        ));

    it("knows the scripts the components use", () =>
        assert.deepEqual([...below].sort(), ["scripts/admission-probe.ts", "scripts/grafana-viewer.ts", "scripts/script-result.ts", "scripts/trace-check-lib.ts", "scripts/trace-check.ts"]));

    it("has no import from components/, crds/, model/ or the scripts they use into a floor above", () => assert.deepEqual(upwardImports(), []));

});
