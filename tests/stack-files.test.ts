import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";

const root = path.resolve(import.meta.dirname, "..");

describe("stack config files", () => {
    it("takes project defaults from Pulumi.yaml", () => {
        const { config } = loadStackConfigFiles(root, "x", path.join(import.meta.dirname, "fixtures/Pulumi.secrets.yaml"));
        assert.equal(config["mesh-observability:meshMode"], "sidecar");
        assert.equal(config["mesh-observability:ingressNginx"], "true");
    });
    it("lets the stack file override a default", () => {
        const { config } = loadStackConfigFiles(root, "x", path.join(import.meta.dirname, "fixtures/Pulumi.secrets.yaml"));
        assert.equal(config["mesh-observability:samplingPercent"], "10");
    });
    it("passes objects as JSON, as the CLI does", () => {
        const { config } = loadStackConfigFiles(root, "dev");
        assert.deepEqual(JSON.parse(config["mesh-observability:tempo"]), { mode: "monolithic", retention: "24h", storage: { backend: "local" } });
    });
    it("stands secure values in as secret placeholders", () => {
        const { config, secretKeys } = loadStackConfigFiles(root, "x", path.join(import.meta.dirname, "fixtures/Pulumi.secrets.yaml"));
        assert.equal(config["mesh-observability:tempoStorageSecretKey"], "[secret]");
        assert.deepEqual(secretKeys, ["mesh-observability:tempoStorageAccessKey", "mesh-observability:tempoStorageSecretKey"]);
    });
    it("keeps an unquoted date as its text, as the CLI's YAML parser does (no Date, no timestamp parsing)", (t) => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stack-files-"));
        t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
        const file = path.join(dir, "Pulumi.x.yaml");
        fs.writeFileSync(file, "config:\n  mesh-observability:logs:\n    schemaPeriods:\n      - { from: 2026-10-01, objectStore: s3 }\n");
        assert.deepEqual(JSON.parse(loadStackConfigFiles(root, "x", file).config["mesh-observability:logs"]), { schemaPeriods: [{ from: "2026-10-01", objectStore: "s3" }] });
    });
    it("reads the project name", () => assert.equal(loadStackConfigFiles(root, "dev").project, "mesh-observability"));
});
