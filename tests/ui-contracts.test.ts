// Contract tests of the UIs on host names: every link between the routes, the certificates, the issuers, the gateway
// and the UIs themselves, read at both ends from the desired state of the whole stack (dev and prod files with a
// domain, both mesh modes, each issuer). Without a domain, nothing of it exists and the outputs stay port-forwards.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { parseStackConfig, type StackConfig } from "../stacks/config.ts";
import { buildPlatform, type PlatformOutputs } from "../stacks/platform.ts";
import { parseAddressBlock, parseIPv4, parseIPv6 } from "../stacks/validators.ts";
import { at, Harness, labelsOf, type Registrations, type ResourceRecord, valueOf } from "./harness.ts";
import type * as pulumi from "@pulumi/pulumi";

const root = path.resolve(import.meta.dirname, "..");
const GATEWAY = "kubernetes:networking.istio.io/v1:Gateway";
const ROUTE = "kubernetes:networking.istio.io/v1:VirtualService";
const RULE = "kubernetes:networking.istio.io/v1:DestinationRule";
const CERTIFICATE = "kubernetes:cert-manager.io/v1:Certificate";
const CLUSTER_ISSUER = "kubernetes:cert-manager.io/v1:ClusterIssuer";
const SECRET = "kubernetes:core/v1:Secret";

type Stack = Registrations<PlatformOutputs>;
interface Server {
    port: { number: number; protocol: string };
    hosts: string[];
    tls?: { mode?: string; credentialName?: string; httpsRedirect?: boolean };
}
interface HttpRoute {
    name?: string;
    match?: { port?: number; uri?: { prefix?: string; exact?: string } }[];
    redirect?: { scheme?: string };
    directResponse?: { status: number };
    route?: { destination: { host: string; port: { number: number } } }[];
}

function chart(stack: Stack, name: string): ResourceRecord {
    const found = stack.resources.filter((r) => r.type.startsWith("kubernetes:helm.sh/") && r.inputs.chart === name);
    assert.equal(found.length, 1, `one release of ${name}`);
    return found[0];
}
const values = (stack: Stack, name: string) => chart(stack, name).inputs.values as Record<string, unknown>;
const spec = <T>(r: ResourceRecord) => at(r.inputs, "spec") as T;
/** A nested value by keys that may hold dots (`grafana.ini`, `metallb.io/loadBalancerIPs`). */
const dig = (value: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], value);
const METALLB_ADDRESS = "metallb.io/loadBalancerIPs";
const nameOf = (r: ResourceRecord) => `${String(at(r.inputs, "metadata.namespace"))}/${String(at(r.inputs, "metadata.name"))}`;
/** A Gateway server host `ns/host` or `host` as the plain host. */
const bare = (host: string) => host.split("/").at(-1) as string;

/** The UI routes: those that send to a UI's Service (the demo's routes, when there is one, are not). */
function uiRoutes(stack: Stack): { route: ResourceRecord; host: string; gateway: ResourceRecord; http: HttpRoute[] }[] {
    const services = uiServices(stack);
    const toUi = (route: ResourceRecord) => spec<{ http?: HttpRoute[] }>(route).http?.some((r) => r.route?.some((d) => services.has(d.destination.host))) ?? false;
    return stack.ofType(ROUTE).filter(toUi).map((route) => {
        const { hosts, gateways, http } = spec<{ hosts: string[]; gateways: string[]; http: HttpRoute[] }>(route);
        assert.equal(hosts.length, 1, `${nameOf(route)} routes one host`);
        const gateway = stack.ofType(GATEWAY).find((g) => gateways.includes(nameOf(g)));
        assert.ok(gateway, `${nameOf(route)} binds to ${gateways.join(", ")}, which is not in the stack`);
        return { route, host: hosts[0], gateway, http };
    });
}

/** The Services the UIs' charts create (their names and ports as the charts derive them): kube-prometheus-stack's Grafana and Prometheus, Kiali. */
function uiServices(stack: Stack): Map<string, { app: string; port: number }> {
    const kps = chart(stack, "kube-prometheus-stack");
    const kiali = chart(stack, "kiali-server");
    const fqdn = (name: string, r: ResourceRecord) => `${name}.${String(r.inputs.namespace)}.svc.cluster.local`;
    return new Map([
        // kps: `<release>-grafana` port 80 (grafana chart service.port), `<release>-prometheus` 9090; kiali-server: `<release>` on server.port (20001)
        [fqdn(`${String(kps.inputs.name)}-grafana`, kps), { app: "grafana", port: Number(at(kps.inputs.values, "grafana.service.port") ?? 80) }],
        [fqdn(`${String(kps.inputs.name)}-prometheus`, kps), { app: "prometheus", port: 9090 }],
        [fqdn(String(kiali.inputs.name), kiali), { app: "kiali", port: Number(at(kiali.inputs.values, "server.port") ?? 20001) }],
    ]);
}

/** The route of one UI, found by the Service it sends to. */
function routeOf(stack: Stack, app: string) {
    const services = uiServices(stack);
    const found = uiRoutes(stack).filter(({ http }) => http.some((r) => r.route?.some((d) => services.get(d.destination.host)?.app === app)));
    assert.equal(found.length, 1, `one route to ${app}`);
    return found[0];
}

function inPool(stack: Stack, address: string): boolean {
    const ip = address.includes(":") ? parseIPv6(address) : parseIPv4(address);
    const pools = stack.ofType("kubernetes:metallb.io/v1beta1:IPAddressPool").flatMap((p) => spec<{ addresses: string[] }>(p).addresses);
    return pools.some((block) => {
        const span = parseAddressBlock(block);
        return typeof span !== "string" && ip !== undefined && span.family === ip.family && span.first <= ip.value && ip.value <= span.last;
    });
}

let harness: Harness;
before(async () => (harness = await Harness.create()));

function stackConfig(stack: string, overrides: Record<string, unknown>): StackConfig {
    const files = loadStackConfigFiles(root, stack);
    const raw = { ...files.config, ...Object.fromEntries(Object.entries(overrides).map(([k, v]) => [`mesh-observability:${k}`, typeof v === "string" ? v : JSON.stringify(v)])) };
    return parseStackConfig(raw, new Set(files.secretKeys));
}

// Prometheus is published where asked (publishPrometheus), on a lab's own addresses and names
const variants: { stack: string; meshMode: string; ui: { domain: string; issuer?: string; acmeEmail?: string; publishPrometheus?: boolean }; entryPointAddresses: Record<string, string> }[] = [
    { stack: "dev", meshMode: "sidecar", ui: { domain: "172.18.255.200.nip.io", publishPrometheus: true }, entryPointAddresses: { istioGateway: "172.18.255.200", ingressNginx: "172.18.255.201" } },
    { stack: "dev", meshMode: "ambient", ui: { domain: "172.18.255.200.nip.io" }, entryPointAddresses: { istioGateway: "172.18.255.200", ingressNginx: "172.18.255.201" } },
    { stack: "dev", meshMode: "sidecar", ui: { domain: "lab.example.org", issuer: "corporate-pki", publishPrometheus: true }, entryPointAddresses: {} },
    { stack: "prod", meshMode: "sidecar", ui: { domain: "observability.example.org", issuer: "acme", acmeEmail: "platform@example.org" }, entryPointAddresses: { istioGateway: "10.20.0.10" } },
    { stack: "prod", meshMode: "ambient", ui: { domain: "observability.example.org", issuer: "acme", acmeEmail: "platform@example.org" }, entryPointAddresses: { istioGateway: "10.20.0.10" } },
];

for (const variant of variants) {
    describe(`UI contracts: ${variant.stack}, ${variant.meshMode}, issuer ${variant.ui.issuer ?? "self-signed"}`, () => {
        const config = stackConfig(variant.stack, { meshMode: variant.meshMode, ui: variant.ui, entryPointAddresses: variant.entryPointAddresses });
        let stack: Stack;
        before(async () => (stack = await harness.run(() => buildPlatform(config))));

        const published = ["grafana", "kiali", ...(variant.ui.publishPrometheus ? ["prometheus"] : [])] as ("grafana" | "kiali" | "prometheus")[];
        it(`serves ${published.join(", ")}, each on its own host under the domain`, () => {
            assert.deepEqual(uiRoutes(stack).map((r) => r.host).sort(), published.map((app) => `${app}.${variant.ui.domain}`));
        });
        it("the UI gateway selects the pods of the gateway chart's release", () => {
            const gateway = chart(stack, "gateway");
            // the gateway chart labels its pods `app: <release>` and `istio: <release without "istio-">` (templates/_helpers.tpl)
            const podLabels: Record<string, string> = { app: String(gateway.inputs.name), istio: String(gateway.inputs.name).replace(/^istio-/, "") };
            for (const { gateway: ui } of uiRoutes(stack)) {
                for (const [label, value] of Object.entries(spec<{ selector: Record<string, string> }>(ui).selector)) assert.equal(podLabels[label], value, `${nameOf(ui)} selects ${label}=${value}`);
            }
        });
        it("each host's HTTPS server presents the Secret of a Certificate for exactly that host, in the gateway pods' namespace", () => {
            const gatewayNamespace = chart(stack, "gateway").inputs.namespace;
            for (const { host, gateway } of uiRoutes(stack)) {
                const servers = spec<{ servers: Server[] }>(gateway).servers.filter((s) => s.port.protocol === "HTTPS" && s.hosts.map(bare).includes(host));
                assert.equal(servers.length, 1, `one HTTPS server for ${host}`);
                assert.equal(servers[0].tls?.mode, "SIMPLE");
                const certificates = stack.ofType(CERTIFICATE).filter((c) => at(c.inputs, "spec.secretName") === servers[0].tls?.credentialName && at(c.inputs, "metadata.namespace") === gatewayNamespace);
                assert.equal(certificates.length, 1, `a Certificate writing ${String(servers[0].tls?.credentialName)} in ${String(gatewayNamespace)}`);
                assert.deepEqual(at(certificates[0].inputs, "spec.dnsNames"), [host]);
            }
        });
        it("the gateway's ports are the gateway Service's: HTTP on 80, HTTPS on 443", () => {
            // the gateway chart's default service.ports: http2 80 -> 80, https 443 -> 443 (values.yaml, 1.30.3)
            const ports = (at(values(stack, "gateway"), "service.ports") as { port: number }[] | undefined)?.map((p) => p.port) ?? [15021, 80, 443];
            for (const { gateway } of uiRoutes(stack)) {
                for (const server of spec<{ servers: Server[] }>(gateway).servers) assert.ok(ports.includes(server.port.number), `${server.port.protocol} on ${server.port.number}`);
            }
        });
        it("every route sends to a UI's Service and port that the stack creates", () => {
            const services = uiServices(stack);
            for (const { route, http } of uiRoutes(stack)) {
                for (const { destination } of http.flatMap((r) => r.route ?? [])) {
                    assert.equal(services.get(destination.host)?.port, destination.port.number, `${nameOf(route)} -> ${destination.host}:${destination.port.number}`);
                }
            }
        });
        it("plain HTTP is redirected to HTTPS by a catch-all route, never by the server, so that ACME challenge paths reach their solver", () => {
            for (const { gateway, http, host } of uiRoutes(stack)) {
                const plain = spec<{ servers: Server[] }>(gateway).servers.filter((s) => s.port.protocol === "HTTP" && s.hosts.map(bare).includes(host));
                assert.equal(plain.length, 1);
                assert.equal(plain[0].tls?.httpsRedirect, undefined);
                const redirect = http.find((r) => r.redirect);
                assert.deepEqual([redirect?.redirect?.scheme, redirect?.match], ["https", [{ port: plain[0].port.number }]]);
            }
        });
        it("Grafana's root_url is its route's host over HTTPS", () => {
            const rootUrl = new URL(String(dig(values(stack, "kube-prometheus-stack"), "grafana", "grafana.ini", "server", "root_url")));
            assert.deepEqual([rootUrl.protocol, rootUrl.hostname, rootUrl.pathname], ["https:", routeOf(stack, "grafana").host, "/"]);
        });
        if (variant.ui.publishPrometheus) {
            it("Prometheus' external URL is its route's host over HTTPS", () => {
                const url = new URL(String(at(values(stack, "kube-prometheus-stack"), "prometheus.prometheusSpec.externalUrl")));
                assert.deepEqual([url.protocol, url.hostname], ["https:", routeOf(stack, "prometheus").host]);
            });
        } else {
            it("Prometheus, unpublished, keeps its own URL and its port-forward output", () => {
                assert.equal(at(values(stack, "kube-prometheus-stack"), "prometheus.prometheusSpec.externalUrl"), undefined);
                assert.equal(stack.result.prometheus.url, "http://localhost:9090");
                assert.equal(stack.ofType(CERTIFICATE).filter((c) => String(at(c.inputs, "spec.dnsNames.0")).startsWith("prometheus.")).length, 0);
            });
        }
        it("Kiali's links to Grafana (dashboards and traces) open Grafana's route host", () => {
            const kiali = values(stack, "kiali-server");
            for (const key of ["external_services.grafana.external_url", "external_services.tracing.external_url"]) {
                const url = new URL(String(at(kiali, key)));
                assert.deepEqual([url.protocol, url.hostname], ["https:", routeOf(stack, "grafana").host], key);
            }
        });
        it("Kiali knows its own public host, scheme and web root", () => {
            const kiali = values(stack, "kiali-server");
            assert.deepEqual([at(kiali, "server.web_fqdn"), at(kiali, "server.web_schema")], [routeOf(stack, "kiali").host, "https"]);
            assert.equal(new URL(stack.result.kiali.url).pathname, `${String(at(kiali, "server.web_root"))}/`);
        });
        it("the URL outputs are the routes' hosts over HTTPS", () => {
            for (const app of published) {
                const url = new URL(stack.result[app].url);
                assert.deepEqual([url.protocol, url.hostname], ["https:", routeOf(stack, app).host], app);
            }
        });
        if (variant.ui.publishPrometheus) it("Prometheus' public route refuses the paths Tempo and the collector write to", () => {
            const refused = routeOf(stack, "prometheus").http.filter((r) => r.directResponse?.status === 403).flatMap((r) => r.match ?? []);
            const tempo = stack.resources.find((r) => r.type.startsWith("kubernetes:helm.sh/") && String(r.inputs.chart).startsWith("tempo")) as ResourceRecord;
            const writes = (at(tempo.inputs.values, tempo.inputs.chart === "tempo" ? "tempo.metricsGenerator.storage.remote_write" : "metricsGenerator.config.storage.remote_write") as { url: string }[]).map((w) => new URL(w.url).pathname);
            // the collector everything sends to (the node log collectors' CR is registered in no fixed order beside it)
            const collector = stack.ofType("kubernetes:opentelemetry.io/v1beta1:OpenTelemetryCollector").find((c) => at(c.inputs, "metadata.name") === "otel") as ResourceRecord;
            const otlp = new URL(String(at(collector.inputs, "spec.config.exporters.otlp_http/prometheus.endpoint")));
            // the OTLP/HTTP exporter appends /v1/metrics to its endpoint
            for (const written of [...writes, `${otlp.pathname}/v1/metrics`]) {
                assert.ok(refused.some((m) => (m.uri?.prefix !== undefined && written.startsWith(m.uri.prefix)) || m.uri?.exact === written), `${written} is not refused`);
            }
        });
        it("the UIs are outside the mesh, so the gateway reaches them in plaintext whatever the mTLS mode", () => {
            for (const host of uiServices(stack).keys()) {
                const namespace = stack.ofType("kubernetes:core/v1:Namespace").find((n) => at(n.inputs, "metadata.name") === host.split(".")[1]) as ResourceRecord;
                const labels = labelsOf(namespace);
                assert.deepEqual([labels["istio-injection"], labels["istio.io/dataplane-mode"]], [undefined, undefined], host);
            }
            for (const rule of stack.ofType(RULE)) assert.equal(at(rule.inputs, "spec.trafficPolicy.tls"), undefined, "auto mTLS decides");
        });
        it("the gateway keeps a browser on one Grafana replica exactly when Grafana has more than one", () => {
            const replicated = Number(at(values(stack, "kube-prometheus-stack"), "grafana.replicas") ?? 1) > 1;
            const grafanaHost = routeOf(stack, "grafana").http.flatMap((r) => r.route ?? [])[0].destination.host;
            const rules = stack.ofType(RULE).filter((r) => at(r.inputs, "spec.host") === grafanaHost);
            assert.equal(rules.length, replicated ? 1 : 0);
            if (replicated) {
                assert.equal(at(rules[0].inputs, "metadata.namespace"), chart(stack, "gateway").inputs.namespace);
                assert.deepEqual(at(rules[0].inputs, "spec.exportTo"), ["."]);
                assert.equal(typeof at(rules[0].inputs, "spec.trafficPolicy.loadBalancer.consistentHash.httpCookie.ttl"), "string", "Envoy makes the cookie itself only with a TTL");
            }
        });
        it("each Certificate's issuer is there: one of the stack's ClusterIssuers, or the one named in the config", () => {
            const issuers = new Set(stack.ofType(CLUSTER_ISSUER).map((i) => at(i.inputs, "metadata.name")));
            for (const certificate of stack.ofType(CERTIFICATE)) {
                const ref = at(certificate.inputs, "spec.issuerRef") as { kind: string; name: string };
                assert.equal(ref.kind, "ClusterIssuer");
                assert.ok(issuers.has(ref.name) || ref.name === variant.ui.issuer, `${ref.name} is neither a ClusterIssuer of the stack nor the configured one`);
            }
        });

        if (variant.ui.issuer === undefined) {
            it("the CA ClusterIssuer reads a TLS Secret in cert-manager's cluster resource namespace, whose certificate is exported", async () => {
                const certManager = chart(stack, "cert-manager");
                const clusterResourceNamespace = (at(certManager.inputs.values, "clusterResourceNamespace") as string | undefined) || certManager.inputs.namespace;
                const [issuer] = stack.ofType(CLUSTER_ISSUER);
                const secret = stack.ofType(SECRET).find((s) => at(s.inputs, "metadata.name") === at(issuer.inputs, "spec.ca.secretName") && at(s.inputs, "metadata.namespace") === clusterResourceNamespace);
                assert.ok(secret, `no Secret ${String(at(issuer.inputs, "spec.ca.secretName"))} in ${String(clusterResourceNamespace)}`);
                assert.equal(secret.inputs.type, "kubernetes.io/tls");
                assert.match(await valueOf(stack.result.uiCaCertificate as pulumi.Output<string>), /^-----BEGIN CERTIFICATE-----/);
            });
        }
        if (variant.ui.issuer === "acme") {
            it("the ACME solver's Ingress class is one istiod serves, on the UI gateway's pods", () => {
                const [issuer] = stack.ofType(CLUSTER_ISSUER);
                const solvers = at(issuer.inputs, "spec.acme.solvers") as { http01: { ingress: { class: string } } }[];
                const mesh = at(values(stack, "istiod"), "meshConfig") as Record<string, string>;
                const uiSelector = spec<{ selector: Record<string, string> }>(uiRoutes(stack)[0].gateway).selector;
                for (const solver of solvers) assert.equal(solver.http01.ingress.class, mesh.ingressClass);
                // STRICT and DEFAULT serve Ingresses whose class annotation names ingressClass; the translated Gateway selects `istio: <ingressSelector>`
                assert.ok(["STRICT", "DEFAULT"].includes(mesh.ingressControllerMode));
                assert.equal(mesh.ingressSelector, uiSelector.istio);
            });
            it("exports no CA certificate but the ClusterIssuer the certificates come from", () => {
                const [issuer] = stack.ofType(CLUSTER_ISSUER);
                assert.equal(stack.result.uiCaCertificate, `none: the UIs' certificates come from the ClusterIssuer ${String(at(issuer.inputs, "metadata.name"))}`);
            });
        }
        if (variant.entryPointAddresses.istioGateway) {
            it("the gateway's Service asks MetalLB for its fixed address, inside the pool", () => {
                const address = String(dig(values(stack, "gateway"), "service", "annotations", METALLB_ADDRESS));
                assert.equal(address, variant.entryPointAddresses.istioGateway);
                assert.ok(inPool(stack, address), `${address} is outside the IPAddressPool`);
                assert.equal(stack.result.ingressGateway.address, address);
            });
        }
        if (variant.entryPointAddresses.ingressNginx) {
            it("ingress-nginx's Service asks MetalLB for its own fixed address, inside the pool", () => {
                const address = String(dig(values(stack, "ingress-nginx"), "controller", "service", "annotations", METALLB_ADDRESS));
                assert.equal(address, variant.entryPointAddresses.ingressNginx);
                assert.ok(inPool(stack, address));
                assert.notEqual(address, dig(values(stack, "gateway"), "service", "annotations", METALLB_ADDRESS));
            });
        }
    });
}

describe("without ui.domain", () => {
    for (const name of ["dev", "prod"]) {
        it(`${name}: no UI route or gateway, certificate or issuer, no Ingress class for istiod, and port-forward outputs`, async () => {
            const stack = await harness.run(() => buildPlatform(stackConfig(name, {})));
            assert.deepEqual(uiRoutes(stack), []);
            assert.deepEqual(stack.ofType(GATEWAY).filter((g) => spec<{ servers: Server[] }>(g).servers.some((s) => s.tls)), [], "no Gateway terminates TLS");
            for (const type of [RULE, CERTIFICATE, CLUSTER_ISSUER]) assert.deepEqual(stack.ofType(type), [], type);
            assert.equal(at(values(stack, "istiod"), "meshConfig.ingressClass"), undefined);
            assert.equal(at(values(stack, "kube-prometheus-stack"), "prometheus.prometheusSpec.externalUrl"), undefined);
            assert.equal(at(values(stack, "kiali-server"), "server"), undefined);
            assert.deepEqual(
                ["grafana", "kiali", "prometheus"].map((app) => stack.result[app as "grafana"].url),
                ["http://localhost:3000", "http://localhost:20001", "http://localhost:9090"],
            );
            assert.match(stack.result.prometheus.portForward, /^kubectl -n monitoring port-forward svc\/kube-prometheus-stack-prometheus 9090:9090$/);
            assert.match(stack.result.uiCaCertificate as string, /^none: no ui\.domain/);
        });
    }
});
