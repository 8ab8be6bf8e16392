// chartValues, checked: the generated key index, unknown keys with a did-you-mean, keys the platform owns; and the
// platform's own values against the same index.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import type { ChartRef, Values } from "../components/helm.ts";
import { buildIndex, serialize } from "../scripts/generate-chart-keys.ts";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import {
    type ChartKeyEntry,
    chartKeyId,
    chartKeyIndex,
    chartOf,
    ownedKeyOverrides,
    PINNED_CHARTS,
    platformChartValues,
    TUNABLE_PLATFORM_KEYS,
    unknownKeys,
} from "../stacks/chart-values.ts";
import { CHART_VALUE_TARGETS, type ChartValueTarget, ConfigError, parseStackConfig, type StackConfig } from "../stacks/config.ts";
import { buildPlatform } from "../stacks/platform.ts";
import { Harness } from "./harness.ts";

const root = path.resolve(import.meta.dirname, "..");
const key = (name: string) => `mesh-observability:${name}`;

function stackConfig(stack: string, overrides: Record<string, unknown> = {}, secrets: string[] = []): StackConfig {
    const files = loadStackConfigFiles(root, stack);
    const raw = { ...files.config, ...Object.fromEntries(Object.entries(overrides).map(([k, v]) => [key(k), typeof v === "string" ? v : JSON.stringify(v)])) };
    return parseStackConfig(raw, new Set([...files.secretKeys, ...secrets.map(key)]));
}

function problemsOf(stack: string, chartValues: Record<string, unknown>, overrides: Record<string, unknown> = {}): readonly string[] {
    try {
        stackConfig(stack, { ...overrides, chartValues });
    } catch (err) {
        assert.ok(err instanceof ConfigError, String(err));
        return err.problems;
    }
    return [];
}

const entry = (chart: string, version?: string): ChartKeyEntry => {
    const ref = PINNED_CHARTS.find((r) => r.chart === chart);
    assert.ok(ref, chart);
    return chartKeyIndex().charts[chartKeyId({ chart, version: version ?? ref.version })];
};
const unknownPaths = (chart: string, values: Values) => unknownKeys(entry(chart), values).map((u) => u.path.join("."));

/** Stack variants that between them make every builder produce every key it can. */
const VARIANTS: Record<string, () => StackConfig> = {
    dev: () => stackConfig("dev"),
    prod: () => stackConfig("prod"),
    ambient: () => stackConfig("dev", { meshMode: "ambient", clusterPlatform: "k3d" }),
    "prod with static S3 keys": () => stackConfig("prod", { tempoStorageAccessKey: "AK", tempoStorageSecretKey: "SK" }, ["tempoStorageAccessKey", "tempoStorageSecretKey"]),
    "no MetalLB, no ingress-nginx": () => stackConfig("dev", { loadBalancerAddresses: [], ingressNginx: "false" }),
    "prod with tail sampling": () => stackConfig("prod", { tailSampling: { enabled: true } }),
    "dev with tail sampling": () => stackConfig("dev", { tailSampling: { enabled: true } }),
    "dev with the UIs on host names": () =>
        stackConfig("dev", { ui: { domain: "172.18.255.200.nip.io" }, entryPointAddresses: { istioGateway: "172.18.255.200", ingressNginx: "172.18.255.201" } }),
    "prod with the UIs on host names (ACME)": () => stackConfig("prod", { ui: { domain: "example.org", issuer: "acme", acmeEmail: "a@example.org" } }),
};

const isHelm = (type: string) => type === "kubernetes:helm.sh/v4:Chart" || type === "kubernetes:helm.sh/v3:Release";

describe("the chart key index", () => {
    it("is read once and then shared", () => assert.equal(chartKeyIndex(), chartKeyIndex()));
    it("covers every pinned chart at its version and repository", () => {
        const index = chartKeyIndex();
        for (const ref of PINNED_CHARTS) {
            const indexed = index.charts[chartKeyId(ref)];
            assert.ok(indexed, `no index entry for ${chartKeyId(ref)}: regenerate it with npm run generate:chart-keys -- <charts-dir>`);
            assert.equal(indexed.repo, ref.repo, chartKeyId(ref));
        }
        assert.deepEqual(Object.keys(index.charts).sort(), PINNED_CHARTS.map(chartKeyId).sort());
    });
    it("lists every chart the components pin", async () => {
        const isChartRef = (v: unknown): v is ChartRef => typeof v === "object" && v !== null && "chart" in v && "version" in v && "repo" in v;
        const pinned = new Set(PINNED_CHARTS.map(chartKeyId));
        const modules = fs.readdirSync(path.join(root, "components"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
        assert.ok(modules.length >= 10);
        for (const file of modules) {
            const exports = (await import(`../components/${file}`)) as Record<string, unknown>;
            const refs = Object.values(exports).flatMap((v) => (isChartRef(v) ? [v] : typeof v === "object" && v !== null ? Object.values(v).filter(isChartRef) : []));
            for (const ref of refs) assert.ok(pinned.has(chartKeyId(ref)), `${file}: ${chartKeyId(ref)} is not in PINNED_CHARTS`);
        }
    });
    it("names the files each chart's keys come from", () => {
        assert.deepEqual(entry("kube-prometheus-stack").sources, ["kube-prometheus-stack/88.5.3/values.yaml", "kube-prometheus-stack/88.5.3/charts/grafana/values.yaml"]);
        assert.ok(entry("kiali-server").sources.some((s) => s.endsWith("kiali-operator-2.29.0/kialis.kiali.io.yaml")));
    });
});

describe("unknown keys", () => {
    it("accepts real keys at every depth", () => assert.deepEqual(unknownPaths("kiali-server", { auth: { strategy: "anonymous" }, deployment: { replicas: 2 } }), []));
    it("finds a misspelt key and the key meant", () => {
        assert.deepEqual(unknownKeys(entry("kiali-server"), { auth: { stratgy: "anonymous" } }), [{ path: ["auth", "stratgy"], suggestion: "strategy" }]);
    });
    it("names the keys of a small level when nothing is close", () => {
        const [unknown] = unknownKeys(entry("cert-manager"), { crds: { purge: true } });
        assert.deepEqual(unknown.known, ["enabled", "keep"]);
    });
    it("names only the chart's keys at the root of a chart without aliases", () => {
        const small: ChartKeyEntry = { chart: "small", version: "1.0.0", repo: "https://charts.example", sources: [], keys: { image: 0, replicas: 0 } };
        assert.deepEqual(unknownKeys(small, { zzz: 1 }), [{ path: ["zzz"], known: ["image", "replicas"] }]);
    });
    it("takes the Kiali CR's spec fields the chart's defaults do not list", () => {
        assert.deepEqual(unknownPaths("kiali-server", { auth: { openid: { client_id: "kiali" } } }), []);
        assert.deepEqual(unknownPaths("kiali-server", { auth: { openid: { clientid: "kiali" } } }), ["auth.openid.clientid"]);
    });
    it("takes the grafana subchart's keys under kube-prometheus-stack's grafana", () => {
        assert.deepEqual(unknownPaths("kube-prometheus-stack", { grafana: { persistence: { enabled: true } } }), []);
        assert.deepEqual(unknownPaths("kube-prometheus-stack", { grafana: { persistance: { enabled: true } } }), ["grafana.persistance"]);
    });
    it("leaves Kubernetes objects, label maps and copied sections free-form", () => {
        assert.deepEqual(unknownPaths("istiod", { resources: { anything: 1 }, podLabels: { team: "a" }, meshConfig: { whatever: true } }), []);
        assert.deepEqual(unknownPaths("kube-prometheus-stack", { grafana: { "grafana.ini": { server: { root_url: "x" } } }, "kube-state-metrics": { any: 1 } }), []);
    });
    it("counts the keys tempo's config template reads and passes its toYaml sections through", () => {
        assert.deepEqual(unknownPaths("tempo", { tempo: { metricsGenerator: { remoteWriteUrl: "x" }, storage: { trace: { anything: 1 } } } }), []);
    });
    it("reads Istio's defaults without their wrapper, with pilot.* as the root and a shared global", () => {
        assert.deepEqual(unknownPaths("istiod", { pilot: { replicaCount: 2 }, profile: "ambient", global: { platform: "k3d" } }), []);
        assert.deepEqual(unknownPaths("istiod", { _internal_defaults_do_not_set: { replicaCount: 2 }, pilot: { replicaCuont: 2 } }), ["_internal_defaults_do_not_set", "pilot.replicaCuont"]);
        // the alias is a root key only: pilot.pilot is not the root again
        assert.deepEqual(unknownPaths("istiod", { pilot: { pilot: { replicaCount: 2 } } }), ["pilot.pilot"]);
        // ztunnel's global keys are valid on the base chart too: one global for the mesh
        const ztunnelGlobal = Object.keys((entry("ztunnel").keys as Record<string, object>).global);
        assert.deepEqual(unknownPaths("base", { global: Object.fromEntries(ztunnelGlobal.map((k) => [k, null])) }), []);
    });
    it("never judges values inside lists", () => assert.deepEqual(unknownPaths("tempo", { tempo: { extraEnvFrom: [{ anything: 1 }] } }), []));
});

describe("the platform's own values", () => {
    let harness: Harness;
    before(async () => (harness = await Harness.create()));

    for (const [variant, config] of Object.entries(VARIANTS)) {
        it(`set only keys the pinned charts have (${variant})`, async () => {
            const reg = await harness.run(() => buildPlatform(config()));
            const releases = reg.resources.filter((r) => isHelm(r.type));
            assert.ok(releases.length >= 8, reg.describe());
            for (const release of releases) {
                const indexed = chartKeyIndex().charts[chartKeyId({ chart: String(release.inputs.chart), version: String(release.inputs.version) })];
                assert.ok(indexed, `${release.name}: ${String(release.inputs.chart)}@${String(release.inputs.version)} is not indexed`);
                assert.deepEqual(unknownKeys(indexed, release.inputs.values as Values), [], release.name);
            }
        });
        it(`are what platformChartValues derives for the ownership check (${variant})`, async () => {
            const stack = config();
            const reg = await harness.run(() => buildPlatform(stack));
            const derived = platformChartValues(stack);
            for (const target of CHART_VALUE_TARGETS) {
                const ref = chartOf(target, stack);
                const release = reg.resources.find((r) => isHelm(r.type) && r.inputs.chart === ref.chart);
                assert.deepEqual(release?.inputs.values, derived[target], `${target}: update platformChartValues (stacks/chart-values.ts) to what the component gets`);
                if (release) assert.equal(release.inputs.version, ref.version, target);
            }
        });
    }

    it("leave tunable only keys the platform really sets, and the charts have", () => {
        const produced = Object.values(VARIANTS).map((config) => platformChartValues(config()));
        for (const [target, paths] of Object.entries(TUNABLE_PLATFORM_KEYS) as [ChartValueTarget, string[][]][]) {
            for (const tunable of paths) {
                const set = produced.some((values) => tunable.reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], values[target]) !== undefined);
                assert.ok(set, `${target}.${tunable.join(".")} is not set by the platform in any variant`);
                const sample = Object.fromEntries([[tunable[0], tunable.slice(1).reduceRight<unknown>((inner, k) => ({ [k]: inner }), "x")]]);
                assert.deepEqual(unknownKeys(entry(chartOf(target, stackConfig("dev")).chart), sample), [], tunable.join("."));
            }
        }
    });
});

describe("keys the platform owns", () => {
    const platform = { grafana: { admin: { existingSecret: "grafana-admin" }, dashboards: { istio: { mesh: { url: "u" } } } }, list: [1] };
    it("are found when set", () => {
        assert.deepEqual(ownedKeyOverrides(platform, { grafana: { admin: { existingSecret: "x" } } }), [
            { path: ["grafana", "admin", "existingSecret"], owned: [{ path: ["grafana", "admin", "existingSecret"], value: "grafana-admin" }] },
        ]);
    });
    it("are found when a map above them is replaced", () => {
        assert.deepEqual(ownedKeyOverrides(platform, { grafana: null }).map((o) => o.owned.length), [2]);
    });
    it("are found where the platform sets an empty map", () => {
        assert.deepEqual(ownedKeyOverrides({ podLabels: {} }, { podLabels: "x" }), [{ path: ["podLabels"], owned: [{ path: ["podLabels"], value: {} }] }]);
    });
    it("are found inside a list the platform sets", () => assert.equal(ownedKeyOverrides(platform, { list: { x: 1 } }).length, 1));
    it("leave keys beside them alone", () => assert.deepEqual(ownedKeyOverrides(platform, { grafana: { admin: { userKey: "u" }, plugins: ["p"] } }), []));
    it("leave tunable keys alone", () => assert.deepEqual(ownedKeyOverrides(platform, { grafana: { dashboards: null } }, [["grafana", "dashboards"]]), []));
    it("are found through an alias of the root", () => assert.equal(ownedKeyOverrides({ traceSampling: 1 }, { pilot: { traceSampling: 5 } }, [], ["pilot"]).length, 1));
});

describe("chartValues in the stack config", () => {
    it("rejects a misspelt key, naming the full key and the key meant", () => {
        assert.deepEqual(problemsOf("dev", { kiali: { auth: { stratgy: "anonymous" } } }), [
            "mesh-observability:chartValues.kiali.auth.stratgy: unknown key of kiali-server 2.29.0; did you mean chartValues.kiali.auth.strategy?",
        ]);
    });
    it("says when values.yaml has the unknown key only in a comment", () => {
        assert.deepEqual(problemsOf("dev", { kubePrometheusStack: { grafana: { adminPassword: "hunter2" } } }), [
            "mesh-observability:chartValues.kubePrometheusStack.grafana.adminPassword: unknown key of kube-prometheus-stack 88.5.3 (values.yaml has adminPassword only in a comment; if the chart reads it, list it in EXTRA_KEYS of scripts/generate-chart-keys.ts); see `helm show values kube-prometheus-stack --repo https://prometheus-community.github.io/helm-charts --version 88.5.3`",
        ]);
    });
    it("refuses Grafana's admin Secret, which the grafanaAdminPassword output relies on", () => {
        assert.deepEqual(problemsOf("dev", { kubePrometheusStack: { grafana: { admin: { existingSecret: "mine" } } } }), [
            'mesh-observability:chartValues.kubePrometheusStack.grafana.admin.existingSecret: got "mine"; the platform sets this key (to "grafana-admin"); other parts of the stack rely on it; remove it from chartValues',
        ]);
    });
    it("names the typed option behind a key the platform derives from config", () => {
        assert.deepEqual(problemsOf("dev", { tempo: { tempo: { retention: "1h" } }, istiod: { pilot: { traceSampling: 5 } } }), [
            "mesh-observability:chartValues.istiod.pilot.traceSampling: got 5; the platform sets this key (to 100); set mesh-observability:samplingPercent instead",
            'mesh-observability:chartValues.tempo.tempo.retention: got "1h"; the platform sets this key (to "24h"); set mesh-observability:tempo.retention instead',
        ]);
    });
    // the option is found by varying it: whatever the stack's value, the varied one must differ from it
    for (const samplingPercent of [37, 38]) {
        it(`names samplingPercent behind the sampling rate when the stack samples ${samplingPercent} %`, () => {
            assert.deepEqual(problemsOf("dev", { istiod: { pilot: { traceSampling: 5 } } }, { samplingPercent: String(samplingPercent) }), [
                `mesh-observability:chartValues.istiod.pilot.traceSampling: got 5; the platform sets this key (to ${samplingPercent}); set mesh-observability:samplingPercent instead`,
            ]);
        });
    }
    for (const clusterPlatform of ["k3s", "gke"]) {
        it(`names clusterPlatform behind Istio's platform key on ${clusterPlatform}`, () => {
            assert.deepEqual(problemsOf("dev", { istiod: { global: { platform: "eks" } } }, { clusterPlatform }), [
                `mesh-observability:chartValues.istiod.global.platform: got "eks"; the platform sets this key (to "${clusterPlatform}"); set mesh-observability:clusterPlatform instead`,
            ]);
        });
    }
    it("shortens a long value in the message to 80 characters", () => {
        assert.deepEqual(problemsOf("dev", { kubePrometheusStack: { grafana: { admin: { existingSecret: "x".repeat(90) } } } }), [
            `mesh-observability:chartValues.kubePrometheusStack.grafana.admin.existingSecret: got "${"x".repeat(76)}...; the platform sets this key (to "grafana-admin"); other parts of the stack rely on it; remove it from chartValues`,
        ]);
    });
    it("names the sizing and Prometheus options behind the keys they set", () => {
        assert.deepEqual(problemsOf("dev", { kiali: { deployment: { replicas: 3 } }, kubePrometheusStack: { prometheus: { prometheusSpec: { retention: "30d" } } } }), [
            'mesh-observability:chartValues.kubePrometheusStack.prometheus.prometheusSpec.retention: got "30d"; the platform sets this key (to "10d"); set mesh-observability:prometheus.retention instead',
            "mesh-observability:chartValues.kiali.deployment.replicas: got 3; the platform sets this key (to 1); set mesh-observability:sizing instead",
        ]);
    });
    it("checks Loki's keys against its own release's values (the reference data has none)", () => {
        assert.deepEqual(problemsOf("dev", { loki: { singleBinary: { replcas: 2 } } }), [
            "mesh-observability:chartValues.loki.singleBinary.replcas: unknown key of loki 18.11.0; did you mean chartValues.loki.singleBinary.replicas?",
        ]);
        assert.deepEqual(problemsOf("dev", { loki: { loki: { limits_config: { max_global_streams_per_user: 20000 } }, singleBinary: { persistence: { storageClass: "fast" } } } }), []);
        assert.deepEqual(chartKeyIndex().charts["loki@18.11.0"].sources, ["loki/18.11.0/values.yaml"]);
    });
    it("names the sizing behind Loki's ingestion limits, which the collectors' log batches are capped under", () => {
        assert.deepEqual(problemsOf("dev", { loki: { loki: { limits_config: { ingestion_burst_size_mb: 2 } } } }), [
            "mesh-observability:chartValues.loki.loki.limits_config.ingestion_burst_size_mb: got 2; the platform sets this key (to 8); set mesh-observability:sizing instead",
        ]);
    });
    it("refuses Loki's keys that its links rely on, and names Tempo's retention behind Loki's", () => {
        assert.deepEqual(problemsOf("dev", { loki: { loki: { auth_enabled: true, limits_config: { retention_period: "48h" } } } }), [
            "mesh-observability:chartValues.loki.loki.auth_enabled: got true; the platform sets this key (to false); other parts of the stack rely on it; remove it from chartValues",
            'mesh-observability:chartValues.loki.loki.limits_config.retention_period: got "48h"; the platform sets this key (to "24h"); set mesh-observability:tempo.retention instead',
        ]);
    });
    it("refuses replacing a map that holds keys the platform sets", () => {
        assert.deepEqual(problemsOf("dev", { certManager: { crds: null } }), [
            "mesh-observability:chartValues.certManager.crds: got null; it would replace keys the platform sets (crds.enabled, crds.keep); set keys beside them instead",
        ]);
    });
    it("names all four keys of a replaced map that holds four", () => {
        assert.deepEqual(problemsOf("dev", { kiali: { deployment: null } }), [
            "mesh-observability:chartValues.kiali.deployment: got null; it would replace keys the platform sets (deployment.replicas, deployment.resources.requests.cpu, deployment.resources.requests.memory, deployment.resources.limits.memory); set keys beside them instead",
        ]);
    });
    it("names the first four keys a replaced map holds, and counts the others", () => {
        assert.deepEqual(problemsOf("dev", { kubePrometheusStack: { crds: null } }), [
            "mesh-observability:chartValues.kubePrometheusStack.crds: got null; it would replace keys the platform sets (crds.upgradeJob.enabled, crds.upgradeJob.image.busybox.tag, crds.upgradeJob.resources.requests.cpu, crds.upgradeJob.resources.requests.memory and 1 more); set keys beside them instead",
        ]);
    });
    it("checks the tempo target against the chart of the stack's mode", () => {
        assert.deepEqual(problemsOf("dev", { tempo: { ingester: { priorityClassName: "high" } } }), [
            "mesh-observability:chartValues.tempo.ingester: unknown key of tempo 2.2.4; see `helm show values tempo --repo https://grafana-community.github.io/helm-charts --version 2.2.4`",
        ]);
        assert.deepEqual(problemsOf("prod", { tempo: { ingester: { priorityClassName: "high" } } }), []);
    });
    it("accepts the README's examples and the tunable defaults", () => {
        const chartValues = {
            kubePrometheusStack: { grafana: { dashboards: null, dashboardProviders: null, plugins: ["grafana-piechart-panel"] } },
            kiali: { deployment: { view_only_mode: true } },
            ingressNginx: { controller: { service: { type: "NodePort" }, config: { "use-forwarded-headers": "true" } } },
            istioGateway: { service: { type: "NodePort" } },
            istiod: { meshConfig: { accessLogFile: "" }, pilot: { env: { PILOT_ENABLE_STATUS: "true" } } },
            tempo: { persistence: { accessModes: ["ReadWriteOnce"] } },
        };
        assert.deepEqual(problemsOf("dev", chartValues), []);
    });
    it("reports chartValues problems together with the other config problems", () => {
        assert.deepEqual(problemsOf("dev", { kiali: { auht: {} } }, { meshMode: "sidecars" }).length, 2);
    });
});

describe("generate-chart-keys", () => {
    const write = (dir: string, file: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), text);
    };
    let dir: string;
    let charts: string;
    let crds: string;
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "chart-keys-"));
        charts = path.join(dir, "charts");
        crds = path.join(dir, "crds");
        write(charts, "demo/1.0.0/values.yaml", [
            "replicas: 1",
            "resources: { limits: { cpu: 1 } }",
            "podLabels: {}",
            "nodeSelector: { kubernetes.io/os: linux }",
            "featureGates: { a.b/c: true, d.e/f: false }",
            "service: { type: ClusterIP, port: 80 }",
            "extra: {}",
            "config: |",
            "  port: {{ .Values.service.port }}",
            "  limits: {{ .Values.limits.max }}",
            "  storage: {{- toYaml .Values.storage | nindent 2 }}",
            "storage: { local: { path: /x } }",
            "# password: example",
            "",
        ].join("\n"));
        write(charts, "demo/1.0.0/charts/sub/values.yaml", "enabled: true\nglobal: { registry: r }\n");
        write(charts, "istio-base/9.9.9/values.yaml", "_internal_defaults_do_not_set: { base: { enabled: true }, global: { hub: h } }\n");
        for (const chart of ["istiod", "gateway", "cni", "ztunnel"]) {
            write(charts, `istio-${chart}/9.9.9/values.yaml`, `_internal_defaults_do_not_set: { ${chart}Only: 1, global: { ${chart}Global: 1 } }\n`);
        }
        write(charts, "kiali-server/3.0.0/values.yaml", "auth: { strategy: token, openid: {} }\n");
        write(crds, "kiali-operator-3.0.0/kialis.kiali.io.yaml", [
            "spec:",
            "  versions:",
            "    - name: v1alpha1",
            "      storage: true",
            "      schema: { openAPIV3Schema: { properties: { spec: { properties: {",
            "        auth: { properties: { openid: { properties: { client_id: { type: string } } } } },",
            "        custom_dashboards: { x-kubernetes-preserve-unknown-fields: true, properties: { a: {} } } } } } } }",
            "",
        ].join("\n"));
    });
    const build = (refs: ChartRef[]) => buildIndex(charts, crds, refs);
    const keysOf = (chart: string, version: string) => build([{ chart, version, repo: "r" }]).charts[`${chart}@${version}`];

    it("keeps mappings strict and everything else free-form", () => {
        const keys = keysOf("demo", "1.0.0").keys as Record<string, unknown>;
        assert.equal(keys.replicas, 0);
        assert.deepEqual(keys.service, { port: 0, type: 0 });
        // Kubernetes objects, label maps, empty maps
        for (const k of ["resources", "podLabels", "nodeSelector", "featureGates", "extra"]) assert.equal(keys[k], 0, k);
    });
    it("adds the keys templates in the values read, and frees the sections they render with toYaml", () => {
        const keys = keysOf("demo", "1.0.0").keys as Record<string, unknown>;
        assert.deepEqual(keys.limits, { max: 0 });
        assert.equal(keys.storage, 0);
    });
    it("takes a subchart's values under its name and its global at the root", () => {
        const indexed = keysOf("demo", "1.0.0");
        const keys = indexed.keys as Record<string, unknown>;
        assert.deepEqual(keys.sub, { enabled: 0, global: { registry: 0 } });
        assert.deepEqual(keys.global, { registry: 0 });
        assert.deepEqual(indexed.sources, ["demo/1.0.0/values.yaml", "demo/1.0.0/charts/sub/values.yaml"]);
    });
    it("notes names that only commented-out lines hold", () => assert.deepEqual(keysOf("demo", "1.0.0").commented, ["password"]));
    it("unwraps Istio's defaults, shares global across the Istio charts and adds the profile keys", () => {
        const keys = keysOf("base", "9.9.9").keys as Record<string, Record<string, unknown>>;
        assert.deepEqual(Object.keys(keys).sort(), ["base", "compatibilityVersion", "global", "platform", "profile", "revision"]);
        assert.deepEqual(Object.keys(keys.global).sort(), ["cniGlobal", "gatewayGlobal", "hub", "istiodGlobal", "platform", "profile", "ztunnelGlobal"]);
        assert.deepEqual(keysOf("istiod", "9.9.9").aliases, ["pilot"]);
    });
    it("lays the Kiali CR's spec over kiali-server's values", () => {
        const keys = keysOf("kiali-server", "3.0.0").keys as Record<string, unknown>;
        assert.deepEqual(keys.auth, { openid: { client_id: 0 }, strategy: 0 });
        assert.equal(keys.custom_dashboards, 0);
    });
    it("writes the same bytes twice, and JSON that reads back as the index", () => {
        const refs = [{ chart: "demo", version: "1.0.0", repo: "r" }, { chart: "kiali-server", version: "3.0.0", repo: "r" }];
        const text = serialize(build(refs));
        assert.equal(serialize(build(refs)), text);
        assert.deepEqual(JSON.parse(text), build(refs));
    });
    it("stops at a pinned chart the folder lacks", () => assert.throws(() => keysOf("missing", "1.0.0"), /missing 1\.0\.0: no values\.yaml/));
});
