// The node log collectors under Pod Security admission: the pod the operator makes from the OpenTelemetryCollector,
// judged by Kubernetes' own checks (k8s.io/pod-security-admission v0.34.0, tests/support/pod-security) at the level its
// namespace enforces in the desired state, on clusters whose default level is baseline or restricted.
// Needs a Go toolchain (tests/support/go.ts); without one the tests are skipped, saying so.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { LOG_COLLECTOR_NAME } from "../components/log-shipping.ts";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { parseStackConfig, PROJECT } from "../stacks/config.ts";
import { buildPlatform } from "../stacks/platform.ts";
import { at, Harness, type Registrations, type ResourceRecord } from "./harness.ts";
import { buildGoProgram, type GoProgram, skipWithoutGo } from "./support/go.ts";

const root = path.resolve(import.meta.dirname, "..");
const COLLECTOR = "kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector";

interface Admission {
    readonly level: string;
    readonly allowed: boolean;
    readonly forbidden: string[];
}

/**
 * The DaemonSet pod the operator v0.158.0 makes from a collector CR, in what Pod Security judges: the CR's volumes
 * after the config's ConfigMap volume (internal/manifests/collector/volume.go), one container with the CR's
 * securityContext and its volume mounts, ports without host ports (container.go: hostPort only from spec.ports), the
 * pod's securityContext, hostNetwork, hostPID (daemonset.go).
 */
function operatorPod(cr: ResourceRecord): Record<string, unknown> {
    const spec = at(cr.inputs, "spec") as Record<string, unknown>;
    return {
        metadata: { name: `${String(at(cr.inputs, "metadata.name"))}-collector-abcde`, namespace: at(cr.inputs, "metadata.namespace") },
        spec: {
            volumes: [{ name: "otc-internal", configMap: { name: `${String(at(cr.inputs, "metadata.name"))}-collector-0123abcd` } }, ...((spec.volumes as unknown[] | undefined) ?? [])],
            containers: [
                {
                    name: "otc-container",
                    image: "ghcr.io/open-telemetry/opentelemetry-collector-releases/opentelemetry-collector-k8s:0.158.0",
                    securityContext: spec.securityContext,
                    volumeMounts: spec.volumeMounts,
                    ports: [{ name: "metrics", containerPort: 8888 }],
                },
            ],
            ...(spec.podSecurityContext ? { securityContext: spec.podSecurityContext } : {}),
            hostNetwork: spec.hostNetwork ?? false,
            hostPID: spec.hostPID ?? false,
        },
    };
}

/** A namespace's labels as the cluster ends up with them: the Namespace's own, then any NamespacePatch of it. */
function namespaceLabels(stack: Registrations<unknown>, name: string): Record<string, string> {
    const objects = [...stack.ofType("kubernetes:core/v1:Namespace"), ...stack.ofType("kubernetes:core/v1:NamespacePatch")].filter((r) => at(r.inputs, "metadata.name") === name);
    assert.ok(objects.length > 0, `no namespace ${name}`);
    return Object.assign({}, ...objects.map((r) => (at(r.inputs, "metadata.labels") as Record<string, string> | undefined) ?? {})) as Record<string, string>;
}

let harness: Harness;
before(async () => (harness = await Harness.create()));

describe("the collectors' namespace", () => {
    it("opens to privileged pods only while node log collectors run there", async () => {
        const files = loadStackConfigFiles(root, "dev");
        const build = (logs: string) => harness.run(() => buildPlatform(parseStackConfig({ ...files.config, [`${PROJECT}:logs`]: logs }, new Set(files.secretKeys))));
        const shipping = await build(JSON.stringify({ backend: "loki" }));
        const none = await build(JSON.stringify({ backend: "none" }));
        assert.equal(namespaceLabels(shipping, "observability")["pod-security.kubernetes.io/enforce"], "privileged");
        assert.equal(none.ofType(COLLECTOR).some((cr) => at(cr.inputs, "metadata.name") === LOG_COLLECTOR_NAME), false);
        assert.equal(namespaceLabels(none, "observability")["pod-security.kubernetes.io/enforce"], undefined);
    });
});

for (const platform of ["generic", "openshift"]) {
    describe(`the node log collectors under Pod Security admission (dev, clusterPlatform ${platform})`, { skip: skipWithoutGo }, () => {
        let admission: GoProgram;
        let pod: Record<string, unknown>;
        let labels: Record<string, string>;
        before(async () => {
            admission = buildGoProgram("pod-security");
            const files = loadStackConfigFiles(root, "dev");
            const config = parseStackConfig({ ...files.config, [`${PROJECT}:clusterPlatform`]: platform }, new Set(files.secretKeys));
            assert.equal(config.logs.backend, "loki", "the dev stack ships logs");
            const stack = await harness.run(() => buildPlatform(config));
            const collector = stack.ofType(COLLECTOR).find((cr) => at(cr.inputs, "metadata.name") === LOG_COLLECTOR_NAME) as ResourceRecord;
            pod = operatorPod(collector);
            labels = namespaceLabels(stack, String(at(collector.inputs, "metadata.namespace")));
        });
        after(() => fs.rmSync(admission.dir, { recursive: true, force: true }));

        for (const defaultLevel of ["baseline", "restricted"]) {
            it(`are admitted where the cluster's default level is ${defaultLevel}`, () => {
                const result = admission.run<Admission>({ namespaceLabels: labels, defaultLevel, pod });
                assert.deepEqual(result, { level: "privileged", allowed: true, forbidden: [] });
            });
        }
        it("need that level: baseline refuses them, for the host paths and nothing else this platform does not need", () => {
            const result = admission.run<Admission>({ namespaceLabels: { ...labels, "pod-security.kubernetes.io/enforce": "baseline" }, defaultLevel: "privileged", pod });
            const expected = ['hostPath volumes (volumes "pod-logs", "state")', ...(platform === "openshift" ? ['seLinuxOptions (container "otc-container" set forbidden securityContext.seLinuxOptions: type "spc_t")'] : [])];
            assert.deepEqual(result.forbidden, expected);
        });
    });
}
