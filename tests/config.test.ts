import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as pulumi from "@pulumi/pulumi";
import { PLATFORM_NAMESPACES } from "../components/namespaces.ts";
import { PROFILE_LOADS, PROFILES } from "../components/sizing.ts";
import { ConfigError, parseStackConfig, type StackConfig } from "../stacks/config.ts";
import { valueOf } from "./harness.ts";

const key = (name: string) => `mesh-observability:${name}`;

function parse(values: Record<string, unknown>, secrets: string[] = []): StackConfig {
    const raw = Object.fromEntries(
        Object.entries(values).map(([name, value]) => [name.includes(":") ? name : key(name), typeof value === "string" ? value : JSON.stringify(value)]),
    );
    return parseStackConfig(raw, new Set(secrets.map(key)));
}

/** The problems a config is rejected with. */
function problemsOf(values: Record<string, unknown>, secrets: string[] = []): readonly string[] {
    try {
        parse(values, secrets);
    } catch (err) {
        assert.ok(err instanceof ConfigError, `expected a ConfigError, got ${String(err)}`);
        return err.problems;
    }
    assert.fail("expected the config to be rejected");
}

describe("stack config defaults", () => {
    it("fills every documented default when nothing is set", () => {
        assert.deepEqual(parse({}), {
            meshMode: "sidecar",
            samplingPercent: 1,
            meshNamespaces: [],
            loadBalancerAddresses: [],
            ingressNginx: true,
            clusterPlatform: "generic",
            tempo: { mode: "monolithic", retention: "24h", storage: { backend: "local", insecure: false, serviceAccountAnnotations: {} } },
            chartValues: {},
            demo: "none",
            verifyTraces: false,
            objectStorageCredentials: undefined,
            sizing: { profile: "lab", components: PROFILES.lab, load: PROFILE_LOADS.lab },
            prometheus: { retention: "10d" },
            mtls: "PERMISSIVE",
            tailSampling: { enabled: false, slowRequestMs: 2000, decisionWait: "10s" },
            traceExporters: [],
            ui: undefined,
            entryPointAddresses: {},
            logs: { backend: "none" },
        });
    });

    it("ignores keys of other namespaces", () => {
        assert.equal(parse({ "kubernetes:context": "kind-dev" }).meshMode, "sidecar");
    });
});

describe("stack config values", () => {
    it("reads ambient mode", () => assert.equal(parse({ meshMode: "ambient" }).meshMode, "ambient"));
    it("reads a decimal sampling percentage", () => assert.equal(parse({ samplingPercent: "0.5" }).samplingPercent, 0.5));
    it("reads a sampling percentage with two decimals or surrounding spaces", () => {
        assert.deepEqual([parse({ samplingPercent: "2.25" }).samplingPercent, parse({ samplingPercent: " 5 " }).samplingPercent], [2.25, 5]);
    });
    it("accepts 0 and 100 percent", () => {
        assert.equal(parse({ samplingPercent: "0" }).samplingPercent, 0);
        assert.equal(parse({ samplingPercent: "100" }).samplingPercent, 100);
    });
    it("reads namespaces", () => assert.deepEqual(parse({ meshNamespaces: ["shop", "pay-ments"] }).meshNamespaces, ["shop", "pay-ments"]));
    it("reads CIDRs and ranges of both families", () => {
        const blocks = ["192.168.1.0/28", "10.0.0.1-10.0.0.9", "fd00::/120", "fd01::1-fd01::ff"];
        assert.deepEqual(parse({ loadBalancerAddresses: blocks }).loadBalancerAddresses, blocks);
    });
    it("reads a cluster platform", () => assert.equal(parse({ clusterPlatform: "k3d" }).clusterPlatform, "k3d"));
    it("turns ingress-nginx off", () => assert.equal(parse({ ingressNginx: "false" }).ingressNginx, false));
    it("reads the Bookinfo demo and the trace check", () => {
        const config = parse({ demo: "bookinfo", verifyTraces: "true" });
        assert.deepEqual([config.demo, config.verifyTraces], ["bookinfo", true]);
    });
    it("reads distributed Tempo on S3", () => {
        const tempo = { mode: "distributed", retention: "720h", storage: { backend: "s3", bucket: "traces", endpoint: "minio.storage:9000", region: "eu-west-1", insecure: true, serviceAccountAnnotations: {} } };
        assert.deepEqual(parse({ tempo }).tempo, tempo);
    });
    it("reads the annotations that give Tempo's pods a cloud identity for the bucket", () => {
        const serviceAccountAnnotations = { "eks.amazonaws.com/role-arn": "arn:aws:iam::123456789012:role/tempo" };
        const tempo = { storage: { backend: "s3", bucket: "traces", endpoint: "s3.eu-west-1.amazonaws.com", serviceAccountAnnotations } };
        assert.deepEqual(parse({ tempo }).tempo.storage.serviceAccountAnnotations, serviceAccountAnnotations);
    });
    it("reads Prometheus' retention", () => assert.equal(parse({ prometheus: { retention: "30d" } }).prometheus.retention, "30d"));
    it("reads raw chart values per chart", () => {
        const chartValues = { kiali: { deployment: { view_only_mode: true } }, istiod: { pilot: { env: { PILOT_ENABLE_STATUS: "true" } } } };
        assert.deepEqual(parse({ chartValues }).chartValues, chartValues);
    });
    it("keeps object-storage keys secret", async () => {
        const config = parse(
            { tempo: { storage: { backend: "s3", bucket: "traces", endpoint: "minio:9000" } }, tempoStorageAccessKey: "AK", tempoStorageSecretKey: "SK" },
            ["tempoStorageAccessKey", "tempoStorageSecretKey"],
        );
        assert.ok(config.objectStorageCredentials);
        assert.equal(await pulumi.isSecret(config.objectStorageCredentials.accessKey), true);
        assert.equal(await pulumi.isSecret(config.objectStorageCredentials.secretKey), true);
    });
    it("uses the default credential chain when S3 has no keys", () => {
        assert.equal(parse({ tempo: { storage: { backend: "s3", bucket: "traces", endpoint: "s3.amazonaws.com" } } }).objectStorageCredentials, undefined);
    });
});

describe("logs config", () => {
    const s3 = { backend: "s3", bucket: "traces", endpoint: "s3.eu-west-1.amazonaws.com" };
    it("reads no log store when the object leaves the backend out", () => assert.deepEqual(parse({ logs: {} }).logs, { backend: "none" }));
    it("reads Loki on a volume, in the one schema period every Loki of the platform started with", () => {
        assert.deepEqual(parse({ logs: { backend: "loki" } }).logs, { backend: "loki", schemaPeriods: [{ from: "2024-04-01", objectStore: "filesystem" }] });
    });
    it("reads Loki on Tempo's object storage, in its own bucket, with its periods", () => {
        const schemaPeriods = [{ from: "2024-04-01", objectStore: "s3" }];
        assert.deepEqual(parse({ tempo: { storage: s3 }, logs: { backend: "loki", bucket: "logs", schemaPeriods } }).logs, { backend: "loki", bucket: "logs", schemaPeriods });
    });
    it("asks no bucket of an external Loki when Tempo is on S3", () => {
        assert.deepEqual(parse({ tempo: { storage: s3 }, logs: { backend: "external", url: "https://loki.example.com" } }).logs, { backend: "external", url: "https://loki.example.com" });
    });
    it("reads an external Loki's URL, without a trailing slash", () => {
        assert.deepEqual(parse({ logs: { backend: "external", url: "https://loki.example.com/" } }).logs, { backend: "external", url: "https://loki.example.com" });
    });
    it("fails on a backend it does not know", () => {
        assert.deepEqual(problemsOf({ logs: { backend: "elastic" } }), ['mesh-observability:logs.backend: got "elastic"; expected one of none, loki, external']);
    });
    it("fails on an external backend without a URL", () => {
        assert.deepEqual(problemsOf({ logs: { backend: "external" } }), [
            'mesh-observability:logs.url: got null; required when logs.backend is external: the base URL of the Loki to ship to and read from, e.g. "https://loki.example.com"',
        ]);
    });
    it("fails on a URL that is not http(s), or carries credentials, a query or a fragment", () => {
        for (const url of ["loki:3100", "loki.example.com", "ftp://loki.example.com", "https://user:pw@loki.example.com", "https://loki.example.com/?a=1", "https://loki.example.com/#x"]) {
            assert.deepEqual(problemsOf({ logs: { backend: "external", url } }), [
                `mesh-observability:logs.url: got "${url}"; expected an http(s) URL such as "https://loki.example.com" (no credentials, query or fragment)`,
            ], url);
        }
    });
    it("fails on a URL that is not a string", () => {
        assert.deepEqual(problemsOf({ logs: { backend: "external", url: 3100 } }), ["mesh-observability:logs.url: got 3100; expected a string"]);
    });
    it("fails on a URL without an external backend", () => {
        assert.deepEqual(problemsOf({ logs: { backend: "loki", url: "https://loki.example.com" } }), [
            'mesh-observability:logs.url: got "https://loki.example.com"; only used when logs.backend is external; remove it or set backend: external',
        ]);
    });
    it("fails on Loki on object storage without its bucket", () => {
        assert.deepEqual(problemsOf({ tempo: { storage: s3 }, logs: { backend: "loki" } }), [
            "mesh-observability:logs.bucket: got null; required when logs.backend is loki and tempo.storage.backend is s3: the bucket Loki keeps chunks and rules in, on Tempo's endpoint with Tempo's identity",
        ]);
    });
    it("fails on Loki sharing Tempo's bucket", () => {
        assert.deepEqual(problemsOf({ tempo: { storage: s3 }, logs: { backend: "loki", bucket: "traces" } }), [
            'mesh-observability:logs.bucket: got "traces"; must differ from tempo.storage.bucket: Tempo takes every top-level folder of its bucket for a tenant',
        ]);
    });
    it("fails on a bucket that is not a bucket name", () => {
        assert.match(problemsOf({ tempo: { storage: s3 }, logs: { backend: "loki", bucket: "Logs_1" } })[0], /logs.bucket: got "Logs_1"; expected an S3 bucket name/);
    });
    it("fails on a bucket where Loki keeps its logs on a volume", () => {
        assert.deepEqual(problemsOf({ logs: { backend: "loki", bucket: "logs" } }), [
            'mesh-observability:logs.bucket: got "logs"; only used when logs.backend is loki and tempo.storage.backend is s3 (Loki then keeps its chunks on Tempo\'s object storage)',
        ]);
    });
    it("fails on more than one Loki replica on a volume, asked for in the stack file", () => {
        assert.deepEqual(problemsOf({ logs: { backend: "loki" }, sizing: { components: { loki: { replicas: 3 } } } }), [
            "mesh-observability:sizing.components.loki.replicas: got 3; Loki on a filesystem volume runs one replica; more need object storage (tempo.storage.backend s3)",
        ]);
    });
    it("reports only the sizing problem when sizing is not JSON", () => {
        assert.deepEqual(problemsOf({ logs: { backend: "loki" }, sizing: "{profile" }), ['mesh-observability:sizing: got "{profile"; expected an object { profile, components, load }']);
    });
    it("accepts the production profile's Loki replicas on a volume (Loki then runs one)", () => {
        assert.equal(parse({ logs: { backend: "loki" }, sizing: { profile: "production" } }).logs.backend, "loki");
    });
    it("fails on an unknown field and suggests the close one", () => {
        assert.deepEqual(problemsOf({ logs: { backnd: "loki" } }), ["mesh-observability:logs.backnd: unknown field; did you mean logs.backend?"]);
    });
    it("fails on logs that are not an object", () => assert.deepEqual(problemsOf({ logs: "loki" }), ['mesh-observability:logs: got "loki"; expected an object { backend, url, bucket, schemaPeriods }']));
    it("fails on logs JSON that is not an object", () => assert.deepEqual(problemsOf({ logs: ["loki"] }), ['mesh-observability:logs: got ["loki"]; expected an object { backend, url, bucket, schemaPeriods }']));
});

describe("Loki's schema periods", () => {
    const s3 = { backend: "s3", bucket: "traces", endpoint: "s3.eu-west-1.amazonaws.com" };
    const onS3 = (schemaPeriods?: unknown) => ({ tempo: { storage: s3 }, logs: { backend: "loki", bucket: "logs", ...(schemaPeriods === undefined ? {} : { schemaPeriods }) } });
    const moved = [{ from: "2024-04-01", objectStore: "filesystem" }, { from: "2026-10-01", objectStore: "s3" }];

    it("refuses moving Loki onto object storage without a new period, naming the key and the fix", () => {
        const [problem, ...rest] = problemsOf(onS3());
        assert.deepEqual(rest, []);
        assert.ok(problem.startsWith("mesh-observability:logs.schemaPeriods: got null; Loki's newest schema period keeps logs on filesystem, but with tempo.storage.backend s3 and logs.bucket Loki now keeps them on s3"), problem);
        assert.match(problem, /append a period, never change one in use: schemaPeriods: \[\{ from: "2024-04-01", objectStore: filesystem \}, \{ from: "<a date after the day you deploy, UTC>", objectStore: s3 \}\]/);
        assert.match(problem, /A stack whose Loki has used s3 since it was installed declares that instead: \[\{ from: "2024-04-01", objectStore: s3 \}\]/);
    });
    it("refuses a store change hidden in a past period's place: the newest period must be on the store Loki uses now", () => {
        assert.match(problemsOf(onS3([{ from: "2024-04-01", objectStore: "filesystem" }]))[0], /^mesh-observability:logs.schemaPeriods: got \[\{"from":"2024-04-01","objectStore":"filesystem"\}\]; Loki's newest schema period keeps logs on filesystem/);
    });
    it("accepts the move as a period appended after the first", () => assert.deepEqual(parse(onS3(moved)).logs.schemaPeriods, moved));
    it("refuses Loki back on its volume while a period is on s3: those logs would be unreadable", () => {
        assert.match(problemsOf({ logs: { backend: "loki", schemaPeriods: [...moved, { from: "2026-12-01", objectStore: "filesystem" }] } })[0], /^mesh-observability:logs.schemaPeriods: got .*; Loki now keeps its logs on its volume .* but a period is on s3/);
    });
    it("refuses periods out of order", () => {
        assert.deepEqual(problemsOf(onS3([{ from: "2026-10-01", objectStore: "filesystem" }, { from: "2026-10-01", objectStore: "s3" }])), [
            'mesh-observability:logs.schemaPeriods[1].from: got "2026-10-01"; must be after logs.schemaPeriods[0].from (2026-10-01): periods are listed oldest first',
        ]);
    });
    it("refuses a date that is not a day of the calendar, and a store it does not know", () => {
        assert.deepEqual(problemsOf({ logs: { backend: "loki", schemaPeriods: [{ from: "2026-02-30", objectStore: "gcs" }] } }), [
            'mesh-observability:logs.schemaPeriods[0].from: got "2026-02-30"; expected a date YYYY-MM-DD (Loki starts the period at 00:00 UTC that day), e.g. "2026-10-01"',
            'mesh-observability:logs.schemaPeriods[0].objectStore: got "gcs"; expected one of filesystem, s3',
        ]);
    });
    it("refuses an empty list, a period that is not an object and an unknown field", () => {
        assert.deepEqual(problemsOf({ logs: { backend: "loki", schemaPeriods: [] } }), ["mesh-observability:logs.schemaPeriods: got []; expected a list of { from: YYYY-MM-DD, objectStore: filesystem | s3 }, oldest first"]);
        assert.deepEqual(problemsOf({ logs: { backend: "loki", schemaPeriods: ["2024-04-01"] } }), ['mesh-observability:logs.schemaPeriods[0]: got "2024-04-01"; expected a list of { from: YYYY-MM-DD, objectStore: filesystem | s3 }, oldest first']);
        assert.deepEqual(problemsOf({ logs: { backend: "loki", schemaPeriods: [{ from: "2024-04-01", objectStore: "filesystem", schema: "v13" }] } }), [
            "mesh-observability:logs.schemaPeriods[0].schema: unknown field; known fields: from, objectStore",
        ]);
    });
    it("refuses periods without an in-cluster Loki", () => {
        assert.deepEqual(problemsOf({ logs: { backend: "none", schemaPeriods: moved } }), [
            `mesh-observability:logs.schemaPeriods: got ${JSON.stringify(moved)}; only used when logs.backend is loki; remove it or set backend: loki`,
        ]);
    });
});

describe("stack config problems", () => {
    it("fails on an unknown mesh mode", () => {
        assert.deepEqual(problemsOf({ meshMode: "sidecars" }), ['mesh-observability:meshMode: got "sidecars"; expected one of sidecar, ambient']);
    });
    it("fails on sampling above 100", () => {
        assert.deepEqual(problemsOf({ samplingPercent: "150" }), [
            'mesh-observability:samplingPercent: got "150"; expected a number from 0 to 100 (a percentage; decimals allowed, e.g. 0.5)',
        ]);
    });
    it("fails on sampling written as hex or with an exponent, which Number() would read", () => {
        assert.deepEqual([...problemsOf({ samplingPercent: "0x10" }), ...problemsOf({ samplingPercent: "1e1" }), ...problemsOf({ samplingPercent: "5 %" })].map((p) => p.split(";")[0]), [
            'mesh-observability:samplingPercent: got "0x10"',
            'mesh-observability:samplingPercent: got "1e1"',
            'mesh-observability:samplingPercent: got "5 %"',
        ]);
    });
    it("fails on negative or non-numeric sampling", () => {
        assert.equal(problemsOf({ samplingPercent: "-1" }).length, 1);
        assert.match(problemsOf({ samplingPercent: "ten" })[0], /^mesh-observability:samplingPercent: got "ten"/);
    });
    it("fails on a namespace that is not a DNS-1123 label", () => {
        assert.deepEqual(problemsOf({ meshNamespaces: ["Shop_1"] }), [
            'mesh-observability:meshNamespaces[0]: got "Shop_1"; expected a DNS-1123 label (lower-case letters, digits and \'-\', starting and ending with a letter or digit, at most 63 characters)',
        ]);
    });
    it("fails on a namespace longer than 63 characters", () => {
        assert.match(problemsOf({ meshNamespaces: ["a".repeat(64)] })[0], /meshNamespaces\[0\]: .*at most 63 characters/);
    });
    it("accepts a namespace of exactly 63 characters", () => {
        assert.deepEqual(parse({ meshNamespaces: ["a".repeat(63)] }).meshNamespaces, ["a".repeat(63)]);
    });
    it("refuses the namespaces Kubernetes reserves", () => {
        for (const namespace of ["default", "kube-system", "kube-public", "kube-node-lease"]) {
            assert.deepEqual(problemsOf({ meshNamespaces: [namespace] }), [
                `mesh-observability:meshNamespaces[0]: got "${namespace}"; this namespace belongs to the platform or to Kubernetes; enrol application namespaces only`,
            ]);
        }
    });
    it("fails on a platform namespace", () => {
        assert.deepEqual(problemsOf({ meshNamespaces: ["istio-system"] }), [
            'mesh-observability:meshNamespaces[0]: got "istio-system"; this namespace belongs to the platform or to Kubernetes; enrol application namespaces only',
        ]);
    });
    it("refuses every namespace the platform installs into", () => {
        for (const namespace of Object.values(PLATFORM_NAMESPACES)) {
            assert.match(problemsOf({ meshNamespaces: [namespace] })[0], /belongs to the platform/, namespace);
        }
    });
    it("fails on a namespace listed twice", () => {
        assert.deepEqual(problemsOf({ meshNamespaces: ["shop", "shop"] }), ['mesh-observability:meshNamespaces[1]: got "shop"; each namespace may be listed once']);
    });
    it("fails on a list that is not a list of strings", () => {
        assert.deepEqual(problemsOf({ meshNamespaces: "shop" }), ['mesh-observability:meshNamespaces: got "shop"; expected a list of strings']);
    });
    it("fails on a list holding something other than strings, or on an object", () => {
        assert.deepEqual(problemsOf({ meshNamespaces: ["shop", 1] }), ['mesh-observability:meshNamespaces: got ["shop",1]; expected a list of strings']);
        assert.deepEqual(problemsOf({ loadBalancerAddresses: { pool: "10.0.0.0/28" } }), ['mesh-observability:loadBalancerAddresses: got {"pool":"10.0.0.0/28"}; expected a list of strings']);
    });
    it("fails on a malformed CIDR", () => {
        assert.match(problemsOf({ loadBalancerAddresses: ["192.168.1.0/33"] })[0], /^mesh-observability:loadBalancerAddresses\[0\]: got "192.168.1.0\/33"; expected an IPv4\/IPv6 CIDR/);
    });
    it("fails on a range whose start is after its end", () => {
        assert.match(problemsOf({ loadBalancerAddresses: ["10.0.0.9-10.0.0.1"] })[0], /loadBalancerAddresses\[0\]: got "10.0.0.9-10.0.0.1"; the range starts after it ends/);
    });
    it("fails on a range mixing IPv4 and IPv6", () => {
        assert.match(problemsOf({ loadBalancerAddresses: ["10.0.0.1-fd00::1"] })[0], /loadBalancerAddresses\[0\]: got "10.0.0.1-fd00::1"; expected/);
    });
    it("fails on overlapping address blocks", () => {
        assert.deepEqual(problemsOf({ loadBalancerAddresses: ["10.0.0.0/28", "10.0.0.5-10.0.0.20"] }), [
            'mesh-observability:loadBalancerAddresses[1]: got "10.0.0.5-10.0.0.20"; overlaps loadBalancerAddresses[0] (10.0.0.0/28); address blocks must be disjoint',
        ]);
    });
    it("fails on address blocks that share one address, whichever comes first", () => {
        assert.deepEqual(problemsOf({ loadBalancerAddresses: ["10.0.0.0/28", "10.0.0.15-10.0.0.20"] }), [
            'mesh-observability:loadBalancerAddresses[1]: got "10.0.0.15-10.0.0.20"; overlaps loadBalancerAddresses[0] (10.0.0.0/28); address blocks must be disjoint',
        ]);
        assert.match(problemsOf({ loadBalancerAddresses: ["10.0.0.15-10.0.0.20", "10.0.0.0/28"] })[0], /loadBalancerAddresses\[1\]: .*overlaps loadBalancerAddresses\[0\]/);
    });
    it("accepts address blocks that touch without sharing an address", () => {
        const blocks = ["10.0.0.0/28", "10.0.0.16-10.0.0.20", "10.0.0.21/32"];
        assert.deepEqual(parse({ loadBalancerAddresses: blocks }).loadBalancerAddresses, blocks);
    });
    it("accepts IPv4 and IPv6 blocks with the same numeric span", () => {
        const blocks = ["0.0.0.0/28", "::/124"];
        assert.deepEqual(parse({ loadBalancerAddresses: blocks }).loadBalancerAddresses, blocks);
    });
    it("counts a malformed block when it names the block an overlap is with", () => {
        assert.deepEqual(problemsOf({ loadBalancerAddresses: ["nonsense", "10.0.0.0/28", "10.0.0.4/30"] }), [
            'mesh-observability:loadBalancerAddresses[0]: got "nonsense"; expected an IPv4/IPv6 CIDR ("192.168.1.0/24") or a range "start-end" of one family with start <= end',
            'mesh-observability:loadBalancerAddresses[2]: got "10.0.0.4/30"; overlaps loadBalancerAddresses[1] (10.0.0.0/28); address blocks must be disjoint',
        ]);
    });
    it("fails on a non-boolean ingressNginx", () => {
        assert.deepEqual(problemsOf({ ingressNginx: "yes" }), ['mesh-observability:ingressNginx: got "yes"; expected true or false']);
    });
    it("fails on a cluster platform Istio has no profile for", () => {
        assert.deepEqual(problemsOf({ clusterPlatform: "kind" }), [
            'mesh-observability:clusterPlatform: got "kind"; expected one of generic, k3s, k3d, minikube, microk8s, gke, openshift',
        ]);
    });
    it("fails on a demo it does not know", () => {
        assert.deepEqual(problemsOf({ demo: "online-boutique" }), ['mesh-observability:demo: got "online-boutique"; expected one of bookinfo, none']);
    });
    it("fails on a non-boolean verifyTraces", () => {
        assert.deepEqual(problemsOf({ demo: "bookinfo", verifyTraces: "yes" }), ['mesh-observability:verifyTraces: got "yes"; expected true or false']);
    });
    it("fails on the trace check without the demo it drives", () => {
        assert.deepEqual(problemsOf({ verifyTraces: "true" }), [
            'mesh-observability:verifyTraces: got "true"; the trace check sends its requests through the demo: set mesh-observability:demo to bookinfo, or verifyTraces to false',
        ]);
    });
    it("fails on tempo that is not JSON, or not an object", () => {
        assert.deepEqual(problemsOf({ tempo: "{mode: monolithic" }), ['mesh-observability:tempo: got "{mode: monolithic"; expected an object { mode, retention, storage }']);
        assert.deepEqual(problemsOf({ tempo: ["monolithic"] }), ['mesh-observability:tempo: got ["monolithic"]; expected an object { mode, retention, storage }']);
    });
    it("fails on tempo.storage that is not an object", () => {
        assert.deepEqual(problemsOf({ tempo: { storage: "s3" } }), ['mesh-observability:tempo.storage: got "s3"; expected an object { backend, bucket, endpoint, region, insecure, serviceAccountAnnotations }']);
    });
    it("fails on a storage backend it does not know", () => {
        assert.deepEqual(problemsOf({ tempo: { storage: { backend: "gcs" } } }), ['mesh-observability:tempo.storage.backend: got "gcs"; expected one of local, s3']);
    });
    it("fails on a non-boolean tempo.storage.insecure", () => {
        assert.deepEqual(problemsOf({ tempo: { storage: { backend: "s3", bucket: "traces", endpoint: "minio:9000", insecure: "yes" } } }), [
            'mesh-observability:tempo.storage.insecure: got "yes"; expected true or false',
        ]);
    });
    it("fails on an S3 bucket name or region S3 would refuse", () => {
        assert.deepEqual(problemsOf({ tempo: { storage: { backend: "s3", bucket: "Traces-1", endpoint: "minio:9000", region: "eu west-1" } } }), [
            "mesh-observability:tempo.storage.bucket: got \"Traces-1\"; expected an S3 bucket name (3-63 lower-case letters, digits, '.' and '-')",
            'mesh-observability:tempo.storage.region: got "eu west-1"; expected a region name such as "eu-west-1"',
        ]);
    });
    it("accepts S3 bucket names of 3 and 63 characters, endpoints with or without a port, and regions", () => {
        for (const [bucket, endpoint] of [["abc", "s3.eu-west-1.amazonaws.com"], ["a".repeat(63), "minio:9000"], ["my.traces-1", "10.0.0.5:443"], ["traces", "x"]]) {
            const storage = parse({ tempo: { storage: { backend: "s3", bucket, endpoint, region: "eu-west-1" } } }).tempo.storage;
            assert.deepEqual([storage.bucket, storage.endpoint, storage.region], [bucket, endpoint, "eu-west-1"]);
        }
    });
    it("fails on S3 bucket names of 2 or 64 characters and on an endpoint with a path or a port of six digits", () => {
        const problems = (bucket: string, endpoint: string) => problemsOf({ tempo: { storage: { backend: "s3", bucket, endpoint } } }).map((p) => p.split(":")[1]);
        assert.deepEqual(problems("ab", "minio:9000"), ["tempo.storage.bucket"]);
        assert.deepEqual(problems("a".repeat(64), "minio:9000"), ["tempo.storage.bucket"]);
        assert.deepEqual(problems("traces", "minio:9000/bucket"), ["tempo.storage.endpoint"]);
        assert.deepEqual(problems("traces", "minio:900000"), ["tempo.storage.endpoint"]);
        assert.deepEqual(problems("traces", "-minio"), ["tempo.storage.endpoint"]);
        assert.deepEqual(problems("traces", "minio-"), ["tempo.storage.endpoint"]);
    });
    it("fails on a Tempo mode it does not know", () => {
        assert.deepEqual(problemsOf({ tempo: { mode: "single" } }), ['mesh-observability:tempo.mode: got "single"; expected one of monolithic, distributed']);
    });
    it("fails on a retention that is not a string", () => {
        assert.deepEqual(problemsOf({ tempo: { retention: ["24h"] } }), ['mesh-observability:tempo.retention: got ["24h"]; expected a positive Go duration such as "24h", "168h" or "720h"']);
    });
    it("fails on a retention that is not a Go duration", () => {
        assert.deepEqual(problemsOf({ tempo: { retention: "30d" } }), [
            'mesh-observability:tempo.retention: got "30d"; expected a positive Go duration such as "24h", "168h" or "720h"',
        ]);
    });
    it("fails on a zero retention", () => assert.match(problemsOf({ tempo: { retention: "0s" } })[0], /tempo.retention: got "0s"/));
    it("fails on distributed Tempo without object storage", () => {
        assert.deepEqual(problemsOf({ tempo: { mode: "distributed" } }), [
            'mesh-observability:tempo.storage.backend: got "local"; tempo.mode distributed needs object storage: set storage.backend to s3 with bucket and endpoint',
        ]);
    });
    it("fails on S3 storage without bucket and endpoint", () => {
        assert.deepEqual(problemsOf({ tempo: { storage: { backend: "s3" } } }), [
            "mesh-observability:tempo.storage.bucket: got null; required when tempo.storage.backend is s3",
            "mesh-observability:tempo.storage.endpoint: got null; required when tempo.storage.backend is s3",
        ]);
    });
    it("fails on an endpoint with a scheme", () => {
        assert.match(problemsOf({ tempo: { storage: { backend: "s3", bucket: "traces", endpoint: "https://s3.example.com" } } })[0], /tempo.storage.endpoint: got "https:\/\/s3.example.com"; expected host\[:port\] without a scheme/);
    });
    it("fails on S3 fields with local storage", () => {
        assert.deepEqual(problemsOf({ tempo: { storage: { bucket: "traces" } } }), [
            'mesh-observability:tempo.storage.bucket: got "traces"; only used when tempo.storage.backend is s3; remove it or set backend: s3',
        ]);
    });
    it("fails on each S3 field with local storage", () => {
        assert.deepEqual(problemsOf({ tempo: { storage: { backend: "local", endpoint: "minio:9000", region: "eu-1", insecure: true } } }).map((p) => p.split(":")[1]), [
            "tempo.storage.endpoint",
            "tempo.storage.region",
            "tempo.storage.insecure",
        ]);
    });
    it("takes local storage, plain HTTP off, when storage names no backend", () => {
        assert.deepEqual(parse({ tempo: { storage: {} } }).tempo.storage, { backend: "local", bucket: undefined, endpoint: undefined, region: undefined, insecure: false, serviceAccountAnnotations: {} });
        assert.equal(parse({ tempo: { storage: { backend: "s3", bucket: "traces", endpoint: "minio:9000" } } }).tempo.storage.insecure, false);
    });
    it("fails on S3 settings that are not strings", () => {
        assert.deepEqual(problemsOf({ tempo: { storage: { backend: "s3", bucket: 123, endpoint: "minio:9000" } } }), [
            "mesh-observability:tempo.storage.bucket: got 123; expected an S3 bucket name (3-63 lower-case letters, digits, '.' and '-')",
        ]);
    });
    it("fails on a service-account annotation whose key is not an annotation key, or whose value is not a string", () => {
        const s3 = { backend: "s3", bucket: "traces", endpoint: "s3.amazonaws.com" };
        assert.deepEqual(problemsOf({ tempo: { storage: { ...s3, serviceAccountAnnotations: { "eks.amazonaws.com/role arn": "x", "iam.gke.io/gcp-service-account": 7 } } } }), [
            'mesh-observability:tempo.storage.serviceAccountAnnotations.eks.amazonaws.com/role arn: got "eks.amazonaws.com/role arn"; expected an annotation key [prefix/]name (prefix: a DNS subdomain of at most 253 characters; name: at most 63 letters, digits, \'-\', \'_\', \'.\', starting and ending with a letter or digit)',
            "mesh-observability:tempo.storage.serviceAccountAnnotations.iam.gke.io/gcp-service-account: got 7; expected a string value",
        ]);
    });
    it("fails on service-account annotations that are not a map", () => {
        assert.match(problemsOf({ tempo: { storage: { backend: "s3", bucket: "traces", endpoint: "s3.amazonaws.com", serviceAccountAnnotations: ["a"] } } })[0], /tempo.storage.serviceAccountAnnotations: got \["a"\]; expected a map of annotations/);
    });
    it("fails on service-account annotations with local storage", () => {
        assert.match(problemsOf({ tempo: { storage: { serviceAccountAnnotations: { a: "b" } } } })[0], /tempo.storage.serviceAccountAnnotations: got \{"a":"b"\}; only used when tempo.storage.backend is s3/);
    });
    it("fails on a Prometheus retention that is not a Prometheus duration", () => {
        assert.deepEqual(problemsOf({ prometheus: { retention: "30 days" } }), [
            'mesh-observability:prometheus.retention: got "30 days"; expected a positive Prometheus duration such as "15d", "2w" or "12h"',
        ]);
    });
    it("fails on a Prometheus retention that is not a string", () => {
        assert.deepEqual(problemsOf({ prometheus: { retention: ["10d"] } }), [
            'mesh-observability:prometheus.retention: got ["10d"]; expected a positive Prometheus duration such as "15d", "2w" or "12h"',
        ]);
    });
    it("keeps Prometheus' default retention when prometheus sets none", () => assert.deepEqual(parse({ prometheus: {} }).prometheus, { retention: "10d" }));
    it("fails on prometheus that is not JSON, or not an object", () => {
        assert.deepEqual(problemsOf({ prometheus: "{retention" }), ['mesh-observability:prometheus: got "{retention"; expected an object { retention }']);
        assert.deepEqual(problemsOf({ prometheus: "10d" }), ['mesh-observability:prometheus: got "10d"; expected an object { retention }']);
    });
    it("fails on an unknown prometheus field and suggests the close one", () => {
        assert.deepEqual(problemsOf({ prometheus: { retension: "10d" } }), ["mesh-observability:prometheus.retension: unknown field; did you mean prometheus.retention?"]);
    });
    it("fails on an mTLS mode Istio does not offer mesh-wide", () => {
        assert.match(problemsOf({ mtls: "DISABLE" })[0], /mtls: got "DISABLE"; expected one of PERMISSIVE, STRICT/);
    });
    it("fails on STRICT mTLS with ingress-nginx in sidecar mode, which cannot then reach the applications", () => {
        assert.match(problemsOf({ mtls: "STRICT" })[0], /^mesh-observability:ingressNginx: got true; with mtls STRICT in sidecar mode ingress-nginx, which is outside the mesh/);
    });
    it("accepts STRICT mTLS with ingress-nginx in ambient mode, or without ingress-nginx", () => {
        assert.equal(parse({ mtls: "STRICT", meshMode: "ambient" }).mtls, "STRICT");
        assert.equal(parse({ mtls: "STRICT", ingressNginx: "false" }).mtls, "STRICT");
    });
    it("fails on an unknown Tempo field and suggests the close one", () => {
        assert.deepEqual(problemsOf({ tempo: { retension: "24h" } }), ["mesh-observability:tempo.retension: unknown field; did you mean tempo.retention?"]);
    });
    it("fails on an unknown tempo.storage field and suggests the close one", () => {
        assert.deepEqual(problemsOf({ tempo: { storage: { backend: "s3", bucket: "traces", endpoint: "minio:9000", regoin: "eu-1" } } }), [
            "mesh-observability:tempo.storage.regoin: unknown field; did you mean tempo.storage.region?",
        ]);
    });
    it("fails on an unknown tempo.storage field far from any known one and lists the known fields", () => {
        assert.deepEqual(problemsOf({ tempo: { storage: { colour: "blue" } } }), [
            "mesh-observability:tempo.storage.colour: unknown field; known fields: backend, bucket, endpoint, region, insecure, serviceAccountAnnotations",
        ]);
    });
    it("fails on an object-storage key stored in plain text", () => {
        assert.deepEqual(
            problemsOf({ tempo: { storage: { backend: "s3", bucket: "traces", endpoint: "minio:9000" } }, tempoStorageAccessKey: "AK", tempoStorageSecretKey: "SK" }, ["tempoStorageSecretKey"]),
            ["mesh-observability:tempoStorageAccessKey: stored in plain text; set it with `pulumi config set --secret tempoStorageAccessKey <value>`"],
        );
    });
    it("fails on one object-storage key without the other", () => {
        assert.deepEqual(
            problemsOf({ tempo: { storage: { backend: "s3", bucket: "traces", endpoint: "minio:9000" } }, tempoStorageAccessKey: "AK" }, ["tempoStorageAccessKey"]),
            ["mesh-observability:tempoStorageSecretKey: required together with mesh-observability:tempoStorageAccessKey; set it with `pulumi config set --secret tempoStorageSecretKey <value>`"],
        );
        assert.deepEqual(
            problemsOf({ tempo: { storage: { backend: "s3", bucket: "traces", endpoint: "minio:9000" } }, tempoStorageSecretKey: "SK" }, ["tempoStorageSecretKey"]),
            ["mesh-observability:tempoStorageAccessKey: required together with mesh-observability:tempoStorageSecretKey; set it with `pulumi config set --secret tempoStorageAccessKey <value>`"],
        );
    });
    it("fails on one object-storage key without S3 storage, for that alone", () => {
        assert.deepEqual(problemsOf({ tempoStorageAccessKey: "AK" }, ["tempoStorageAccessKey"]), [
            "mesh-observability:tempoStorageAccessKey: only used when tempo.storage.backend is s3; remove it or set backend: s3",
        ]);
    });
    it("fails on object-storage keys without S3 storage", () => {
        assert.deepEqual(problemsOf({ tempoStorageAccessKey: "AK", tempoStorageSecretKey: "SK" }, ["tempoStorageAccessKey", "tempoStorageSecretKey"]), [
            "mesh-observability:tempoStorageAccessKey: only used when tempo.storage.backend is s3; remove it or set backend: s3",
            "mesh-observability:tempoStorageSecretKey: only used when tempo.storage.backend is s3; remove it or set backend: s3",
        ]);
    });
    it("passes both object-storage keys on", async () => {
        const config = parse(
            { tempo: { storage: { backend: "s3", bucket: "traces", endpoint: "minio:9000" } }, tempoStorageAccessKey: "AK", tempoStorageSecretKey: "SK" },
            ["tempoStorageAccessKey", "tempoStorageSecretKey"],
        );
        const credentials = config.objectStorageCredentials as NonNullable<StackConfig["objectStorageCredentials"]>;
        assert.deepEqual([await valueOf(credentials.accessKey), await valueOf(credentials.secretKey)], ["AK", "SK"]);
    });
    it("fails on chart values for a chart the platform does not have, and names the one probably meant", () => {
        assert.deepEqual(problemsOf({ chartValues: { kialli: {} } }), ["mesh-observability:chartValues.kialli: unknown field; did you mean chartValues.kiali?"]);
    });
    it("fails on chartValues or sizing that is not JSON", () => {
        assert.deepEqual(problemsOf({ chartValues: "{kiali" }), ['mesh-observability:chartValues: got "{kiali"; expected an object of raw Helm values per chart']);
        assert.deepEqual(problemsOf({ sizing: "{profile" }), ['mesh-observability:sizing: got "{profile"; expected an object { profile, components, load }']);
    });
    it("fails on chartValues that is not an object, and lists the charts", () => {
        assert.deepEqual(problemsOf({ chartValues: ["kiali"] }), [
            'mesh-observability:chartValues: got ["kiali"]; expected an object with keys among certManager, metallb, ingressNginx, istioBase, istiod, istioGateway, istioCni, ztunnel, openTelemetryOperator, tempo, kubePrometheusStack, kiali, loki',
        ]);
    });
    it("fails on chart values for an unknown chart far from any known one, and lists the charts", () => {
        assert.match(problemsOf({ chartValues: { grafana: {} } })[0], /^mesh-observability:chartValues\.grafana: unknown field; known fields: certManager, metallb, /);
    });
    it("fails on chart values that are not an object", () => {
        assert.deepEqual(problemsOf({ chartValues: { tempo: "big" } }), ['mesh-observability:chartValues.tempo: got "big"; expected an object of Helm values']);
    });
    it("fails on an unknown key and names the key probably meant", () => {
        assert.deepEqual(problemsOf({ samplingPercentage: "10" }), ["mesh-observability:samplingPercentage: unknown key; did you mean mesh-observability:samplingPercent?"]);
    });
    it("fails on an unknown key far from any known one and lists the known keys", () => {
        assert.match(problemsOf({ colour: "blue" })[0], /^mesh-observability:colour: unknown key; known keys: meshMode, samplingPercent, /);
    });
    it("reports unknown keys and fields in alphabetical order, whatever order they are set in", () => {
        assert.deepEqual(problemsOf({ zebra: "1", aardvark: "1" }).map((p) => p.split(":")[1]), ["aardvark", "zebra"]);
        assert.deepEqual(problemsOf({ tempo: { zebra: 1, aardvark: 1 } }).map((p) => p.split(":")[1]), ["tempo.aardvark", "tempo.zebra"]);
    });
    it("reports every problem together", () => {
        const problems = problemsOf({ meshMode: "x", samplingPercent: "101", ingressNginx: "1", tempo: { mode: "y" } });
        assert.deepEqual(
            problems.map((p) => p.split(":")[1]),
            ["meshMode", "samplingPercent", "ingressNginx", "tempo.mode"],
        );
    });
    it("says how many problems in the error message, one per line", () => {
        assert.throws(() => parse({ meshMode: "x", ingressNginx: "1" }), {
            name: "ConfigError",
            message:
                "Invalid stack configuration (2 problems):\n" +
                '  - mesh-observability:meshMode: got "x"; expected one of sidecar, ambient\n' +
                '  - mesh-observability:ingressNginx: got "1"; expected true or false',
        });
    });
    it("says 1 problem, not 1 problems", () => {
        assert.throws(() => parse({ meshMode: "x" }), { message: 'Invalid stack configuration (1 problem):\n  - mesh-observability:meshMode: got "x"; expected one of sidecar, ambient' });
    });
});
