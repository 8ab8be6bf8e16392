// Pure builders of the UIs' routing and certificates: the issuers, one Certificate per host, the Istio Gateway that
// terminates TLS on the ingress gateway, a VirtualService per UI and Grafana's session affinity.
import { Certificate, ClusterIssuer, DestinationRule, IstioGateway, VirtualService } from "../../crds/index.ts";
import type { UiIssuer } from "../../model/ui.ts";
import { UI_APPS, type UiApp } from "./hosts.ts";

/** The ClusterIssuers this platform creates; cluster-scoped, so named after the project. */
export const SELF_SIGNED_ISSUER = "mesh-observability-ui-ca";
export const ACME_ISSUER = "mesh-observability-ui-acme";
/** Let's Encrypt's production ACME directory. */
export const LETS_ENCRYPT_DIRECTORY = "https://acme-v02.api.letsencrypt.org/directory";
/**
 * The Kubernetes Ingress class istiod serves on the ingress gateway (MeshConfig `ingressClass`, Istio's default too).
 * cert-manager's HTTP-01 solver creates an Ingress of this class per challenge; istiod turns it into a Gateway and
 * a VirtualService for the gateway pods that carry `istio: <ingressSelector>` (pilot/pkg/config/kube/ingress, 1.30.3).
 */
export const ISTIO_INGRESS_CLASS = "istio";
/** The Istio Gateway (in the ingress gateway's namespace) every UI route binds to. */
export const UI_GATEWAY_NAME = "ui";
/** Envoy's affinity cookie for Grafana (not Grafana's own `grafana_session`, which only exists after sign-in). */
export const GRAFANA_AFFINITY_COOKIE = "grafana-affinity";

/**
 * Prometheus paths that write or control rather than read: the remote-write and OTLP receivers this platform turns on
 * (`enableRemoteWriteReceiver`, `enableOTLPReceiver`), the admin API, and the lifecycle endpoints the operator enables
 * for its config reloader (`--web.enable-lifecycle`). Prometheus has no sign-in: the public route refuses them, so that
 * the host name only reads.
 */
export const PROMETHEUS_REFUSED_PATHS: readonly { readonly prefix?: string; readonly exact?: string }[] = [
    { prefix: "/api/v1/write" },
    { prefix: "/api/v1/otlp" },
    { prefix: "/api/v1/admin" },
    { exact: "/-/reload" },
    { exact: "/-/quit" },
];

/** A UI's in-cluster Service and the path its UI starts at. */
export interface UiBackend {
    /** FQDN of the Service. */
    readonly service: string;
    readonly port: number;
    /** Where the UI starts (Kiali serves under its web root). */
    readonly path: string;
    /** Paths the public route answers 403 to. @default [] */
    readonly refusedPaths?: readonly { readonly prefix?: string; readonly exact?: string }[];
}

/** A UI's backend from its in-cluster URL (e.g. monitoringEndpoints().grafanaUrl): the Service and port it names. */
export function backendAt(url: string, path = "/", refusedPaths?: UiBackend["refusedPaths"]): UiBackend {
    const parsed = new URL(url);
    const port = parsed.port === "" ? (parsed.protocol === "https:" ? 443 : 80) : Number(parsed.port);
    return { service: parsed.hostname, port, path, ...(refusedPaths ? { refusedPaths } : {}) };
}

/** Where a browser opens each UI: `https://<app>.<domain>` plus the path the UI starts at. */
export function uiUrls(hosts: Readonly<Record<UiApp, string>>, backends: Readonly<Record<UiApp, UiBackend>>): Record<UiApp, string> {
    return Object.fromEntries(UI_APPS.map((app) => [app, `https://${hosts[app]}${backends[app].path === "/" ? "" : backends[app].path}`])) as Record<UiApp, string>;
}

/** The Istio ingress gateway the UIs are served from. */
export interface UiGatewayTarget {
    /** The gateway pods' namespace: the Gateway reads its TLS Secrets (`credentialName`) there, so the Certificates live there. */
    readonly namespace: string;
    /** Labels of the gateway pods. */
    readonly selector: Readonly<Record<string, string>>;
    readonly httpPort: number;
    readonly httpsPort: number;
}

/** The ClusterIssuer that signs the UIs' certificates. */
export function issuerName(issuer: UiIssuer): string {
    switch (issuer.kind) {
        case "self-signed":
            return SELF_SIGNED_ISSUER;
        case "acme":
            return ACME_ISSUER;
        case "cluster-issuer":
            return issuer.name;
    }
}

/** Signs with the CA key pair in `secretName` (a Secret in cert-manager's cluster resource namespace). */
export function caIssuer(secretName: string): ClusterIssuer {
    return new ClusterIssuer({ metadata: { name: SELF_SIGNED_ISSUER }, spec: { ca: { secretName } } });
}

/**
 * Let's Encrypt with HTTP-01 challenges answered through the Istio ingress gateway: cert-manager's solver Ingress is of
 * Istio's class, its solver Service a ClusterIP (the gateway reaches it in-cluster; the default NodePort is for
 * cloud ingresses that need one).
 */
export function acmeIssuer(email: string): ClusterIssuer {
    return new ClusterIssuer({
        metadata: { name: ACME_ISSUER },
        spec: {
            acme: {
                server: LETS_ENCRYPT_DIRECTORY,
                email,
                privateKeySecretRef: { name: `${ACME_ISSUER}-account` },
                solvers: [{ http01: { ingress: { class: ISTIO_INGRESS_CLASS, serviceType: "ClusterIP" } } }],
            },
        },
    });
}

/** The Secret a UI's certificate is written to and the gateway reads. */
export const tlsSecretName = (app: UiApp): string => `${app}-ui-tls`;

/** A UI's certificate: one host, an ECDSA key rotated on every renewal, a server certificate. */
export function uiCertificate(app: UiApp, host: string, namespace: string, issuer: string): Certificate {
    return new Certificate({
        metadata: { name: `${app}-ui`, namespace },
        spec: {
            secretName: tlsSecretName(app),
            dnsNames: [host],
            issuerRef: { group: "cert-manager.io", kind: "ClusterIssuer", name: issuer },
            privateKey: { algorithm: "ECDSA", size: 256, rotationPolicy: "Always" },
            // browsers want serverAuth in the extended key usage; an ECDSA key signs, it does not encipher
            usages: ["digital signature", "server auth"],
        },
    });
}

/** `<namespace>/<host>`: only routes of the gateway's own namespace may bind these hosts. */
const scoped = (namespace: string, host: string) => `${namespace}/${host}`;

/**
 * Plain HTTP on the gateway's port 80 for every published UI's host (answered with a redirect by each route, so that cert-manager's
 * HTTP-01 challenge paths, which istiod merges into the same virtual host, still reach the solver: a server-level
 * `httpsRedirect` would redirect them too), and TLS on 443 with each UI's own certificate.
 */
export function uiGateway(target: UiGatewayTarget, hosts: Readonly<Record<UiApp, string>>, apps: readonly UiApp[] = UI_APPS): IstioGateway {
    return new IstioGateway({
        metadata: { name: UI_GATEWAY_NAME, namespace: target.namespace },
        spec: {
            selector: { ...target.selector },
            servers: [
                { port: { number: target.httpPort, name: "http-ui", protocol: "HTTP" }, hosts: apps.map((app) => scoped(target.namespace, hosts[app])) },
                ...apps.map((app) => ({
                    port: { number: target.httpsPort, name: `https-${app}`, protocol: "HTTPS" },
                    hosts: [scoped(target.namespace, hosts[app])],
                    tls: { mode: "SIMPLE" as const, credentialName: tlsSecretName(app) },
                })),
            ],
        },
    });
}

/**
 * A UI's route: HTTP is redirected to HTTPS; over HTTPS, refused paths get a 403 and everything else goes to the UI's
 * Service. The redirect is a catch-all route, which istiod orders after more specific routes of the same host (an
 * ACME challenge's exact path; route.SortVHostRoutes, 1.30.3).
 */
export function uiRoute(app: UiApp, host: string, target: UiGatewayTarget, backend: UiBackend): VirtualService {
    const refused = (backend.refusedPaths ?? []).map((path) => ({ uri: path.exact !== undefined ? { exact: path.exact } : { prefix: path.prefix } }));
    return new VirtualService({
        metadata: { name: `${app}-ui`, namespace: target.namespace },
        spec: {
            hosts: [host],
            gateways: [`${target.namespace}/${UI_GATEWAY_NAME}`],
            exportTo: ["."],
            http: [
                { name: "https-redirect", match: [{ port: target.httpPort }], redirect: { scheme: "https", redirectCode: 301 } },
                ...(refused.length > 0 ? [{ name: "refused", match: refused, directResponse: { status: 403, body: { string: "refused at the gateway\n" } } }] : []),
                { name: app, route: [{ destination: { host: backend.service, port: { number: backend.port } } }] },
            ],
        },
    });
}

/**
 * Session affinity at the gateway for a UI whose replicas keep sessions apart (Grafana's per-replica database holds its
 * login tokens): Envoy sets its own cookie on the first response (a session cookie: TTL 0) and hashes it to one replica.
 * Only the gateway's proxies see this rule (`exportTo: .` in the gateway's namespace).
 */
export function stickySessionRule(app: UiApp, backend: UiBackend, namespace: string, cookie: string): DestinationRule {
    return new DestinationRule({
        metadata: { name: `${app}-ui`, namespace },
        spec: {
            host: backend.service,
            exportTo: ["."],
            trafficPolicy: { loadBalancer: { consistentHash: { httpCookie: { name: cookie, path: "/", ttl: "0s" } } } },
        },
    });
}
