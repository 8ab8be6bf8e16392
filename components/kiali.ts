import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import { type ChartRef, mergeValues, renderedChart, type Values } from "./helm.ts";
import { type ComponentSizing, isReplicated, PROFILES, resourceRequirements, spreadOverNodes } from "./sizing.ts";

/**
 * The server chart rather than operator + Kiali CR: one Deployment that Pulumi diffs directly, no operator
 * reconcile loop in between; its values are the Kiali CR's spec, so the same settings carry over.
 */
export const KIALI_SERVER_CHART: ChartRef = { chart: "kiali-server", version: "2.29.0", repo: "https://kiali.org/helm-charts" };

/** The chart names its Service after the release (`deployment.instance_name` "kiali"); the UI listens on 20001. */
export const KIALI_SERVICE = "kiali";
export const KIALI_PORT = 20001;
/** Where Kiali serves its console and API: the chart's default web root off OpenShift (`/` redirects there; kiali routing/router.go). */
export const KIALI_WEB_ROOT = "/kiali";
const SIGNING_KEY_SECRET = "kiali-signing-key";
const SIGNING_KEY_FIELD = "key";
/** Kiali reads `secret:<name>:<key>` values from Secrets in its own namespace (kiali-server 2.29 mounts them). */
export const KIALI_GRAFANA_SECRET = "kiali-grafana";
const GRAFANA_PASSWORD_FIELD = "password";
/** The read-only Grafana user Kiali signs in as (components/grafana-viewer.ts makes it a Viewer). */
export const KIALI_GRAFANA_LOGIN = "kiali";

export interface KialiLinks {
    readonly prometheusUrl: string;
    /** Tempo's HTTP query API (port 3200; the single binary has no gRPC query port). */
    readonly tempoQueryUrl: string;
    /** uid of Grafana's Tempo datasource, for "view in Grafana" trace links. */
    readonly tempoDatasourceUid: string;
    readonly grafanaInternalUrl: string;
    /** Grafana as the browser reaches it. */
    readonly grafanaExternalUrl: string;
    /**
     * The Grafana user Kiali signs in as (basic auth) to find the Istio dashboards it links to: it only searches them
     * (kiali v2.29.0 grafana/grafana.go `findDashboard`, GET /api/search), so a Viewer.
     */
    readonly grafanaUsername: string;
    /** Look traces up by waypoint name (Istio < 1.28 reported waypoint spans under the waypoint). */
    readonly useWaypointName: boolean;
}

/** Kiali's Service in `namespace` and the path its console starts at. */
export function kialiEndpoints(namespace: string): { readonly service: string; readonly port: number; readonly consolePath: string } {
    return { service: `${KIALI_SERVICE}.${namespace}.svc.cluster.local`, port: KIALI_PORT, consolePath: `${KIALI_WEB_ROOT}/` };
}

/**
 * Kiali served on a host name over HTTPS: its own public URL (`web_fqdn`, `web_schema`; the chart writes it into the
 * Service's `kiali.io/external-url`, which Kiali uses to link between instances) and the web root made explicit.
 */
export function kialiPublicValues(publicHost: string | undefined): Values {
    return publicHost === undefined ? {} : { server: { web_fqdn: publicHost, web_schema: "https", web_root: KIALI_WEB_ROOT } };
}

/** Kiali is stateless (every replica verifies tokens with the shared signing key): replicas, requests, PDB, spreading. */
export function kialiSizingValues(sizing: ComponentSizing): Values {
    return {
        deployment: {
            replicas: sizing.replicas,
            resources: resourceRequirements(sizing),
            ...(isReplicated(sizing)
                ? {
                      pod_disruption_budget: { spec: { minAvailable: 1 } },
                      topology_spread_constraints: spreadOverNodes({ "app.kubernetes.io/name": "kiali", "app.kubernetes.io/instance": KIALI_SERVICE }),
                  }
                : {}),
        },
    };
}

export function kialiValues(links: KialiLinks): Values {
    return {
        // users sign in with a ServiceAccount token (`kubectl create token`); never anonymous
        auth: { strategy: "token" },
        // read from the Secret at runtime: a key Kiali generated itself would change on every render
        login_token: { signing_key: `secret:${SIGNING_KEY_SECRET}:${SIGNING_KEY_FIELD}` },
        external_services: {
            prometheus: { url: links.prometheusUrl },
            grafana: {
                enabled: true,
                internal_url: links.grafanaInternalUrl,
                external_url: links.grafanaExternalUrl,
                // Grafana allows no anonymous access; a read-only user whose password stays in a Secret (the chart mounts
                // it; Kiali reads it on use, so a new password needs no restart: kiali v2.29.0 config/config.go)
                auth: { type: "basic", username: links.grafanaUsername, password: `secret:${KIALI_GRAFANA_SECRET}:${GRAFANA_PASSWORD_FIELD}` },
            },
            tracing: {
                enabled: true,
                provider: "tempo",
                use_grpc: false,
                internal_url: links.tempoQueryUrl,
                external_url: links.grafanaExternalUrl,
                use_waypoint_name: links.useWaypointName,
                tempo_config: { datasource_uid: links.tempoDatasourceUid, org_id: "1", url_format: "grafana" },
            },
        },
    };
}

export interface KialiArgs {
    readonly provider: k8s.Provider;
    /** Kiali's namespace (Istio's): it must exist. */
    readonly namespace: pulumi.Input<string>;
    readonly links: KialiLinks;
    /** The password of `links.grafanaUsername` (a secret). */
    readonly grafanaPassword: pulumi.Input<string>;
    /** The host name browsers reach Kiali on over HTTPS. @default - none (reached by port-forward) */
    readonly publicHost?: string;
    /** @default - the lab profile */
    readonly sizing?: ComponentSizing;
    /** Raw chart values, merged last. @default {} */
    readonly values?: Values;
}

export class Kiali extends pulumi.ComponentResource {
    readonly chart: k8s.helm.v4.Chart;

    constructor(name: string, args: KialiArgs, opts?: pulumi.ComponentResourceOptions) {
        super("mesh-observability:addons:Kiali", name, {}, opts);
        const childOpts = { parent: this, provider: args.provider };
        const signingKey = new random.RandomPassword(`${name}-signing-key-value`, { length: 32, special: false }, { parent: this });
        const secret = new k8s.core.v1.Secret(
            `${name}-signing-key`,
            { metadata: { name: SIGNING_KEY_SECRET, namespace: args.namespace }, stringData: { [SIGNING_KEY_FIELD]: pulumi.secret(signingKey.result) } },
            childOpts,
        );
        const grafanaSecret = new k8s.core.v1.Secret(
            `${name}-grafana-credentials`,
            { metadata: { name: KIALI_GRAFANA_SECRET, namespace: args.namespace }, stringData: { [GRAFANA_PASSWORD_FIELD]: pulumi.secret(args.grafanaPassword) } },
            childOpts,
        );
        this.chart = renderedChart(
            `${name}-chart`,
            { ref: KIALI_SERVER_CHART, release: KIALI_SERVICE, namespace: args.namespace, values: mergeValues(kialiValues(args.links), kialiSizingValues(args.sizing ?? PROFILES.lab.kiali), kialiPublicValues(args.publicHost), args.values) },
            // Kiali mounts the signing key and the Grafana password at start
            { ...childOpts, dependsOn: [secret, grafanaSecret] },
        );
        this.registerOutputs({});
    }
}
