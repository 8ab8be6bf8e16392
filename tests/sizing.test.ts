// Sizing as data: the profiles, how a stack overrides them, how each chart receives them, and what prod runs.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import * as pulumi from "@pulumi/pulumi";
import { certManagerSizingValues } from "../components/cert-manager.ts";
import { RELEASE_TIMEOUT_SECONDS } from "../components/helm.ts";
import { controllerSizingValues } from "../components/ingress-nginx.ts";
import { gatewayValues, istiodSizingValues } from "../components/istio/values.ts";
import { kialiSizingValues } from "../components/kiali.ts";
import { monitoringSizingValues, LAB_MONITORING_SIZING, retentionSize } from "../components/kube-prometheus-stack.ts";
import { collectorWorkload, durableQueue, planQueues } from "../components/opentelemetry.ts";
import { parseQuantity, PROFILE_LOADS, PROFILES, resolveSizing, resourceRequirements, SIZED_COMPONENTS, STORAGE_COMPONENTS } from "../components/sizing.ts";
import { distributedSizingValues, LAB_TEMPO_SIZING } from "../components/tempo.ts";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { ConfigError, parseStackConfig } from "../stacks/config.ts";
import { buildPlatform } from "../stacks/platform.ts";
import { AWAIT_TIMEOUTS, awaitTimeouts, keepCustomResourceDefinitions } from "../stacks/timeouts.ts";
import { at, Harness, type Registrations } from "./harness.ts";

const root = path.resolve(import.meta.dirname, "..");
const replicated = { ...PROFILES.production.istiod, replicas: 3 };
const single = PROFILES.lab.istiod;

function problemsOf(sizing: unknown): readonly string[] {
    try {
        parseStackConfig({ "mesh-observability:sizing": JSON.stringify(sizing) });
    } catch (err) {
        assert.ok(err instanceof ConfigError);
        return err.problems;
    }
    return [];
}

describe("sizing profiles", () => {
    it("size every component in both profiles, with requests and a memory limit", () => {
        for (const profile of ["lab", "production"] as const) {
            assert.deepEqual(Object.keys(PROFILES[profile]).sort(), [...SIZED_COMPONENTS].sort());
            for (const [component, sizing] of Object.entries(PROFILES[profile])) {
                assert.ok(sizing.requests.cpu && sizing.requests.memory && sizing.limits.memory, `${profile}.${component}`);
            }
        }
    });
    it("run two or more replicas in production of everything on a request path", () => {
        for (const component of ["istiod", "istioGateway", "collector", "samplingCollector", "tempoDistributor", "tempoQuerier", "tempoQueryFrontend", "grafana", "kiali", "loki"] as const) {
            assert.ok(PROFILES.production[component].replicas >= 2, component);
        }
        assert.ok(PROFILES.production.tempoIngester.replicas >= 3, "three ingesters: replication factor 3 tolerates one down");
    });
    it("give every component with a volume a size, and no other component one, in both profiles", () => {
        const bytes = (quantity: string) => Number(/^(\d+)(Mi|Gi)$/.exec(quantity)?.[1] ?? 0) * (quantity.endsWith("Gi") ? 1024 : 1);
        for (const profile of ["lab", "production"] as const) {
            for (const component of SIZED_COMPONENTS) {
                const storage = PROFILES[profile][component].storage;
                if (STORAGE_COMPONENTS.includes(component)) assert.ok(storage !== undefined && bytes(storage) > 0, `${profile}.${component}: ${storage}`);
                else assert.equal(storage, undefined, `${profile}.${component}`);
            }
        }
    });
    it("give production at least the lab's volume everywhere", () => {
        const gi = (quantity = "0Gi") => Number(quantity.replace(/Gi$/, ""));
        for (const component of STORAGE_COMPONENTS) assert.ok(gi(PROFILES.production[component].storage) >= gi(PROFILES.lab[component].storage), component);
    });
    it("keep one replica of everything in the lab", () => {
        assert.deepEqual(new Set(Object.values(PROFILES.lab).map((s) => s.replicas)), new Set([1]));
    });
    it("merge a stack's overrides field by field over the profile", () => {
        const sizing = resolveSizing("production", { collector: { replicas: 4, limits: { memory: "3Gi" } } });
        assert.deepEqual(sizing.collector, { replicas: 4, requests: PROFILES.production.collector.requests, limits: { memory: "3Gi" }, storage: "10Gi" });
        assert.deepEqual(sizing.istiod, PROFILES.production.istiod);
    });
    it("become a Kubernetes resources block, without empty limits", () => {
        assert.deepEqual(resourceRequirements({ replicas: 1, requests: { cpu: "1", memory: "1Gi" }, limits: {} }), { requests: { cpu: "1", memory: "1Gi" } });
    });
});

describe("kubernetes quantities", () => {
    it("read a decimal fraction of any length, as the API server does", () => assert.deepEqual([parseQuantity("1.25Gi"), parseQuantity("0.125")], [1.25 * 2 ** 30, 0.125]));
});

describe("sizing config", () => {
    it("takes the lab profile by default", () => assert.equal(parseStackConfig({}).sizing.profile, "lab"));
    it("applies a component override", () => {
        const config = parseStackConfig({ "mesh-observability:sizing": JSON.stringify({ profile: "production", components: { kiali: { replicas: 3 } } }) });
        assert.equal(config.sizing.components.kiali.replicas, 3);
    });
    it("fails on an unknown profile", () => assert.match(problemsOf({ profile: "huge" })[0], /sizing.profile: got "huge"; expected one of lab, production/));
    it("fails on an unknown component and names the one probably meant", () => {
        assert.deepEqual(problemsOf({ components: { colector: {} } }), ["mesh-observability:sizing.components.colector: unknown field; did you mean sizing.components.collector?"]);
    });
    it("fails on replicas for a per-node component", () => {
        assert.match(problemsOf({ components: { ztunnel: { replicas: 2 } } })[0], /sizing.components.ztunnel.replicas: got 2; ztunnel runs one pod per node/);
    });
    it("fails on replicas for every component the platform runs per node or per mesh namespace", () => {
        // DaemonSets (MetalLB's speaker, istio-cni, ztunnel, node-exporter, the log collector) and one waypoint per namespace
        for (const component of ["metallbSpeaker", "istioCni", "ztunnel", "nodeExporter", "waypoint", "logCollector"]) {
            assert.deepEqual(problemsOf({ components: { [component]: { replicas: 2 } } }), [
                `mesh-observability:sizing.components.${component}.replicas: got 2; ${component} runs one pod per node (or per mesh namespace); remove replicas`,
            ]);
        }
    });
    it("fails on replicas that are not a whole number from 1 to 50", () => {
        assert.equal(problemsOf({ components: { istiod: { replicas: 0 } } }).length, 1);
        assert.equal(problemsOf({ components: { istiod: { replicas: 51 } } }).length, 1);
        assert.equal(problemsOf({ components: { istiod: { replicas: 1.5 } } }).length, 1);
        assert.deepEqual(problemsOf({ components: { istiod: { replicas: 50 } } }), []);
    });
    it("fails on a quantity that is not one", () => {
        assert.deepEqual(problemsOf({ components: { istiod: { requests: { cpu: "half", memory: "1 GB" } } } }), [
            'mesh-observability:sizing.components.istiod.requests.cpu: got "half"; expected a Kubernetes cpu quantity such as "250m" or "1"',
            'mesh-observability:sizing.components.istiod.requests.memory: got "1 GB"; expected a Kubernetes memory quantity such as "256Mi" or "2Gi"',
        ]);
    });
    it("fails on storage for a component without a volume", () => {
        assert.match(problemsOf({ components: { kiali: { storage: "1Gi" } } })[0], /sizing.components.kiali.storage: got "1Gi"; kiali has no volume/);
    });
    it("fails on a limit below its request, naming the request", () => {
        assert.deepEqual(problemsOf({ components: { kiali: { requests: { memory: "2Gi" } } } }), [
            'mesh-observability:sizing.components.kiali.limits.memory: got "1Gi"; a limit must be at least the request (2Gi); raise the limit or lower requests.memory',
        ]);
    });
    it("accepts a limit equal to its request", () => assert.deepEqual(problemsOf({ components: { kiali: { requests: { memory: "1Gi" } } } }), []));
    const sized = (components: Record<string, unknown>) => parseStackConfig({ "mesh-observability:sizing": JSON.stringify({ components }) }).sizing.components;
    it("accepts CPU and memory in Kubernetes' quantity forms", () => {
        for (const [cpu, memory] of [["250m", "512Mi"], ["1", "1073741824"], ["1.5", "1.25Gi"], ["0.25", "2G"], ["12", "768k"]]) {
            assert.deepEqual(sized({ kiali: { requests: { cpu, memory }, limits: { memory: "4Gi" } } }).kiali.requests, { cpu, memory }, `${cpu} ${memory}`);
        }
    });
    it("fails on quantities with something before or after them", () => {
        assert.deepEqual(problemsOf({ components: { kiali: { requests: { cpu: "x1", memory: "x1Gi" } } } }).length, 2);
        assert.deepEqual(problemsOf({ components: { kiali: { requests: { cpu: "1mx", memory: "1Gix" } } } }).length, 2);
    });
    it("keeps the profile's values a component override does not set", () => {
        const kiali = sized({ kiali: { requests: { cpu: "1" } } }).kiali;
        assert.deepEqual(kiali, { ...PROFILES.lab.kiali, requests: { ...PROFILES.lab.kiali.requests, cpu: "1" } });
        const prometheus = sized({ prometheus: { replicas: 2 } }).prometheus;
        assert.deepEqual(prometheus, { ...PROFILES.lab.prometheus, replicas: 2 });
    });
    it("sets the volume of a component that has one, and its limits", () => {
        const prometheus = sized({ prometheus: { storage: "50Gi", limits: { cpu: "2", memory: "8Gi" } } }).prometheus;
        assert.deepEqual([prometheus.storage, prometheus.limits], ["50Gi", { cpu: "2", memory: "8Gi" }]);
    });
    it("fails on a volume size that is not one", () => {
        assert.deepEqual(problemsOf({ components: { prometheus: { storage: "lots" } } }), ['mesh-observability:sizing.components.prometheus.storage: got "lots"; expected a volume size such as "20Gi"']);
        assert.deepEqual(problemsOf({ components: { prometheus: { storage: 50 } } }), ['mesh-observability:sizing.components.prometheus.storage: got 50; expected a volume size such as "20Gi"']);
    });
    it("names the components that have a volume", () => {
        assert.deepEqual(problemsOf({ components: { kiali: { storage: "1Gi" } } }), [
            'mesh-observability:sizing.components.kiali.storage: got "1Gi"; kiali has no volume; storage applies to tempo, tempoIngester, tempoMetricsGenerator, prometheus, alertmanager, grafana, collector, samplingCollector, loki',
        ]);
    });
    it("says which replica counts are allowed", () => {
        assert.deepEqual(problemsOf({ components: { istiod: { replicas: 0 } } }), ["mesh-observability:sizing.components.istiod.replicas: got 0; expected a whole number from 1 to 50"]);
    });
    it("fails on a limit that is not a quantity, naming the limit", () => {
        assert.deepEqual(problemsOf({ components: { kiali: { limits: { memory: "lots" } } } }), [
            'mesh-observability:sizing.components.kiali.limits.memory: got "lots"; expected a Kubernetes memory quantity such as "256Mi" or "2Gi"',
        ]);
    });
    it("fails on sizing, components, overrides or quantities that are not objects", () => {
        assert.deepEqual(problemsOf("big"), ['mesh-observability:sizing: got "big"; expected an object { profile: lab | production, components, load }']);
        assert.match(problemsOf({ components: ["kiali"] })[0], /^mesh-observability:sizing.components: got \["kiali"\]; expected an object with keys among certManager, metallbController, /);
        assert.deepEqual(problemsOf({ components: { kiali: 3 } }), ["mesh-observability:sizing.components.kiali: got 3; expected an object { replicas, requests, limits, storage }"]);
        assert.deepEqual(problemsOf({ components: { kiali: { requests: "1" } } }), [
            'mesh-observability:sizing.components.kiali.requests: got "1"; expected { cpu, memory }, e.g. { cpu: "100m", memory: "256Mi" }',
        ]);
    });
    it("takes the profile's load, and a stack's load field by field over it", () => {
        assert.deepEqual(parseStackConfig({}).sizing.load, PROFILE_LOADS.lab);
        const load = parseStackConfig({ "mesh-observability:sizing": JSON.stringify({ profile: "production", load: { logMiBPerSecond: 20 } }) }).sizing.load;
        assert.deepEqual(load, { spansPerSecond: PROFILE_LOADS.production.spansPerSecond, logMiBPerSecond: 20 });
    });
    it("fails on a load that is not a positive number, or not an object", () => {
        assert.deepEqual(problemsOf({ load: { logMiBPerSecond: 0, spansPerSecond: "many" } }), [
            'mesh-observability:sizing.load.spansPerSecond: got "many"; expected a positive number: spans per second, e.g. 10000',
            "mesh-observability:sizing.load.logMiBPerSecond: got 0; expected a positive number: MiB of logs per second, e.g. 8",
        ]);
        assert.deepEqual(problemsOf({ load: 8 }), ["mesh-observability:sizing.load: got 8; expected an object { spansPerSecond, logMiBPerSecond }"]);
        assert.deepEqual(problemsOf({ load: { logsMiBPerSecond: 8 } }), ["mesh-observability:sizing.load.logsMiBPerSecond: unknown field; did you mean sizing.load.logMiBPerSecond?"]);
    });
    it("fails on unknown fields of sizing and of an override, and suggests the close one", () => {
        assert.deepEqual(problemsOf({ profil: "lab" }), ["mesh-observability:sizing.profil: unknown field; did you mean sizing.profile?"]);
        assert.deepEqual(problemsOf({ components: { kiali: { replica: 2 } } }), ["mesh-observability:sizing.components.kiali.replica: unknown field; did you mean sizing.components.kiali.replicas?"]);
    });
});

describe("sizing in the charts", () => {
    it("gives cert-manager's three Deployments the replicas, a PDB and spreading when replicated", () => {
        const values = certManagerSizingValues(replicated);
        for (const prefix of ["", "webhook.", "cainjector."]) {
            assert.equal(at(values, `${prefix}replicaCount`), 3);
            assert.deepEqual(at(values, `${prefix}podDisruptionBudget`), { enabled: true });
        }
        assert.equal(at(certManagerSizingValues(single), "podDisruptionBudget"), undefined);
    });
    it("spreads each cert-manager Deployment by its pods' selector labels when replicated", () => {
        // cert-manager v1.21.1 templates/{deployment,webhook-deployment,cainjector-deployment}.yaml: name (the
        // chart's, "webhook", "cainjector"), instance (the release) and component on each pod template
        const values = certManagerSizingValues(replicated, "cm");
        const spread = (prefix: string) => at(values, `${prefix}topologySpreadConstraints.0.labelSelector.matchLabels`);
        assert.deepEqual(
            ["", "webhook.", "cainjector."].map(spread),
            [
                { "app.kubernetes.io/name": "cert-manager", "app.kubernetes.io/instance": "cm", "app.kubernetes.io/component": "controller" },
                { "app.kubernetes.io/name": "webhook", "app.kubernetes.io/instance": "cm", "app.kubernetes.io/component": "webhook" },
                { "app.kubernetes.io/name": "cainjector", "app.kubernetes.io/instance": "cm", "app.kubernetes.io/component": "cainjector" },
            ],
        );
    });
    it("gives every cert-manager container requests and a memory limit, the startup check's hook Job too", () => {
        const values = certManagerSizingValues(single);
        for (const prefix of ["", "webhook.", "cainjector.", "startupapicheck."]) {
            const resources = at(values, `${prefix}resources`) as { requests?: { cpu?: string; memory?: string }; limits?: { memory?: string } };
            assert.ok(resources.requests?.cpu && resources.requests.memory && resources.limits?.memory, prefix || "controller");
        }
    });
    it("gives istiod its HPA floor and the waypoints their requests", () => {
        const values = istiodSizingValues(replicated, PROFILES.production.waypoint);
        assert.deepEqual([values.replicaCount, values.autoscaleMin, values.autoscaleMax], [3, 3, 5]);
        assert.deepEqual(at(values, "global.waypoint.resources"), resourceRequirements(PROFILES.production.waypoint));
        assert.equal(at(istiodSizingValues(single, single), "topologySpreadConstraints"), undefined);
        // istiod 1.30.3 templates/deployment.yaml: the pod template carries app: istiod and istio: pilot
        assert.deepEqual(at(values, "topologySpreadConstraints.0.labelSelector.matchLabels"), { app: "istiod", istio: "pilot" });
    });
    it("gives the gateway a PDB and spreading on its selector when replicated", () => {
        const values = gatewayValues(replicated, { app: "gw" });
        assert.deepEqual([at(values, "autoscaling.minReplicas"), at(values, "podDisruptionBudget")], [3, { minAvailable: 1 }]);
        assert.deepEqual(at(values, "topologySpreadConstraints.0.labelSelector.matchLabels"), { app: "gw" });
        assert.equal(at(gatewayValues(single, { app: "gw" }), "podDisruptionBudget"), undefined);
    });
    it("gives ingress-nginx's controller its replicas (the chart adds the PDB)", () => {
        assert.equal(controllerSizingValues(replicated).replicaCount, 3);
    });
    it("gives Kiali a PDB only when replicated", () => {
        assert.deepEqual(at(kialiSizingValues(replicated), "deployment.pod_disruption_budget"), { spec: { minAvailable: 1 } });
        assert.equal(at(kialiSizingValues(single), "deployment.pod_disruption_budget"), undefined);
    });
    it("gives Prometheus, Alertmanager and Grafana volumes, and stops Prometheus before its volume fills", () => {
        const values = monitoringSizingValues(LAB_MONITORING_SIZING);
        assert.equal(at(values, "prometheus.prometheusSpec.storageSpec.volumeClaimTemplate.spec.resources.requests.storage"), "10Gi");
        assert.equal(at(values, "prometheus.prometheusSpec.retentionSize"), "8704MB");
        assert.equal(at(values, "alertmanager.alertmanagerSpec.storage.volumeClaimTemplate.spec.resources.requests.storage"), "1Gi");
        assert.deepEqual(at(values, "grafana.persistence"), { enabled: true, type: "pvc", size: "1Gi" });
        assert.equal(retentionSize("1Gi"), "870MB");
    });
    it("runs replicated Grafana as a StatefulSet, one volume per replica, with a PDB", () => {
        const values = monitoringSizingValues({ ...LAB_MONITORING_SIZING, grafana: { ...LAB_MONITORING_SIZING.grafana, replicas: 2 } });
        assert.equal(at(values, "grafana.persistence.type"), "statefulset");
        assert.deepEqual(at(values, "grafana.podDisruptionBudget"), { minAvailable: 1 });
    });
    it("writes each trace to up to three ingesters, and keeps their WAL on a volume", () => {
        const three = distributedSizingValues({ ...LAB_TEMPO_SIZING, ingester: { ...LAB_TEMPO_SIZING.ingester, replicas: 3 } });
        assert.deepEqual([at(three, "ingester.replicas"), at(three, "ingester.config.replication_factor"), at(three, "ingester.persistence.enabled")], [3, 3, true]);
        assert.equal(at(distributedSizingValues({ ...LAB_TEMPO_SIZING, ingester: { ...LAB_TEMPO_SIZING.ingester, replicas: 5 } }), "ingester.config.replication_factor"), 3);
        assert.equal(at(distributedSizingValues(LAB_TEMPO_SIZING), "ingester.config.replication_factor"), 1);
    });
    it("gives ingesters sized without a volume the chart's 10Gi", () => {
        const withoutVolume = { ...LAB_TEMPO_SIZING.ingester, storage: undefined };
        assert.equal(at(distributedSizingValues({ ...LAB_TEMPO_SIZING, ingester: withoutVolume }), "ingester.persistence.size"), "10Gi");
    });
});

describe("durable export", () => {
    it("queues half the volume, in bytes", () => assert.equal(durableQueue("2Gi").sizeBytes, 2 ** 30));
    it("shares the queue bytes by the weights of the signals that queue there, never more than there are", () => {
        const queue = durableQueue("10Gi");
        assert.deepEqual(planQueues(queue, ["traces", "metrics", "logs"]), { traces: Math.floor(queue.sizeBytes * 0.7), metrics: Math.floor(queue.sizeBytes * 0.1), logs: Math.floor(queue.sizeBytes * 0.2) });
        assert.deepEqual(planQueues(queue, ["traces"]), { traces: queue.sizeBytes });
        assert.deepEqual(planQueues(queue, ["metrics", "logs"]), { metrics: Math.floor(queue.sizeBytes / 3), logs: Math.floor((queue.sizeBytes * 2) / 3) });
        assert.equal(planQueues(undefined, ["traces"]), undefined);
    });
    it("runs the collector as a StatefulSet with a writable volume per replica when it queues", () => {
        const workload = collectorWorkload(PROFILES.production.collector, durableQueue("10Gi"));
        assert.equal(workload.mode, "statefulset");
        assert.deepEqual(at(workload, "volumeClaimTemplates.0.spec.resources.requests.storage"), "10Gi");
        assert.deepEqual(workload.volumeMounts, [{ name: "queue", mountPath: "/var/lib/otelcol/queue" }]);
        assert.deepEqual(workload.podSecurityContext, { fsGroup: 10001 });
    });
    it("runs a Deployment without a queue", () => assert.equal(collectorWorkload(PROFILES.lab.collector, undefined).mode, "deployment"));
});

describe("prod as its stack file builds it", () => {
    let prod: Registrations<unknown>;
    before(async () => {
        const files = loadStackConfigFiles(root, "prod");
        prod = await (await Harness.create()).run(() => buildPlatform(parseStackConfig(files.config, new Set(files.secretKeys))));
    });
    it("queues the export to Tempo on disk, retrying until Tempo answers, the memory limiter first", () => {
        const config = at(prod.get("kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector", "opentelemetry-collector").inputs, "spec.config") as Record<string, unknown>;
        // half the 10Gi volume, shared 7:2:1 by the traces, logs and metrics queues
        assert.deepEqual(at(config, "exporters.otlp_grpc/tempo.sending_queue"), {
            enabled: true,
            storage: "file_storage/queue",
            sizer: "bytes",
            queue_size: Math.floor((5 * 2 ** 30 * 7) / 10),
            num_consumers: 10,
            batch: { sizer: "bytes", min_size: 2 * 2 ** 20, max_size: 4 * 2 ** 20, flush_timeout: "200ms" },
        });
        assert.equal(at(config, "exporters.otlp_grpc/tempo.retry_on_failure.max_elapsed_time"), "0s");
        assert.deepEqual(at(config, "service.extensions"), ["file_storage/queue"]);
        assert.deepEqual(at(config, "service.pipelines.traces.processors"), ["memory_limiter", "k8s_attributes"]);
    });
    it("enforces mTLS mesh-wide", () => {
        assert.equal(at(prod.get("kubernetes:security.istio.io/v1:PeerAuthentication", "istio-mesh-mtls").inputs, "spec.mtls.mode"), "STRICT");
    });
    it("keeps Prometheus' metrics for the stack's retention", () => {
        const kps = prod.get("kubernetes:helm.sh/v3:Release", "monitoring-release");
        assert.equal(at(kps.inputs, "values.prometheus.prometheusSpec.retention"), "30d");
    });
});

describe("safety of pulumi up", () => {
    let prod: Registrations<unknown>;
    before(async () => {
        const files = loadStackConfigFiles(root, "prod");
        prod = await (await Harness.create()).run(() => buildPlatform(parseStackConfig(files.config, new Set(files.secretKeys))));
    });
    it("keeps the application namespaces and those whose volumes hold data on destroy, and no other", () => {
        const retained = prod.ofType("kubernetes:core/v1:Namespace").filter((n) => prod.retainedOnDelete(n)).map((n) => String(at(n.inputs, "metadata.name")));
        assert.deepEqual(retained.sort(), ["loki", "monitoring", "observability", "payments", "shop", "tempo"]);
    });
    it("keeps the collector's queue volumes when it is deleted or scaled down", () => {
        const collector = prod.get("kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector", "opentelemetry-collector");
        assert.deepEqual(at(collector.inputs, "spec.persistentVolumeClaimRetentionPolicy"), { whenDeleted: "Retain", whenScaled: "Retain" });
    });
    it("upgrades kube-prometheus-stack's CRDs with the chart's own hook Job, its image pinned", () => {
        const kps = prod.get("kubernetes:helm.sh/v3:Release", "monitoring-release");
        assert.deepEqual([at(kps.inputs, "values.crds.upgradeJob.enabled"), at(kps.inputs, "values.crds.upgradeJob.image.busybox.tag")], [true, "1.37.0"]);
    });
    it("gives every Helm release an explicit timeout", () => {
        for (const release of prod.ofType("kubernetes:helm.sh/v3:Release")) assert.equal(release.inputs.timeout, 900, release.name);
    });
});

describe("await timeouts", () => {
    const args = (type: string, custom: boolean, opts: pulumi.CustomResourceOptions = {}) => ({ type, name: "x", custom, props: {}, opts });
    it("bound every Kubernetes resource that has none", () => {
        assert.deepEqual(awaitTimeouts(args("kubernetes:apps/v1:Deployment", true))?.opts.customTimeouts, AWAIT_TIMEOUTS);
    });
    it("leave a resource's own timeouts, components and other providers alone", () => {
        assert.equal(awaitTimeouts(args("kubernetes:apps/v1:Deployment", true, { customTimeouts: { create: "1m" } })), undefined);
        assert.equal(awaitTimeouts(args("kubernetes:helm.sh/v4:Chart", false)), undefined);
        assert.equal(awaitTimeouts(args("random:index/randomPassword:RandomPassword", true)), undefined);
    });
    it("leave CustomResourceDefinitions in the cluster on destroy, and nothing else", () => {
        assert.equal(keepCustomResourceDefinitions(args("kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition", true))?.opts.retainOnDelete, true);
        assert.equal(keepCustomResourceDefinitions(args("kubernetes:apps/v1:Deployment", true)), undefined);
        assert.equal(keepCustomResourceDefinitions(args("kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition", true, { retainOnDelete: false })), undefined);
    });
    it("outlast the Helm releases' own wait", () => assert.ok(Number.parseInt(String(AWAIT_TIMEOUTS.create)) * 60 > RELEASE_TIMEOUT_SECONDS));
    it("wait 20 minutes for a create or an update and 10 for a delete", () => assert.deepEqual(AWAIT_TIMEOUTS, { create: "20m", update: "20m", delete: "10m" }));
});
