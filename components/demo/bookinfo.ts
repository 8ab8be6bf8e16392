// Bookinfo, Istio's sample application, at the release the mesh runs. Built from the facts of istio/istio 1.30.3
// `samples/bookinfo/platform/kube/bookinfo.yaml` (names, images, ports, labels, service accounts, volumes) and
// `samples/bookinfo/networking/bookinfo-gateway.yaml` (the ingress route); no upstream YAML is applied or copied.
// productpage calls details and reviews; reviews v2 and v3 call ratings; every service forwards `traceparent`,
// `x-request-id` and `user-agent` (productpage.py `getForwardHeaders`, reviews `LibertyRestEndpoint.java`).
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { createCustomResource, IstioGateway, type IstioGatewaySpec, VirtualService, type VirtualServiceSpec } from "../../crds/index.ts";
import type { MeshMode } from "../../model/mesh.ts";
import type { IstioEndpoints } from "../istio/index.ts";
import { meshModeAnnotations } from "../istio/values.ts";
import type { ExistingNamespace } from "../opentelemetry.ts";

/** The namespace Bookinfo runs in; the platform enrols it in the mesh like any `meshNamespaces` entry. */
export const BOOKINFO_NAMESPACE = "bookinfo";
/** Image tag of the Bookinfo images the Istio 1.30.3 samples deploy. */
export const BOOKINFO_IMAGE_TAG = "1.20.3";
const REGISTRY = "registry.istio.io/release";
/** Every Bookinfo service listens on 9080 (Service port `http`, containerPort 9080). */
export const BOOKINFO_PORT = 9080;
/** The page the gateway routes to; rendering it calls details and reviews (and reviews v2/v3 call ratings). */
export const BOOKINFO_ENTRY_PATH = "/productpage";
const GATEWAY_NAME = "bookinfo-gateway";

/** The four services, in the order a request meets them. */
export const BOOKINFO_SERVICES = ["productpage", "details", "reviews", "ratings"] as const;
export type BookinfoService = (typeof BOOKINFO_SERVICES)[number];

/** One Deployment of the sample: `<app>-<version>`, image `examples-bookinfo-<app>-<version>`. */
export interface BookinfoWorkload {
    readonly app: BookinfoService;
    readonly version: string;
}

export const BOOKINFO_WORKLOADS: readonly BookinfoWorkload[] = [
    { app: "details", version: "v1" },
    { app: "ratings", version: "v1" },
    { app: "reviews", version: "v1" },
    { app: "reviews", version: "v2" },
    { app: "reviews", version: "v3" },
    { app: "productpage", version: "v1" },
];

/**
 * Requests and memory limits per service (the sample sets none; the platform's rule is that every container requests
 * both, and memory is limited, CPU not: components/sizing.ts). Our estimate for a lab node: the JVM of reviews
 * (WebSphere Liberty) needs the most.
 */
export const BOOKINFO_RESOURCES: Readonly<Record<BookinfoService, { requests: { cpu: string; memory: string }; limits: { memory: string } }>> = {
    productpage: { requests: { cpu: "20m", memory: "64Mi" }, limits: { memory: "256Mi" } },
    details: { requests: { cpu: "10m", memory: "32Mi" }, limits: { memory: "128Mi" } },
    reviews: { requests: { cpu: "50m", memory: "256Mi" }, limits: { memory: "1Gi" } },
    ratings: { requests: { cpu: "10m", memory: "48Mi" }, limits: { memory: "128Mi" } },
};

/** What callers reach Bookinfo by. */
export interface BookinfoEndpoints {
    readonly namespace: string;
    readonly services: readonly BookinfoService[];
    /** The path the ingress gateway routes to productpage. */
    readonly entryPath: string;
    readonly port: number;
}

export function bookinfoEndpoints(namespace = BOOKINFO_NAMESPACE): BookinfoEndpoints {
    return { namespace, services: BOOKINFO_SERVICES, entryPath: BOOKINFO_ENTRY_PATH, port: BOOKINFO_PORT };
}

export function bookinfoImage(workload: BookinfoWorkload): string {
    return `${REGISTRY}/examples-bookinfo-${workload.app}-${workload.version}:${BOOKINFO_IMAGE_TAG}`;
}

export function bookinfoServiceAccount(app: BookinfoService, namespace: string): k8s.types.input.core.v1.ServiceAccount {
    return { metadata: { name: `bookinfo-${app}`, namespace, labels: { account: app } } };
}

export function bookinfoService(app: BookinfoService, namespace: string): k8s.types.input.core.v1.Service {
    return {
        metadata: { name: app, namespace, labels: { app, service: app } },
        // the port name gives Istio the protocol (http): L7 routing and spans
        spec: { ports: [{ port: BOOKINFO_PORT, name: "http" }], selector: { app } },
    };
}

/** Volumes each image writes to: WebSphere Liberty's output and logs (reviews), Flask's session files (productpage). */
function scratchVolumes(app: BookinfoService): { name: string; mountPath: string }[] {
    if (app === "reviews") return [{ name: "tmp", mountPath: "/tmp" }, { name: "wlp-output", mountPath: "/opt/ibm/wlp/output" }];
    if (app === "productpage") return [{ name: "tmp", mountPath: "/tmp" }];
    return [];
}

/**
 * One workload of the sample. Its pod template names the mesh mode (see meshModeAnnotations): pods join the data
 * plane only when they start, so a mode change must replace them.
 */
export function bookinfoDeployment(workload: BookinfoWorkload, namespace: string, meshMode: MeshMode): k8s.types.input.apps.v1.Deployment {
    const labels = { app: workload.app, version: workload.version };
    const volumes = scratchVolumes(workload.app);
    // productpage serves its own Prometheus metrics; Istio merges them into the proxy's (sidecar mode)
    const metrics: Record<string, string> =
        workload.app === "productpage" ? { "prometheus.io/scrape": "true", "prometheus.io/port": String(BOOKINFO_PORT), "prometheus.io/path": "/metrics" } : {};
    return {
        metadata: { name: `${workload.app}-${workload.version}`, namespace, labels },
        spec: {
            replicas: 1,
            selector: { matchLabels: labels },
            template: {
                metadata: { labels, annotations: { ...meshModeAnnotations(meshMode), ...metrics } },
                spec: {
                    serviceAccountName: `bookinfo-${workload.app}`,
                    containers: [
                        {
                            name: workload.app,
                            image: bookinfoImage(workload),
                            imagePullPolicy: "IfNotPresent",
                            ...(workload.app === "reviews" ? { env: [{ name: "LOG_DIR", value: "/tmp/logs" }] } : {}),
                            ports: [{ containerPort: BOOKINFO_PORT }],
                            resources: BOOKINFO_RESOURCES[workload.app],
                            ...(volumes.length > 0 ? { volumeMounts: volumes } : {}),
                        },
                    ],
                    ...(volumes.length > 0 ? { volumes: volumes.map((v) => ({ name: v.name, emptyDir: {} })) } : {}),
                },
            },
        },
    };
}

/** The ingress gateway's plain-HTTP server, for any host (the sample's; users reach it by IP or port-forward). */
export function bookinfoGatewaySpec(gateway: Pick<IstioEndpoints, "gatewaySelector" | "gatewayHttpPort">): IstioGatewaySpec {
    return {
        selector: { ...gateway.gatewaySelector },
        servers: [{ port: { number: gateway.gatewayHttpPort, name: "http", protocol: "HTTP" }, hosts: ["*"] }],
    };
}

/** The sample's routes to productpage: the page, its static files, login/logout and the products API. */
export function bookinfoVirtualServiceSpec(namespace: string, gatewayName = GATEWAY_NAME): VirtualServiceSpec {
    return {
        hosts: ["*"],
        gateways: [gatewayName],
        http: [
            {
                match: [
                    { uri: { exact: BOOKINFO_ENTRY_PATH } },
                    { uri: { prefix: "/static" } },
                    { uri: { exact: "/login" } },
                    { uri: { exact: "/logout" } },
                    { uri: { prefix: "/api/v1/products" } },
                ],
                route: [{ destination: { host: `productpage.${namespace}.svc.cluster.local`, port: { number: BOOKINFO_PORT } } }],
            },
        ],
    };
}

export interface BookinfoArgs {
    readonly provider: k8s.Provider;
    /** A mesh namespace (sidecar injection or ambient + waypoint), created by the mesh. */
    readonly namespace: ExistingNamespace;
    /** The mesh's data plane; a change rolls every workload. */
    readonly meshMode: MeshMode;
    /** The ingress gateway to route from. */
    readonly gateway: Pick<IstioEndpoints, "gatewaySelector" | "gatewayHttpPort">;
    /** What pods must wait for to be meshed from the start (istiod's injector; istio-cni and ztunnel in ambient). */
    readonly dataPlane: readonly pulumi.Resource[];
    /** istiod: its validating webhook must answer before Istio routing objects are created. */
    readonly istiod: pulumi.Resource;
}

/**
 * Bookinfo in a mesh namespace, routed from the Istio ingress gateway by an Istio `Gateway` and `VirtualService`
 * (`networking.istio.io/v1`). That route kind works in both mesh modes: its CRDs come with Istio's base chart, and it
 * binds the existing `istio-ingressgateway` pods by their labels, while a Gateway API route would need the Gateway
 * API CRDs (ambient mode only today) and would provision a gateway Deployment of its own.
 */
export class Bookinfo extends pulumi.ComponentResource {
    readonly endpoints: BookinfoEndpoints;
    readonly deployments: k8s.apps.v1.Deployment[];
    /** The Istio Gateway and VirtualService that route /productpage from the ingress gateway. */
    readonly route: k8s.apiextensions.CustomResource[];

    constructor(name: string, args: BookinfoArgs, opts?: pulumi.ComponentResourceOptions) {
        super("mesh-observability:demo:Bookinfo", name, {}, opts);
        const namespace = args.namespace.name;
        this.endpoints = bookinfoEndpoints(namespace);
        const childOpts = { parent: this, provider: args.provider };
        const inNamespace = { ...childOpts, dependsOn: [args.namespace.resource] };

        const accounts = new Map(
            BOOKINFO_SERVICES.map((app) => [app, new k8s.core.v1.ServiceAccount(`${name}-${app}-account`, bookinfoServiceAccount(app, namespace), inNamespace)]),
        );
        for (const app of BOOKINFO_SERVICES) new k8s.core.v1.Service(`${name}-${app}`, bookinfoService(app, namespace), inNamespace);
        this.deployments = BOOKINFO_WORKLOADS.map(
            (workload) =>
                new k8s.apps.v1.Deployment(
                    `${name}-${workload.app}-${workload.version}`,
                    bookinfoDeployment(workload, namespace, args.meshMode),
                    // pods created before the injector (or istio-cni) runs would stay outside the mesh
                    { ...childOpts, dependsOn: [args.namespace.resource, ...args.dataPlane, accounts.get(workload.app) as pulumi.Resource] },
                ),
        );

        const istioOpts = { ...childOpts, dependsOn: [args.namespace.resource, args.istiod] };
        this.route = [
            createCustomResource(`${name}-gateway`, new IstioGateway({ metadata: { name: GATEWAY_NAME, namespace }, spec: bookinfoGatewaySpec(args.gateway) }), istioOpts),
            createCustomResource(`${name}-route`, new VirtualService({ metadata: { name: "bookinfo", namespace }, spec: bookinfoVirtualServiceSpec(namespace) }), istioOpts),
        ];
        this.registerOutputs({ endpoints: this.endpoints });
    }
}
