import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import * as tls from "@pulumi/tls";
import { createCustomResource } from "../../crds/index.ts";
import type { UiIssuer } from "../../model/ui.ts";
import { type UiApp, uiHosts } from "./hosts.ts";
import {
    acmeIssuer,
    caIssuer,
    GRAFANA_AFFINITY_COOKIE,
    issuerName,
    SELF_SIGNED_ISSUER,
    stickySessionRule,
    type UiBackend,
    uiCertificate,
    uiGateway,
    type UiGatewayTarget,
    uiRoute,
    uiUrls,
} from "./values.ts";

export { publishedUiApps, UI_APPS, type UiApp, uiHosts } from "./hosts.ts";
export { backendAt, ISTIO_INGRESS_CLASS, PROMETHEUS_REFUSED_PATHS, type UiBackend, type UiGatewayTarget, uiUrls } from "./values.ts";

/** How long the generated CA is valid: ten years; Pulumi replaces it (a new CA to trust) a year before it expires. */
const CA_VALIDITY_HOURS = 10 * 365 * 24;
const CA_EARLY_RENEWAL_HOURS = 365 * 24;

export interface UiIngressArgs {
    readonly provider: k8s.Provider;
    /** The UIs are served as `<app>.<domain>`. */
    readonly domain: string;
    readonly issuer: UiIssuer;
    /** cert-manager: its release (CRDs and a serving webhook) and namespace (where a ClusterIssuer's CA Secret must be). */
    readonly certManager: { readonly release: pulumi.Resource; readonly namespace: string };
    /** The Istio ingress gateway, its namespace (which must exist before the Certificates) and istiod (whose webhook admits the routes). */
    readonly gateway: UiGatewayTarget & { readonly namespaceResource: pulumi.Resource; readonly istiod: pulumi.Resource };
    /** Each UI's Service. */
    readonly backends: Readonly<Record<UiApp, UiBackend>>;
    /** The UIs to publish (see publishedUiApps: Prometheus has no sign-in). */
    readonly apps: readonly UiApp[];
    /** UIs whose replicas do not share sessions: the gateway keeps each browser on one replica. @default [] */
    readonly stickySessions?: readonly UiApp[];
}

/**
 * Grafana and Kiali (and Prometheus, when asked) on `<app>.<domain>` through the Istio ingress gateway: an Istio Gateway terminating TLS
 * with a cert-manager Certificate per host, a VirtualService per UI (HTTP redirected to HTTPS), and the ClusterIssuer
 * that signs them: a CA generated here (self-signed), Let's Encrypt (ACME HTTP-01 through the gateway), or one the
 * cluster already has.
 */
export class UiIngress extends pulumi.ComponentResource {
    /** Where a browser opens each published UI. */
    readonly urls: Readonly<Partial<Record<UiApp, string>>>;
    readonly hosts: Readonly<Record<UiApp, string>>;
    /** The ClusterIssuer that signs the certificates. */
    readonly issuerName: string;
    /** The generated CA's certificate (PEM), for browsers and curl to trust; only with the self-signed issuer. */
    readonly caCertificate?: pulumi.Output<string>;

    constructor(name: string, args: UiIngressArgs, opts?: pulumi.ComponentResourceOptions) {
        super("mesh-observability:addons:UiIngress", name, {}, opts);
        const childOpts = { parent: this, provider: args.provider };
        this.hosts = uiHosts(args.domain);
        const all = uiUrls(this.hosts, args.backends);
        this.urls = Object.fromEntries(args.apps.map((app) => [app, all[app]]));
        this.issuerName = issuerName(args.issuer);
        const certManagerReady = { ...childOpts, dependsOn: [args.certManager.release] };

        if (args.issuer.kind === "self-signed") {
            this.caCertificate = this.createCertificateAuthority(name, args, childOpts);
        } else if (args.issuer.kind === "acme") {
            createCustomResource(`${name}-acme-issuer`, acmeIssuer(args.issuer.email), certManagerReady);
        }

        const target: UiGatewayTarget = args.gateway;
        for (const app of args.apps) {
            createCustomResource(
                `${name}-${app}-certificate`,
                uiCertificate(app, this.hosts[app], target.namespace, this.issuerName),
                // cert-manager issues it once its issuer is there: the issuer is no dependency of the Certificate
                { ...childOpts, dependsOn: [args.certManager.release, args.gateway.namespaceResource] },
            );
        }

        // istiod's webhook admits Istio resources; the Secrets a server names may appear later (the gateway waits for them)
        const istioOpts = { ...childOpts, dependsOn: [args.gateway.istiod, args.gateway.namespaceResource] };
        createCustomResource(`${name}-gateway`, uiGateway(target, this.hosts, args.apps), istioOpts);
        for (const app of args.apps) {
            createCustomResource(`${name}-${app}-route`, uiRoute(app, this.hosts[app], target, args.backends[app]), istioOpts);
        }
        for (const app of args.stickySessions ?? []) {
            createCustomResource(`${name}-${app}-affinity`, stickySessionRule(app, args.backends[app], target.namespace, GRAFANA_AFFINITY_COOKIE), istioOpts);
        }
        this.registerOutputs({ urls: this.urls, issuerName: this.issuerName, caCertificate: this.caCertificate });
    }

    /**
     * The CA is generated here rather than by a cert-manager self-signed bootstrap: its certificate is then known to the
     * program and exported, and it stays the same across cluster rebuilds (it lives in the stack's state), so a browser
     * that trusts it once keeps trusting it. Its key stays a secret: in the state and in a Secret of cert-manager's
     * namespace, which the CA ClusterIssuer reads.
     */
    private createCertificateAuthority(name: string, args: UiIngressArgs, childOpts: pulumi.CustomResourceOptions): pulumi.Output<string> {
        const key = new tls.PrivateKey(`${name}-ca-key`, { algorithm: "ECDSA", ecdsaCurve: "P256" }, { parent: this });
        const certificate = new tls.SelfSignedCert(
            `${name}-ca-certificate`,
            {
                privateKeyPem: key.privateKeyPem,
                isCaCertificate: true,
                // a CA that signs server certificates only
                maxPathLength: 0,
                allowedUses: ["cert_signing", "crl_signing", "digital_signature"],
                subject: { commonName: `mesh-observability UI CA (${pulumi.getStack()})`, organization: "mesh-observability" },
                validityPeriodHours: CA_VALIDITY_HOURS,
                earlyRenewalHours: CA_EARLY_RENEWAL_HOURS,
                setSubjectKeyId: true,
            },
            { parent: this },
        );
        const secret = new k8s.core.v1.Secret(
            `${name}-ca`,
            {
                metadata: { name: SELF_SIGNED_ISSUER, namespace: args.certManager.namespace },
                type: "kubernetes.io/tls",
                stringData: { "tls.crt": certificate.certPem, "tls.key": pulumi.secret(key.privateKeyPem) },
            },
            // the Secret goes into cert-manager's namespace, which its release creates
            { ...childOpts, dependsOn: [args.certManager.release] },
        );
        createCustomResource(`${name}-ca-issuer`, caIssuer(SELF_SIGNED_ISSUER), { ...childOpts, dependsOn: [args.certManager.release, secret] });
        return certificate.certPem;
    }
}
