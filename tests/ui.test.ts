// The UIs on host names: the pure builders of their routes and certificates, the UiIngress component with each
// issuer, and the options of the other components that follow the host names (Grafana, Prometheus, Kiali, the
// gateway's and ingress-nginx's fixed addresses, istiod's Ingress class).
import * as assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { kubernetesIngressValues, gatewayValues } from "../components/istio/values.ts";
import { kialiEndpoints, kialiPublicValues, KIALI_WEB_ROOT } from "../components/kiali.ts";
import { monitoringEndpoints, publicUrlValues } from "../components/kube-prometheus-stack.ts";
import { fixedAddressAnnotations } from "../components/metallb.ts";
import { PROFILES } from "../components/sizing.ts";
import { publishedUiApps, UI_APPS, type UiApp, uiHosts } from "../components/ui/hosts.ts";
import { UiIngress, type UiIngressArgs } from "../components/ui/index.ts";
import {
    ACME_ISSUER,
    acmeIssuer,
    backendAt,
    caIssuer,
    LETS_ENCRYPT_DIRECTORY,
    PROMETHEUS_REFUSED_PATHS,
    SELF_SIGNED_ISSUER,
    tlsSecretName,
    type UiBackend,
    uiCertificate,
    uiGateway,
    type UiGatewayTarget,
    uiRoute,
    uiUrls,
} from "../components/ui/values.ts";
import type { UiIssuer } from "../model/ui.ts";
import { at, Harness, isSecret, valueOf } from "./harness.ts";

const target: UiGatewayTarget = { namespace: "istio-ingress", selector: { istio: "ingressgateway" }, httpPort: 80, httpsPort: 443 };
const hosts = uiHosts("example.org");
const backends: Record<UiApp, UiBackend> = {
    grafana: backendAt("http://grafana.monitoring.svc.cluster.local:80"),
    kiali: { service: "kiali.istio-system.svc.cluster.local", port: 20001, path: "/kiali/" },
    prometheus: backendAt("http://prometheus.monitoring.svc.cluster.local:9090", "/", PROMETHEUS_REFUSED_PATHS),
};
const CERTIFICATE = "kubernetes:cert-manager.io/v1:Certificate";
const CLUSTER_ISSUER = "kubernetes:cert-manager.io/v1:ClusterIssuer";

interface Server {
    port: { number: number; protocol: string };
    hosts: string[];
    tls?: { mode?: string; credentialName?: string; httpsRedirect?: boolean };
}
interface Route {
    name?: string;
    match?: { port?: number; uri?: { prefix?: string; exact?: string } }[];
    redirect?: { scheme?: string; redirectCode?: number };
    directResponse?: { status: number };
    route?: { destination: { host: string; port: { number: number } } }[];
}

describe("UI host names and URLs", () => {
    it("are <app>.<domain> for every UI", () => assert.deepEqual(hosts, { grafana: "grafana.example.org", kiali: "kiali.example.org", prometheus: "prometheus.example.org" }));
    it("open each UI where it starts: Kiali under its web root", () => {
        assert.deepEqual(uiUrls(hosts, backends), { grafana: "https://grafana.example.org", kiali: "https://kiali.example.org/kiali/", prometheus: "https://prometheus.example.org" });
    });
    it("read a backend's Service and port from its URL, the scheme's port when there is none", () => {
        assert.deepEqual(backendAt("http://grafana.monitoring.svc.cluster.local"), { service: "grafana.monitoring.svc.cluster.local", port: 80, path: "/" });
        assert.deepEqual(backendAt("https://x.y.svc:8443").port, 8443);
        assert.deepEqual(backendAt("https://x.y.svc").port, 443);
    });
});

describe("UI gateway", () => {
    const servers = () => (uiGateway(target, hosts).spec?.servers ?? []) as Server[];
    it("selects the ingress gateway's pods in their namespace", () => {
        const gateway = uiGateway(target, hosts);
        assert.deepEqual([gateway.metadata?.namespace, gateway.spec?.selector], ["istio-ingress", { istio: "ingressgateway" }]);
    });
    it("terminates TLS on 443 for each host with that UI's certificate Secret", () => {
        const https = servers().filter((s) => s.port.protocol === "HTTPS");
        assert.deepEqual(
            https.map((s) => [s.port.number, s.hosts, s.tls?.mode, s.tls?.credentialName]),
            UI_APPS.map((app) => [443, [`istio-ingress/${hosts[app]}`], "SIMPLE", tlsSecretName(app)]),
        );
    });
    it("serves plain HTTP on 80 for every host, without a server-level redirect that would swallow ACME challenges", () => {
        const http = servers().filter((s) => s.port.protocol === "HTTP");
        assert.equal(http.length, 1);
        assert.deepEqual([http[0].port.number, http[0].hosts, http[0].tls?.httpsRedirect], [80, UI_APPS.map((app) => `istio-ingress/${hosts[app]}`), undefined]);
    });
});

describe("UI routes", () => {
    const routes = (app: UiApp) => (uiRoute(app, hosts[app], target, backends[app]).spec?.http ?? []) as Route[];
    it("bind the host to the UI gateway only, visible to the gateway's namespace only", () => {
        const route = uiRoute("grafana", hosts.grafana, target, backends.grafana);
        assert.deepEqual([route.spec?.hosts, route.spec?.gateways, route.spec?.exportTo], [["grafana.example.org"], ["istio-ingress/ui"], ["."]]);
    });
    it("redirect plain HTTP to HTTPS first", () => {
        assert.deepEqual(routes("kiali")[0], { name: "https-redirect", match: [{ port: 80 }], redirect: { scheme: "https", redirectCode: 301 } });
    });
    it("send everything else to the UI's Service and port", () => {
        assert.deepEqual(routes("kiali").at(-1)?.route, [{ destination: { host: "kiali.istio-system.svc.cluster.local", port: { number: 20001 } } }]);
    });
    it("refuse Prometheus' write and control paths before the route to it", () => {
        const prometheus = routes("prometheus");
        assert.deepEqual(prometheus.map((r) => r.name), ["https-redirect", "refused", "prometheus"]);
        assert.equal(prometheus[1].directResponse?.status, 403);
        assert.deepEqual(prometheus[1].match, [{ uri: { prefix: "/api/v1/write" } }, { uri: { prefix: "/api/v1/otlp" } }, { uri: { prefix: "/api/v1/admin" } }, { uri: { exact: "/-/reload" } }, { uri: { exact: "/-/quit" } }]);
    });
    it("refuse nothing on the other UIs", () => assert.deepEqual(routes("grafana").map((r) => r.name), ["https-redirect", "grafana"]));
});

describe("UI certificates and issuers", () => {
    it("one certificate per host, for server authentication, in the gateway's namespace", () => {
        const certificate = uiCertificate("grafana", "grafana.example.org", "istio-ingress", "issuer");
        assert.deepEqual([certificate.metadata?.namespace, certificate.spec?.dnsNames, certificate.spec?.secretName, certificate.spec?.usages], [
            "istio-ingress",
            ["grafana.example.org"],
            "grafana-ui-tls",
            ["digital signature", "server auth"],
        ]);
        assert.deepEqual(certificate.spec?.issuerRef, { group: "cert-manager.io", kind: "ClusterIssuer", name: "issuer" });
    });
    it("the CA issuer signs with the key pair in its Secret", () => assert.deepEqual(caIssuer("ca-pair").spec, { ca: { secretName: "ca-pair" } }));
    it("the ACME issuer asks Let's Encrypt, answering HTTP-01 with an Ingress of Istio's class behind a ClusterIP Service", () => {
        const acme = acmeIssuer("platform@example.org").spec?.acme;
        assert.deepEqual([acme?.server, acme?.email, acme?.privateKeySecretRef.name], [LETS_ENCRYPT_DIRECTORY, "platform@example.org", `${ACME_ISSUER}-account`]);
        assert.deepEqual(acme?.solvers, [{ http01: { ingress: { class: "istio", serviceType: "ClusterIP" } } }]);
    });
});

describe("UiIngress", () => {
    let harness: Harness;
    before(async () => (harness = await Harness.create()));
    const build = (issuer: UiIssuer, stickySessions: UiApp[] = [], apps: readonly UiApp[] = UI_APPS) =>
        harness.run(() => {
            const provider = new k8s.Provider("k8s", {});
            const release = new k8s.core.v1.ConfigMap("cert-manager-release", {}, { provider });
            const namespace = new k8s.core.v1.Namespace("istio-ingress", {}, { provider });
            const istiod = new k8s.core.v1.ConfigMap("istiod", {}, { provider });
            const args: UiIngressArgs = {
                provider,
                domain: "example.org",
                issuer,
                certManager: { release, namespace: "cert-manager" },
                gateway: { ...target, namespaceResource: namespace, istiod },
                backends,
                apps,
                stickySessions,
            };
            return new UiIngress("ui", args);
        });

    it("generates a CA whose certificate is the output and whose key stays secret, in a Secret of cert-manager's namespace", async () => {
        const reg = await build({ kind: "self-signed" });
        const secret = reg.get("kubernetes:core/v1:Secret", "ui-ca");
        assert.deepEqual([at(secret.inputs, "metadata.namespace"), at(secret.inputs, "metadata.name"), secret.inputs.type], ["cert-manager", SELF_SIGNED_ISSUER, "kubernetes.io/tls"]);
        // the key pair cert-manager's CA issuer signs with: the generated certificate and the generated key
        assert.deepEqual(reg.secretAt(secret, "stringData"), { "tls.crt": "-----BEGIN CERTIFICATE-----\nmock-ui-ca-certificate\n-----END CERTIFICATE-----\n", "tls.key": "mock-ui-ca-key" });
        const certificate = reg.get("tls:index/selfSignedCert:SelfSignedCert", "ui-ca-certificate");
        assert.deepEqual([certificate.inputs.isCaCertificate, certificate.inputs.maxPathLength, certificate.inputs.privateKeyPem], [true, 0, "[secret]"]);
        assert.match(await valueOf(reg.result.caCertificate as pulumi.Output<string>), /^-----BEGIN CERTIFICATE-----\nmock-ui-ca-certificate\n/);
    });
    it("backs the CA ClusterIssuer with that Secret, once cert-manager serves", async () => {
        const reg = await build({ kind: "self-signed" });
        const issuer = reg.get(CLUSTER_ISSUER, "ui-ca-issuer");
        assert.equal(at(issuer.inputs, "spec.ca.secretName"), at(reg.get("kubernetes:core/v1:Secret", "ui-ca").inputs, "metadata.name"));
        assert.deepEqual(reg.dependenciesOf(issuer).sort(), ["kubernetes:core/v1:ConfigMap::cert-manager-release", "kubernetes:core/v1:Secret::ui-ca"]);
    });
    it("parents the CA's key, certificate and Secret to the component", async () => {
        const reg = await build({ kind: "self-signed" });
        const parentOf = (type: string, name: string) => reg.byUrn(reg.get(type, name).parent as string).type;
        assert.deepEqual(
            [parentOf("tls:index/privateKey:PrivateKey", "ui-ca-key"), parentOf("tls:index/selfSignedCert:SelfSignedCert", "ui-ca-certificate"), parentOf("kubernetes:core/v1:Secret", "ui-ca")],
            Array(3).fill("mesh-observability:addons:UiIngress"),
        );
    });
    it("keeps the CA key out of everything but the Secret", async () => {
        const reg = await build({ kind: "self-signed" });
        const key = reg.get("tls:index/privateKey:PrivateKey", "ui-ca-key");
        assert.deepEqual(key.inputs, { algorithm: "ECDSA", ecdsaCurve: "P256" });
        assert.doesNotMatch(JSON.stringify(reg.resources), /mock-ui-ca-key/);
        assert.equal(await isSecret(reg.result.caCertificate as pulumi.Output<string>), false);
    });
    it("signs every certificate with the issuer of the chosen kind", async () => {
        for (const [issuer, name] of [
            [{ kind: "self-signed" }, SELF_SIGNED_ISSUER],
            [{ kind: "acme", email: "a@example.org" }, ACME_ISSUER],
            [{ kind: "cluster-issuer", name: "corporate-pki" }, "corporate-pki"],
        ] as const) {
            const reg = await build(issuer);
            assert.deepEqual(reg.ofType(CERTIFICATE).map((c) => at(c.inputs, "spec.issuerRef.name")), [name, name, name], issuer.kind);
            assert.equal(reg.result.issuerName, name);
        }
    });
    it("creates the ACME ClusterIssuer and no CA with ACME", async () => {
        const reg = await build({ kind: "acme", email: "a@example.org" });
        assert.deepEqual(reg.ofType(CLUSTER_ISSUER).map((i) => at(i.inputs, "metadata.name")), [ACME_ISSUER]);
        assert.equal(reg.resources.filter((r) => r.type.startsWith("tls:")).length, 0);
        assert.equal(reg.result.caCertificate, undefined);
    });
    it("creates no ClusterIssuer when the cluster has one", async () => {
        const reg = await build({ kind: "cluster-issuer", name: "corporate-pki" });
        assert.deepEqual(reg.ofType(CLUSTER_ISSUER), []);
    });
    it("waits only for what each resource needs: cert-manager and the namespace, or istiod and the namespace", async () => {
        const reg = await build({ kind: "acme", email: "a@example.org" }, ["grafana"]);
        const edges = Object.fromEntries(reg.resources.filter((r) => r.parent && reg.byUrn(r.parent).type === "mesh-observability:addons:UiIngress").map((r) => [r.name, reg.dependenciesOf(r).map((d) => d.split("::")[1]).sort()]));
        const certManager = ["cert-manager-release", "istio-ingress"];
        const istio = ["istio-ingress", "istiod"];
        assert.deepEqual(edges, {
            "ui-acme-issuer": ["cert-manager-release"],
            "ui-grafana-certificate": certManager,
            "ui-kiali-certificate": certManager,
            "ui-prometheus-certificate": certManager,
            "ui-gateway": istio,
            "ui-grafana-route": istio,
            "ui-kiali-route": istio,
            "ui-prometheus-route": istio,
            "ui-grafana-affinity": istio,
        });
    });
    it("keeps a browser on one replica only of the UIs asked for, by a cookie of the gateway's own", async () => {
        const reg = await build({ kind: "self-signed" }, ["grafana"]);
        const rules = reg.ofType("kubernetes:networking.istio.io/v1:DestinationRule");
        assert.equal(rules.length, 1);
        assert.deepEqual(at(rules[0].inputs, "spec"), {
            host: backends.grafana.service,
            exportTo: ["."],
            trafficPolicy: { loadBalancer: { consistentHash: { httpCookie: { name: "grafana-affinity", path: "/", ttl: "0s" } } } },
        });
        assert.equal(at(rules[0].inputs, "metadata.namespace"), "istio-ingress");
        assert.equal((await build({ kind: "self-signed" })).ofType("kubernetes:networking.istio.io/v1:DestinationRule").length, 0);
    });
    it("exports the URLs", async () => assert.deepEqual((await build({ kind: "self-signed" })).result.urls, uiUrls(hosts, backends)));
    it("publishes only the UIs it is given: without Prometheus, no certificate, server, route or URL of it", async () => {
        const reg = await build({ kind: "self-signed" }, [], publishedUiApps(false));
        assert.deepEqual(reg.ofType(CERTIFICATE).map((c) => at(c.inputs, "spec.dnsNames.0")), [hosts.grafana, hosts.kiali]);
        assert.deepEqual(reg.ofType("kubernetes:networking.istio.io/v1:VirtualService").map((r) => at(r.inputs, "spec.hosts.0")), [hosts.grafana, hosts.kiali]);
        const servers = at(reg.get("kubernetes:networking.istio.io/v1:Gateway", "ui-gateway").inputs, "spec.servers") as { hosts: string[] }[];
        assert.ok(!servers.some((s) => s.hosts.some((h) => h.endsWith(hosts.prometheus))), JSON.stringify(servers));
        assert.deepEqual(Object.keys(reg.result.urls), ["grafana", "kiali"]);
    });
});

describe("published UIs", () => {
    it("are Grafana and Kiali, which sign users in", () => assert.deepEqual(publishedUiApps(false), ["grafana", "kiali"]));
    it("take Prometheus, which has none, only when asked", () => assert.deepEqual(publishedUiApps(true), ["grafana", "kiali", "prometheus"]));
});

describe("other components' options for the UIs", () => {
    it("Grafana's root_url and domain, and Prometheus' external URL, follow the public URLs", () => {
        const values = publicUrlValues({ grafana: "https://grafana.example.org", prometheus: "https://prometheus.example.org" });
        assert.deepEqual((values.grafana as Record<string, unknown>)["grafana.ini"], { server: { root_url: "https://grafana.example.org/", domain: "grafana.example.org" } });
        assert.equal(at(values, "prometheus.prometheusSpec.externalUrl"), "https://prometheus.example.org");
        assert.deepEqual(publicUrlValues(undefined), {});
    });
    it("Prometheus keeps its own URL when it is not published", () => {
        assert.equal(at(publicUrlValues({ grafana: "https://grafana.example.org" }), "prometheus"), undefined);
    });
    it("Kiali knows its public host and serves under its web root", () => {
        assert.deepEqual(kialiPublicValues("kiali.example.org"), { server: { web_fqdn: "kiali.example.org", web_schema: "https", web_root: KIALI_WEB_ROOT } });
        assert.deepEqual(kialiPublicValues(undefined), {});
        assert.deepEqual(kialiEndpoints("istio-system"), { service: "kiali.istio-system.svc.cluster.local", port: 20001, consolePath: "/kiali/" });
    });
    it("MetalLB's annotations ask for a fixed address of the fixed pool, and nothing without one", () => {
        assert.deepEqual(fixedAddressAnnotations("172.18.255.200"), { "metallb.io/loadBalancerIPs": "172.18.255.200", "metallb.io/address-pool": "fixed-addresses" });
        assert.deepEqual(fixedAddressAnnotations(undefined), {});
    });
    it("the gateway's Service carries the annotations it is given, and none otherwise", () => {
        assert.deepEqual(at(gatewayValues(PROFILES.lab.istioGateway, {}, { a: "b" }), "service"), { type: "LoadBalancer", annotations: { a: "b" } });
        assert.deepEqual(at(gatewayValues(PROFILES.lab.istioGateway, {}), "service"), { type: "LoadBalancer" });
    });
    it("istiod serves Ingresses of the class on the gateway pods' selector label only when asked", () => {
        assert.deepEqual(kubernetesIngressValues("istio", { app: "istio-ingressgateway", istio: "ingressgateway" }), {
            meshConfig: { ingressClass: "istio", ingressControllerMode: "STRICT", ingressSelector: "ingressgateway" },
        });
        assert.deepEqual(kubernetesIngressValues(undefined, { istio: "ingressgateway" }), {});
    });
    it("Grafana's and Prometheus' backends are the Services monitoringEndpoints() names", () => {
        const endpoints = monitoringEndpoints();
        assert.deepEqual([backendAt(endpoints.grafanaUrl).service, backendAt(endpoints.grafanaUrl).port], [`${endpoints.grafanaService}.monitoring.svc.cluster.local`, endpoints.grafanaPort]);
    });
});
