// Reading the config the Pulumi CLI hands the program: the stack's keys with the CLI's secret marks, and the
// standard `kubernetes:` settings.
import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as pulumi from "@pulumi/pulumi";
import { ConfigError } from "../stacks/config.ts";
import { loadKubernetesSettings, loadStackConfig } from "../stacks/load-config.ts";

const S3 = { "mesh-observability:tempo": JSON.stringify({ storage: { backend: "s3", bucket: "traces", endpoint: "minio:9000" } }) };
const KEYS = { "mesh-observability:tempoStorageAccessKey": "AK", "mesh-observability:tempoStorageSecretKey": "SK" };

describe("loadStackConfig", () => {
    it("takes the keys the CLI marks secret as secret", async () => {
        pulumi.runtime.setAllConfig({ ...S3, ...KEYS }, Object.keys(KEYS));
        const credentials = loadStackConfig().objectStorageCredentials;
        assert.ok(credentials);
        assert.equal(await pulumi.isSecret(credentials.accessKey), true);
    });
    it("refuses a secret key the CLI stores in plain text", () => {
        pulumi.runtime.setAllConfig({ ...S3, ...KEYS }, ["mesh-observability:tempoStorageSecretKey"]);
        assert.throws(
            () => loadStackConfig(),
            (err: unknown) =>
                err instanceof ConfigError &&
                err.problems.join("\n") === "mesh-observability:tempoStorageAccessKey: stored in plain text; set it with `pulumi config set --secret tempoStorageAccessKey <value>`",
        );
    });
});

describe("loadKubernetesSettings", () => {
    it("reads kubernetes:context and kubernetes:kubeconfig", () => {
        pulumi.runtime.setAllConfig({ "kubernetes:context": "kind-dev", "kubernetes:kubeconfig": "/home/me/.kube/lab" });
        assert.deepEqual(loadKubernetesSettings(), { context: "kind-dev", kubeconfig: "/home/me/.kube/lab" });
    });
    it("leaves both unset when the stack sets neither", () => {
        pulumi.runtime.setAllConfig({});
        assert.deepEqual(loadKubernetesSettings(), { context: undefined, kubeconfig: undefined });
    });
});
