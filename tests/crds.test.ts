// The generated custom-resource models (crds/generated/) and createCustomResource: valid objects pass their CRD
// schema and are registered as plain JSON; invalid ones fail with every problem named and register nothing.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import {
    Certificate,
    checkCustomResource,
    ClusterIssuer,
    createCustomResource,
    type CustomResourceModel,
    CustomResourceValidationError,
    DestinationRule,
    Gateway,
    Instrumentation,
    IPAddressPool,
    IstioGateway,
    L2Advertisement,
    OpenTelemetryCollector,
    PeerAuthentication,
    PodMonitor,
    PrometheusRule,
    ServiceMonitor,
    Telemetry,
    type TelemetrySpec,
    VirtualService,
} from "../crds/index.ts";
import { describe as describeSchemaErrors, type SchemaError } from "../crds/custom-resource.ts";
import manifest from "../crds/generated/manifest.json" with { type: "json" };
import { at as atPath, Harness } from "./harness.ts";

/** A value of the wrong type, past the compiler (what a JSON config or an `any` could hand in). */
const wrong = (value: unknown): never => value as never;

/** One valid object of every generated kind, as the platform's components build them. */
function validModels(): Record<string, CustomResourceModel> {
    return {
        IPAddressPool: new IPAddressPool({
            metadata: { name: "default-pool", namespace: "metallb-system" },
            spec: { addresses: ["192.168.1.240-192.168.1.250", "10.10.0.0/28"], autoAssign: true },
        }),
        L2Advertisement: new L2Advertisement({
            metadata: { name: "default-pool-l2", namespace: "metallb-system" },
            spec: { ipAddressPools: ["default-pool"] },
        }),
        Telemetry: new Telemetry({
            metadata: { name: "mesh-default", namespace: "istio-system" },
            spec: { tracing: [{ providers: [{ name: "otel-tracing" }], randomSamplingPercentage: 10, customTags: { cluster: { literal: { value: "dev" } } } }] },
        }),
        PeerAuthentication: new PeerAuthentication({ metadata: { name: "default", namespace: "istio-system" }, spec: { mtls: { mode: "STRICT" } } }),
        OpenTelemetryCollector: new OpenTelemetryCollector({
            metadata: { name: "otel", namespace: "observability" },
            spec: {
                mode: "deployment",
                replicas: 2,
                resources: { requests: { cpu: "100m", memory: "256Mi" }, limits: { memory: "512Mi" } },
                config: {
                    receivers: { otlp: { protocols: { grpc: { endpoint: "0.0.0.0:4317" }, http: { endpoint: "0.0.0.0:4318" } } } },
                    processors: { memory_limiter: { check_interval: "1s", limit_percentage: 80 }, batch: {} },
                    exporters: { "otlp_grpc/tempo": { endpoint: "tempo.tempo.svc.cluster.local:4317", tls: { insecure: true } } },
                    service: { pipelines: { traces: { receivers: ["otlp"], processors: ["memory_limiter", "batch"], exporters: ["otlp_grpc/tempo"] } } },
                },
            },
        }),
        Instrumentation: new Instrumentation({
            metadata: { name: "default", namespace: "bookinfo" },
            spec: {
                exporter: { endpoint: "http://otel-collector.observability.svc.cluster.local:4318" },
                propagators: ["tracecontext", "baggage"],
                sampler: { type: "parentbased_traceidratio", argument: "0.1" },
            },
        }),
        PodMonitor: new PodMonitor({
            metadata: { name: "envoy-stats", namespace: "monitoring" },
            spec: {
                selector: { matchExpressions: [{ key: "istio-prometheus-ignore", operator: "DoesNotExist" }] },
                namespaceSelector: { any: true },
                podMetricsEndpoints: [{ port: "http-envoy-prom", path: "/stats/prometheus", interval: "30s" }],
            },
        }),
        ServiceMonitor: new ServiceMonitor({
            metadata: { name: "tempo", namespace: "monitoring", labels: { release: "kube-prometheus-stack" } },
            spec: {
                selector: { matchLabels: { "app.kubernetes.io/name": "tempo" } },
                namespaceSelector: { matchNames: ["tempo"] },
                endpoints: [{ port: "http-metrics", interval: "30s", targetPort: 3200 }],
            },
        }),
        PrometheusRule: new PrometheusRule({
            metadata: { name: "trace-pipeline", namespace: "monitoring", labels: { release: "kube-prometheus-stack" } },
            spec: {
                groups: [
                    {
                        name: "collector",
                        rules: [{ alert: "CollectorRefusingSpans", expr: "rate(otelcol_receiver_refused_spans_total[5m]) > 0", for: "5m", labels: { severity: "warning" }, annotations: { summary: "refused" } }],
                    },
                ],
            },
        }),
        Gateway: new Gateway({
            metadata: { name: "waypoint", namespace: "bookinfo", labels: { "istio.io/waypoint-for": "service" } },
            spec: { gatewayClassName: "istio-waypoint", listeners: [{ name: "mesh", port: 15008, protocol: "HBONE" }] },
        }),
        IstioGateway: new IstioGateway({
            metadata: { name: "bookinfo-gateway", namespace: "bookinfo" },
            spec: { selector: { istio: "ingressgateway" }, servers: [{ port: { number: 80, name: "http", protocol: "HTTP" }, hosts: ["*"] }] },
        }),
        VirtualService: new VirtualService({
            metadata: { name: "bookinfo", namespace: "bookinfo" },
            spec: {
                hosts: ["*"],
                gateways: ["bookinfo-gateway"],
                http: [{ match: [{ uri: { exact: "/productpage" } }], route: [{ destination: { host: "productpage", port: { number: 9080 } } }] }],
            },
        }),
        DestinationRule: new DestinationRule({
            metadata: { name: "grafana", namespace: "istio-ingress" },
            spec: {
                host: "grafana.monitoring.svc.cluster.local",
                exportTo: ["."],
                trafficPolicy: { loadBalancer: { consistentHash: { httpCookie: { name: "affinity", path: "/", ttl: "0s" } } } },
            },
        }),
        Certificate: new Certificate({
            metadata: { name: "grafana", namespace: "istio-ingress" },
            spec: { secretName: "grafana-tls", dnsNames: ["grafana.example.org"], issuerRef: { kind: "ClusterIssuer", name: "ca", group: "cert-manager.io" }, usages: ["digital signature", "server auth"] },
        }),
        ClusterIssuer: new ClusterIssuer({ metadata: { name: "ca" }, spec: { ca: { secretName: "ca-key-pair" } } }),
    };
}

/** The message createCustomResource/checkCustomResource throws for `model`. */
function problemsOf(model: CustomResourceModel): string {
    try {
        checkCustomResource(model);
    } catch (e) {
        assert.ok(e instanceof CustomResourceValidationError, `expected a CustomResourceValidationError, got ${String(e)}`);
        return e.message;
    }
    return assert.fail("the model passed validation");
}

function telemetry(spec: TelemetrySpec, metadata: Record<string, string> = { name: "mesh-default", namespace: "istio-system" }): Telemetry {
    return new Telemetry({ metadata, spec });
}

describe("generated models", () => {
    it("cover exactly the fifteen kinds, one served version each", () => {
        assert.deepEqual(
            manifest.models.map((m) => `${m.apiVersion} ${m.kind}`).sort(),
            [
                "cert-manager.io/v1 Certificate",
                "cert-manager.io/v1 ClusterIssuer",
                "gateway.networking.k8s.io/v1 Gateway",
                "metallb.io/v1beta1 IPAddressPool",
                "metallb.io/v1beta1 L2Advertisement",
                "monitoring.coreos.com/v1 PodMonitor",
                "monitoring.coreos.com/v1 PrometheusRule",
                "monitoring.coreos.com/v1 ServiceMonitor",
                "networking.istio.io/v1 DestinationRule",
                "networking.istio.io/v1 Gateway",
                "networking.istio.io/v1 VirtualService",
                "opentelemetry.io/v1alpha1 Instrumentation",
                "opentelemetry.io/v1beta1 OpenTelemetryCollector",
                "security.istio.io/v1 PeerAuthentication",
                "telemetry.istio.io/v1 Telemetry",
            ],
        );
        for (const model of Object.values(validModels())) {
            const entry = manifest.models.find((m) => m.kind === model.kind && m.apiVersion === model.apiVersion);
            assert.equal(model.apiVersion, entry?.apiVersion);
            assert.equal(entry?.scope, model.kind === "ClusterIssuer" ? "Cluster" : "Namespaced");
        }
    });

    it("are listed in crds/README.md with their CRD file and source", () => {
        const readme = fs.readFileSync(path.join(import.meta.dirname, "..", "crds", "README.md"), "utf8");
        for (const m of manifest.models) {
            const row = readme.split("\n").find((line) => line.startsWith(`| ${m.kind} |`) && line.includes(`\`${m.apiVersion}\``));
            assert.ok(row, `no README row for ${m.kind}`);
            assert.ok(row.includes(m.apiVersion) && row.includes(m.crd) && row.includes(m.source), `README row for ${m.kind} is stale: ${row}`);
        }
    });

    for (const [kind, model] of Object.entries(validModels())) {
        it(`a valid ${kind} passes model.validate() and the wrapper's checks`, () => {
            assert.doesNotThrow(() => model.validate());
            assert.deepEqual(checkCustomResource(model), JSON.parse(JSON.stringify(model)));
        });
    }
});

describe("invalid custom resources", () => {
    it("a value above the schema's maximum", () => {
        const model = telemetry({ tracing: [{ providers: [{ name: "otel-tracing" }], randomSamplingPercentage: 150 }] });
        assert.equal(
            problemsOf(model),
            "Telemetry istio-system/mesh-default is invalid against telemetry.istio.io/v1: /spec/tracing/0/randomSamplingPercentage: must be <= 100",
        );
        assert.throws(() => model.validate(), /randomSamplingPercentage must be <= 100/);
    });

    it("a value outside the enum, with the allowed values", () => {
        assert.equal(
            problemsOf(telemetry({ tracing: [{ match: { mode: wrong("BOTH") } }] })),
            'Telemetry istio-system/mesh-default is invalid against telemetry.istio.io/v1: /spec/tracing/0/match/mode: must be equal to one of the allowed values: "CLIENT_AND_SERVER", "CLIENT", "SERVER"',
        );
        const collector = validModels().OpenTelemetryCollector as OpenTelemetryCollector;
        collector.spec = { ...collector.spec!, mode: wrong("replicaset") };
        assert.equal(
            problemsOf(collector),
            'OpenTelemetryCollector observability/otel is invalid against opentelemetry.io/v1beta1: /spec/mode: must be equal to one of the allowed values: "daemonset", "deployment", "sidecar", "statefulset"',
        );
    });

    it("a value of the wrong type", () => {
        assert.equal(
            problemsOf(new IPAddressPool({ metadata: { name: "p", namespace: "metallb-system" }, spec: { addresses: wrong("10.0.0.0/24") } })),
            "IPAddressPool metallb-system/p is invalid against metallb.io/v1beta1: /spec/addresses: must be array",
        );
        assert.equal(
            problemsOf(new L2Advertisement({ metadata: { name: "l2", namespace: "metallb-system" }, spec: { ipAddressPools: [wrong(1)] } })),
            "L2Advertisement metallb-system/l2 is invalid against metallb.io/v1beta1: /spec/ipAddressPools/0: must be string",
        );
    });

    it("an int-or-string field given something else", () => {
        const monitor = new ServiceMonitor({
            metadata: { name: "tempo", namespace: "monitoring" },
            spec: { selector: {}, endpoints: [{ port: "http-metrics", targetPort: wrong(true) }] },
        });
        assert.equal(
            problemsOf(monitor),
            "ServiceMonitor monitoring/tempo is invalid against monitoring.coreos.com/v1: /spec/endpoints/0/targetPort: must be integer or must be string",
        );
    });

    it("unknown fields, where the schema lists the fields (Kubernetes would prune or reject them)", () => {
        assert.equal(
            problemsOf(telemetry({ tracing: [{ providers: [{ name: "otel-tracing" }], samplingRate: 10 } as never] })),
            "Telemetry istio-system/mesh-default is invalid against telemetry.istio.io/v1: /spec/tracing/0/samplingRate: unknown field (not in the CRD schema)",
        );
        const monitor = new PodMonitor({
            metadata: { name: "envoy-stats", namespace: "monitoring" },
            spec: { selector: {}, podMetricsEndpoints: [{ port: "http-envoy-prom", metricsPath: "/stats/prometheus" } as never] },
        });
        assert.equal(
            problemsOf(monitor),
            "PodMonitor monitoring/envoy-stats is invalid against monitoring.coreos.com/v1: /spec/podMetricsEndpoints/0/metricsPath: unknown field (not in the CRD schema)",
        );
        const model = telemetry({});
        Object.assign(model, { data: { x: 1 } });
        assert.equal(problemsOf(model), "Telemetry istio-system/mesh-default is invalid against telemetry.istio.io/v1: /data: unknown field (not in the CRD schema)");
    });

    it("an Istio route with a misspelt field or a port of the wrong type", () => {
        const route = new VirtualService({
            metadata: { name: "bookinfo", namespace: "bookinfo" },
            spec: { hosts: ["*"], http: [{ route: [{ destination: { host: "productpage", port: { numbr: 9080 } as never } }] }] },
        });
        assert.equal(
            problemsOf(route),
            "VirtualService bookinfo/bookinfo is invalid against networking.istio.io/v1: /spec/http/0/route/0/destination/port/numbr: unknown field (not in the CRD schema)",
        );
        const gateway = new IstioGateway({ metadata: { name: "g", namespace: "bookinfo" }, spec: { servers: [{ port: { number: wrong("80"), protocol: "HTTP", name: "http" }, hosts: ["*"] }] } });
        assert.equal(problemsOf(gateway), "Gateway bookinfo/g is invalid against networking.istio.io/v1: /spec/servers/0/port/number: must be integer");
    });

    it("free-form sections (x-kubernetes-preserve-unknown-fields) take any field", () => {
        const collector = validModels().OpenTelemetryCollector as OpenTelemetryCollector;
        collector.spec!.config.receivers = { "any-receiver/x": { whatever: [1, "two", { three: true }] } };
        assert.doesNotThrow(() => checkCustomResource(collector));
    });

    it("missing required fields, name and namespace", () => {
        const gateway = new Gateway({ metadata: { name: "waypoint" }, spec: wrong({ gatewayClassName: "istio-waypoint" }) });
        assert.equal(
            problemsOf(gateway),
            "Gateway -/waypoint is invalid against gateway.networking.k8s.io/v1: /metadata: must have required property 'namespace'; /spec: must have required property 'listeners'",
        );
        assert.equal(
            problemsOf(new L2Advertisement({ metadata: { namespace: "metallb-system" } })),
            "L2Advertisement metallb-system/- is invalid against metallb.io/v1beta1: /metadata: must have required property 'name'",
        );
    });

    it("a namespace only for namespaced kinds: a ClusterIssuer needs none, a Certificate does", () => {
        assert.doesNotThrow(() => checkCustomResource(new ClusterIssuer({ metadata: { name: "ca" }, spec: { selfSigned: {} } })));
        const certificate = new Certificate({ metadata: { name: "grafana" }, spec: { secretName: "grafana-tls", issuerRef: { name: "ca" } } });
        assert.equal(problemsOf(certificate), "Certificate -/grafana is invalid against cert-manager.io/v1: /metadata: must have required property 'namespace'");
    });

    it("a certificate usage cert-manager does not know", () => {
        const certificate = new Certificate({
            metadata: { name: "grafana", namespace: "istio-ingress" },
            spec: { secretName: "grafana-tls", issuerRef: { name: "ca" }, usages: [wrong("serverAuth")] },
        });
        assert.match(problemsOf(certificate), /^Certificate istio-ingress\/grafana is invalid against cert-manager.io\/v1: \/spec\/usages\/0: must be equal to one of the allowed values: "signing", /);
    });

    it("an empty name or namespace", () => {
        assert.equal(
            problemsOf(new L2Advertisement({ metadata: { name: "", namespace: "" } })),
            "L2Advertisement / is invalid against metallb.io/v1beta1: /metadata/name: must NOT be empty; /metadata/namespace: must NOT be empty",
        );
    });

    it("no metadata at all", () => {
        assert.equal(problemsOf(new Telemetry({ spec: {} })), "Telemetry -/- is invalid against telemetry.istio.io/v1: /: must have required property 'metadata'");
    });

    it("a name that is not a string: named - in the message, reported by the schema", () => {
        assert.equal(
            problemsOf(new L2Advertisement({ metadata: { name: wrong(7), namespace: wrong(8) } })),
            "L2Advertisement -/- is invalid against metallb.io/v1beta1: /metadata/name: must be string; /metadata/namespace: must be string",
        );
    });

    /** A model of a kind the manifest does not list (its prototype carries validate and toJSON, as a model's does). */
    function unlisted(metadata: Record<string, string>, validate = () => undefined): CustomResourceModel {
        const fields = { apiVersion: "example.com/v1", kind: "Unlisted", metadata, extra: true };
        return Object.assign(Object.create({ validate, toJSON: () => fields }) as object, fields) as never;
    }

    it("a model the manifest does not list: its root is not checked against a CRD, and only the name is required", () => {
        assert.deepEqual(checkCustomResource(unlisted({ name: "x" })), { apiVersion: "example.com/v1", kind: "Unlisted", metadata: { name: "x" }, extra: true });
        assert.equal(problemsOf(unlisted({})), "Unlisted -/- is invalid against example.com/v1: /metadata: must have required property 'name'");
    });

    it("a validator that fails for another reason than the schema: its error is not swallowed", () => {
        const crash = () => {
            throw new Error("validator crashed");
        };
        assert.throws(() => checkCustomResource(unlisted({ name: "x" }, crash)), { name: "Error", message: "validator crashed" });
    });

    it("names every problem, in one error that keeps them", () => {
        let error: unknown;
        try {
            checkCustomResource(telemetry({ tracing: [{ randomSamplingPercentage: -1, disableSpanReporting: wrong("yes") }] }));
        } catch (e) {
            error = e;
        }
        assert.ok(error instanceof CustomResourceValidationError);
        assert.equal(error.name, "CustomResourceValidationError");
        assert.equal(error.kind, "Telemetry");
        assert.equal(error.apiVersion, "telemetry.istio.io/v1");
        assert.equal(error.namespace, "istio-system");
        assert.equal(error.resourceName, "mesh-default");
        assert.deepEqual(error.problems, [
            { path: "/spec/tracing/0/disableSpanReporting", message: "must be boolean" },
            { path: "/spec/tracing/0/randomSamplingPercentage", message: "must be >= 0" },
        ]);
        assert.equal(
            error.message,
            "Telemetry istio-system/mesh-default is invalid against telemetry.istio.io/v1: /spec/tracing/0/disableSpanReporting: must be boolean; /spec/tracing/0/randomSamplingPercentage: must be >= 0",
        );
    });
});

describe("invalid PrometheusRule", () => {
    it("a rule without an expression", () => {
        const rule = new PrometheusRule({
            metadata: { name: "trace-pipeline", namespace: "monitoring" },
            spec: { groups: [{ name: "collector", rules: [wrong({ alert: "CollectorRefusingSpans", for: "5m" })] }] },
        });
        assert.equal(problemsOf(rule), "PrometheusRule monitoring/trace-pipeline is invalid against monitoring.coreos.com/v1: /spec/groups/0/rules/0: must have required property 'expr'");
    });
});

describe("plain JSON values only", () => {
    /** The message for a Telemetry whose first tracing entry's `customTags.x` is `value`. */
    const withTag = (value: unknown) => problemsOf(telemetry({ tracing: [{ customTags: { x: wrong(value) } }] }));
    const at = "Telemetry istio-system/mesh-default is invalid against telemetry.istio.io/v1: /spec/tracing/0/customTags/x";
    it("refuses numbers JSON cannot hold", () => {
        assert.equal(problemsOf(telemetry({ tracing: [{ randomSamplingPercentage: NaN }] })), "Telemetry istio-system/mesh-default is invalid against telemetry.istio.io/v1: /spec/tracing/0/randomSamplingPercentage: must be a finite number (is NaN)");
        assert.equal(withTag(Infinity), `${at}: must be a finite number (is Infinity)`);
    });
    it("refuses functions, symbols and bigints", () => {
        assert.equal(withTag(() => "dev"), `${at}: must be a JSON value (is a function)`);
        assert.equal(withTag(Symbol("dev")), `${at}: must be a JSON value (is a symbol)`);
        assert.equal(withTag(1n), `${at}: must be a JSON value (is a bigint)`);
    });
    it("refuses promises", () => assert.equal(withTag(Promise.resolve("dev")), `${at}: is a Promise, not a plain value`));
    it("refuses class instances that are not models, Dates included", () => {
        assert.equal(withTag(new Map()), `${at}: is a Map instance, not a plain JSON value`);
        assert.equal(withTag(new Date(0)), `${at}: is a Date instance, not a plain JSON value`);
    });
    it("refuses undefined in a list, which JSON would turn into null", () => {
        assert.equal(
            problemsOf(new IPAddressPool({ metadata: { name: "p", namespace: "metallb-system" }, spec: { addresses: ["10.0.0.0/28", wrong(undefined)] } })),
            "IPAddressPool metallb-system/p is invalid against metallb.io/v1beta1: /spec/addresses/1: is undefined (a list holds JSON values only)",
        );
    });
    /**
     * A Telemetry whose `customTags.x` is a nested model whose toJSON() returns `value` as it is (a model's own
     * toJSON copies plain objects and drops undefined fields before the wrapper sees them; a nested model's need not).
     */
    const taggedByNestedModel = (value: unknown) => {
        class RawModel {
            toJSON() {
                return value;
            }
        }
        return telemetry({ tracing: [{ customTags: { x: wrong(new RawModel()) } }] });
    };
    it("takes null and objects without a prototype as plain values", () => {
        const literal = Object.assign(Object.create(null) as Record<string, unknown>, { value: "dev" });
        assert.deepEqual(checkCustomResource(taggedByNestedModel({ literal })).spec, { tracing: [{ customTags: { x: { literal: { value: "dev" } } } }] });
        const collector = validModels().OpenTelemetryCollector as OpenTelemetryCollector;
        collector.spec!.config.processors = { batch: null };
        assert.deepEqual(atPath(checkCustomResource(collector), "spec.config.processors"), { batch: null });
    });
    it("drops undefined fields wherever they are", () => {
        assert.deepEqual(checkCustomResource(taggedByNestedModel({ literal: { value: "dev" }, environment: undefined })).spec, { tracing: [{ customTags: { x: { literal: { value: "dev" } } } }] });
    });
    it("names an instance of a prototype without a constructor a class instance", () => {
        assert.equal(problemsOf(taggedByNestedModel({ literal: Object.create(Object.create(null) as object) as object })), `${at}/literal: is a class instance, not a plain JSON value`);
    });
    it("puts a problem of the object itself at /", () => {
        assert.equal(problemsOf(wrong(Promise.resolve())), "undefined -/- is invalid against undefined: /: is a Promise, not a plain value");
    });
    it("takes a nested model by its toJSON()", () => {
        class TagModel {
            literal = { value: "dev" };
            toJSON() {
                return { literal: this.literal };
            }
        }
        assert.deepEqual(checkCustomResource(telemetry({ tracing: [{ customTags: { x: wrong(new TagModel()) } }] })).spec, { tracing: [{ customTags: { x: { literal: { value: "dev" } } } }] });
    });
});

describe("schema errors as problems", () => {
    const error = (keyword: string, instancePath: string, message?: string, params: Record<string, unknown> = {}): SchemaError => ({ keyword, instancePath, params, message });
    it("put a root error at /", () => assert.deepEqual(describeSchemaErrors([error("type", "", "must be object")]), [{ path: "/", message: "must be object" }]));
    it("name the keyword and its parameters when ajv gives no message", () => {
        assert.deepEqual(describeSchemaErrors([error("format", "/spec/x", undefined, { format: "date-time" })]), [{ path: "/spec/x", message: 'fails format {"format":"date-time"}' }]);
    });
    it("report an unknown field at its own path", () => {
        assert.deepEqual(describeSchemaErrors([error("additionalProperties", "/spec", "must NOT have additional properties", { additionalProperty: "a/b~c" })]), [
            { path: "/spec/a~1b~0c", message: "unknown field (not in the CRD schema)" },
        ]);
    });
    it("quote a missing property", () => {
        assert.deepEqual(describeSchemaErrors([error("required", "/spec", "must have required property listeners", { missingProperty: "listeners" })]), [
            { path: "/spec", message: "must have required property 'listeners'" },
        ]);
    });
    it("list the allowed values of an enum or a const", () => {
        assert.deepEqual(describeSchemaErrors([error("enum", "/spec/mode", "must be equal to one of the allowed values", { allowedValues: ["a", 1] })]), [
            { path: "/spec/mode", message: 'must be equal to one of the allowed values: "a", 1' },
        ]);
        assert.deepEqual(describeSchemaErrors([error("const", "/spec/kind", "must be equal to constant", { allowedValue: "Gateway" })]), [
            { path: "/spec/kind", message: 'must be equal to constant: "Gateway"' },
        ]);
    });
    it("treat parameters of other keywords that share a name as those keywords' own", () => {
        assert.deepEqual(
            describeSchemaErrors([
                error("dependentRequired", "/a", "must have property b when property a is present", { missingProperty: "b" }),
                error("unevaluatedProperties", "/b", "must NOT have unevaluated properties", { additionalProperty: "x" }),
                error("x-enum", "/c", "unusual 3", { allowedValues: [1] }),
                error("x-const", "/d", "unusual 4", { allowedValue: 1 }),
            ]),
            [
                { path: "/a", message: "must have property b when property a is present" },
                { path: "/b", message: "must NOT have unevaluated properties" },
                { path: "/c", message: "unusual 3" },
                { path: "/d", message: "unusual 4" },
            ],
        );
    });
    it("keep keywords' own messages when their parameters are not the usual ones", () => {
        assert.deepEqual(
            describeSchemaErrors([
                error("additionalProperties", "/a", "unusual 1", {}),
                error("required", "/b", "unusual 2", {}),
                error("enum", "/c", "unusual 3", {}),
                error("const", "/d", "unusual 4", {}),
            ]),
            [
                { path: "/a", message: "unusual 1" },
                { path: "/b", message: "unusual 2" },
                { path: "/c", message: "unusual 3" },
                { path: "/d", message: "unusual 4" },
            ],
        );
    });
    it("fold the branches of an anyOf or oneOf into one problem, naming deeper branches by path", () => {
        for (const keyword of ["anyOf", "oneOf"]) {
            assert.deepEqual(
                describeSchemaErrors([error("type", "/spec/port", "must be integer"), error("type", "/spec/port/name", "must be string"), error(keyword, "/spec/port", `must match a schema in ${keyword}`)]),
                [{ path: "/spec/port", message: "must be integer or /spec/port/name: must be string" }],
                keyword,
            );
        }
    });
    it("fold an anyOf at the root, keeping its branches' own messages", () => {
        assert.deepEqual(describeSchemaErrors([error("type", "", "must be object"), error("type", "", "must be string"), error("anyOf", "", "must match a schema in anyOf")]), [
            { path: "/", message: "must be object or must be string" },
        ]);
    });
    it("keep errors outside the anyOf's subtree, siblings with a common prefix too, as problems of their own", () => {
        assert.deepEqual(
            describeSchemaErrors([error("type", "/spec/portName", "must be string"), error("type", "/spec/port", "must be integer"), error("anyOf", "/spec/port", "must match a schema in anyOf")]),
            [
                { path: "/spec/portName", message: "must be string" },
                { path: "/spec/port", message: "must be integer" },
            ],
        );
    });
    it("use the anyOf's own message when it has no branch errors, and name the keyword when it has none", () => {
        assert.deepEqual(describeSchemaErrors([error("oneOf", "/spec/x", "must match exactly one schema in oneOf"), error("anyOf", "/spec/y")]), [
            { path: "/spec/x", message: "must match exactly one schema in oneOf" },
            { path: "/spec/y", message: "fails anyOf" },
        ]);
    });
    it("report a problem once", () => {
        assert.deepEqual(describeSchemaErrors([error("type", "/a", "must be string"), error("type", "/a", "must be string"), error("type", "/a", "must be integer"), error("type", "/b", "must be string")]), [
            { path: "/a", message: "must be string" },
            { path: "/a", message: "must be integer" },
            { path: "/b", message: "must be string" },
        ]);
    });
});

describe("createCustomResource", () => {
    let h: Harness;
    before(async () => {
        h = await Harness.create();
    });

    it("registers every kind as kubernetes:<group>/<version>:<Kind> with the model's fields as plain inputs", async () => {
        const models = validModels();
        const reg = await h.run(() => Object.entries(models).map(([kind, model]) => createCustomResource(`cr-${kind}`, model)));
        assert.equal(reg.resources.length, Object.keys(models).length);
        for (const [kind, model] of Object.entries(models)) {
            const r = reg.get(`kubernetes:${model.apiVersion}:${model.kind}`, `cr-${kind}`);
            assert.ok(r.custom);
            assert.deepEqual(r.inputs, JSON.parse(JSON.stringify(model)));
        }
        assert.deepEqual(reg.get("kubernetes:telemetry.istio.io/v1:Telemetry", "cr-Telemetry").inputs, {
            apiVersion: "telemetry.istio.io/v1",
            kind: "Telemetry",
            metadata: { name: "mesh-default", namespace: "istio-system" },
            spec: { tracing: [{ customTags: { cluster: { literal: { value: "dev" } } }, providers: [{ name: "otel-tracing" }], randomSamplingPercentage: 10 }] },
        });
    });

    it("leaves out undefined fields and passes the resource options on", async () => {
        const reg = await h.run(() => {
            const namespace = new k8s.core.v1.Namespace("metallb-ns", { metadata: { name: "metallb-system" } });
            const pool = new IPAddressPool({
                metadata: { name: "default-pool", namespace: "metallb-system", labels: undefined },
                spec: { addresses: ["10.0.0.0/24"], autoAssign: undefined, avoidBuggyIPs: false },
            });
            return createCustomResource("pool", pool, { dependsOn: [namespace] });
        });
        assert.ok(reg.result instanceof k8s.apiextensions.CustomResource);
        const pool = reg.get("kubernetes:metallb.io/v1beta1:IPAddressPool", "pool");
        assert.deepEqual(pool.inputs, {
            apiVersion: "metallb.io/v1beta1",
            kind: "IPAddressPool",
            metadata: { name: "default-pool", namespace: "metallb-system" },
            spec: { addresses: ["10.0.0.0/24"], avoidBuggyIPs: false },
        });
        assert.deepEqual(reg.dependenciesOf(pool), ["kubernetes:core/v1:Namespace::metallb-ns"]);
    });

    it("registers nothing when the object is invalid", async () => {
        const reg = await h.run(() =>
            assert.throws(
                () => createCustomResource("mesh-tracing", telemetry({ tracing: [{ randomSamplingPercentage: 100.5 }] })),
                (e: unknown) =>
                    e instanceof CustomResourceValidationError &&
                    e.message === "Telemetry istio-system/mesh-default is invalid against telemetry.istio.io/v1: /spec/tracing/0/randomSamplingPercentage: must be <= 100",
            ),
        );
        assert.deepEqual(reg.resources, []);
    });

    it("refuses a Pulumi resource in a spec", async () => {
        const reg = await h.run(() => {
            const namespace = new k8s.core.v1.Namespace("ns", { metadata: { name: "istio-system" } });
            return assert.throws(() => createCustomResource("mesh-tracing", telemetry({ tracing: [{ customTags: { x: wrong(namespace) } }] })), {
                message: "Telemetry istio-system/mesh-default is invalid against telemetry.istio.io/v1: /spec/tracing/0/customTags/x: is a Pulumi resource, not a plain value",
            });
        });
        assert.deepEqual(reg.resources.map((r) => r.name), ["ns"]);
    });

    it("refuses Outputs in a spec: fields are validated before registration", async () => {
        const reg = await h.run(() =>
            assert.throws(
                () => createCustomResource("mesh-tracing", telemetry({ tracing: [{ providers: [{ name: wrong(pulumi.output("otel-tracing")) }] }] })),
                {
                    name: "CustomResourceValidationError",
                    message:
                        "Telemetry istio-system/mesh-default is invalid against telemetry.istio.io/v1: /spec/tracing/0/providers/0/name: is a Pulumi Output: " +
                        "custom-resource fields must be plain values (validated before registration); order resources with opts.dependsOn",
                },
            ),
        );
        assert.deepEqual(reg.resources, []);
    });
});
