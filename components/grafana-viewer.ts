// A read-only Grafana identity for a client of Grafana (Kiali, which only searches dashboards to link to them: kiali
// v2.29.0 grafana/grafana.go `findDashboard`, GET /api/search). A Grafana user with org role Viewer whose password is
// generated here (@pulumi/random) and stays a secret: in the state, in a Secret beside Grafana that a Job reads to set
// it through Grafana's admin API (scripts/grafana-viewer.ts), and in whatever Secret the client reads.
//
// How `pulumi up` runs it: a batch/v1 Job is awaited until Complete (a Failed condition fails the resource with the
// container's termination message, the script's verdict). A Job's pod template is immutable, so a new password (a
// hash of it in the pod template, a secret like the password) or a new script replaces the Job and sets the password
// again; `pulumi.com/replaceUnready` makes the next `up` replace a Job that did not complete.
import * as fs from "node:fs";
import * as path from "node:path";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import { fingerprint, TRACE_CHECK_IMAGE } from "./trace-check.ts";

/** The script, mounted into the Job as it is in the repository. */
export const GRAFANA_VIEWER_SCRIPT = path.join(import.meta.dirname, "..", "scripts", "grafana-viewer.ts");
const MOUNT = "/viewer";
/** The official Node.js image the trace check runs in: it runs the script's TypeScript natively. */
const IMAGE = TRACE_CHECK_IMAGE;
/** The image's unprivileged `node` user. */
const NODE_UID = 1000;
/** The key of the viewer's password in its Secrets. */
export const VIEWER_PASSWORD_KEY = "password";
/** Seconds the script may wait for Grafana to answer; the Job's deadline allows for scheduling and the image pull. */
const WAIT_SECONDS = 240;
const DEADLINE_SECONDS = WAIT_SECONDS + 180;

/** Grafana as the Job reaches it, and where its admin credentials are. */
export interface GrafanaAdminAccess {
    /** Grafana's namespace: the Job and the viewer's Secret go there, beside the admin Secret. */
    readonly namespace: string;
    /** The namespace's resource: the Secret and the script wait for it. */
    readonly namespaceResource: pulumi.Resource;
    /** Grafana's in-cluster URL. */
    readonly url: string;
    /** The Secret with the admin's user and password, and their keys (kube-prometheus-stack's `grafana.admin`). */
    readonly adminSecret: { readonly name: string; readonly userKey: string; readonly passwordKey: string };
    /** What runs Grafana (the Job waits for it; the script also waits for Grafana to answer). */
    readonly release: pulumi.Resource;
}

/** Names of the objects for the viewer `login`. */
export const viewerObjectName = (login: string) => `grafana-viewer-${login}`;

/** The Job that makes `login` a Viewer with the password in `passwordSecret`; `runId` changes with the password. */
export function grafanaViewerJob(grafana: Omit<GrafanaAdminAccess, "release" | "namespaceResource">, login: string, passwordSecret: string, runId: pulumi.Input<string>): k8s.types.input.batch.v1.Job {
    const name = viewerObjectName(login);
    const labels = { "app.kubernetes.io/name": "grafana-viewer", "app.kubernetes.io/instance": login, "app.kubernetes.io/part-of": "mesh-observability" };
    const fromSecret = (secret: string, key: string) => ({ valueFrom: { secretKeyRef: { name: secret, key } } });
    return {
        metadata: { name, namespace: grafana.namespace, labels, annotations: { "pulumi.com/replaceUnready": "true" } },
        spec: {
            // a retry if Grafana restarts mid-way; each attempt waits for it
            backoffLimit: 2,
            activeDeadlineSeconds: DEADLINE_SECONDS,
            template: {
                metadata: { labels, annotations: { "mesh-observability.io/grafana-viewer-run": runId } },
                spec: {
                    restartPolicy: "Never",
                    automountServiceAccountToken: false,
                    securityContext: { runAsNonRoot: true, runAsUser: NODE_UID, runAsGroup: NODE_UID, seccompProfile: { type: "RuntimeDefault" } },
                    containers: [
                        {
                            name: "grafana-viewer",
                            image: IMAGE,
                            command: ["node", `${MOUNT}/grafana-viewer.ts`],
                            env: [
                                { name: "GRAFANA_URL", value: grafana.url },
                                { name: "GRAFANA_ADMIN_USER", ...fromSecret(grafana.adminSecret.name, grafana.adminSecret.userKey) },
                                { name: "GRAFANA_ADMIN_PASSWORD", ...fromSecret(grafana.adminSecret.name, grafana.adminSecret.passwordKey) },
                                { name: "VIEWER_LOGIN", value: login },
                                { name: "VIEWER_PASSWORD", ...fromSecret(passwordSecret, VIEWER_PASSWORD_KEY) },
                                { name: "WAIT_SECONDS", value: String(WAIT_SECONDS) },
                                { name: "GRAFANA_VIEWER_TERMINATION_LOG", value: "/dev/termination-log" },
                                // Node.js 24 strips the script's types; its notice about that is noise here
                                { name: "NODE_OPTIONS", value: "--disable-warning=ExperimentalWarning" },
                            ],
                            terminationMessagePolicy: "FallbackToLogsOnError",
                            resources: { requests: { cpu: "20m", memory: "48Mi" }, limits: { memory: "96Mi" } },
                            securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
                            volumeMounts: [{ name: "script", mountPath: MOUNT, readOnly: true }],
                        },
                    ],
                    volumes: [{ name: "script", configMap: { name } }],
                },
            },
        },
    };
}

export interface GrafanaViewerArgs {
    readonly provider: k8s.Provider;
    readonly grafana: GrafanaAdminAccess;
    /** The viewer's login (a client's name: "kiali"). */
    readonly login: string;
}

/** A Grafana user that can only read; `password` (a secret) is what its client signs in with. */
export class GrafanaViewer extends pulumi.ComponentResource {
    readonly login: string;
    readonly password: pulumi.Output<string>;
    readonly job: k8s.batch.v1.Job;

    constructor(name: string, args: GrafanaViewerArgs, opts?: pulumi.ComponentResourceOptions) {
        super("mesh-observability:addons:GrafanaViewer", name, {}, opts);
        const childOpts = { parent: this, provider: args.provider };
        const inNamespace = { ...childOpts, dependsOn: [args.grafana.namespaceResource] };
        this.login = args.login;
        const objectName = viewerObjectName(args.login);
        const generated = new random.RandomPassword(`${name}-password`, { length: 32, special: false }, { parent: this });
        this.password = pulumi.secret(generated.result);
        const secret = new k8s.core.v1.Secret(
            `${name}-secret`,
            { metadata: { name: objectName, namespace: args.grafana.namespace }, stringData: { [VIEWER_PASSWORD_KEY]: this.password } },
            inNamespace,
        );
        const script = fs.readFileSync(GRAFANA_VIEWER_SCRIPT, "utf8");
        const files = new k8s.core.v1.ConfigMap(`${name}-script`, { metadata: { name: objectName, namespace: args.grafana.namespace }, data: { "grafana-viewer.ts": script } }, inNamespace);
        const grafana = { namespace: args.grafana.namespace, url: args.grafana.url, adminSecret: args.grafana.adminSecret };
        this.job = new k8s.batch.v1.Job(
            `${name}-job`,
            // the run id follows the password (a hash, and a secret itself: derived from one) and the script
            grafanaViewerJob(grafana, args.login, objectName, this.password.apply((password) => fingerprint(script, password))),
            // the pod reads both Secrets and mounts the script; Grafana comes with its release
            { ...childOpts, dependsOn: [secret, files, args.grafana.release] },
        );
        this.registerOutputs({ login: this.login });
    }
}
