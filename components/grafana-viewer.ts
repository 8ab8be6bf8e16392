// A read-only Grafana identity for a client of Grafana (Kiali, which only searches dashboards to link to them: kiali
// v2.29.0 grafana/grafana.go `findDashboard`, GET /api/search). A Grafana user with org role Viewer whose password is
// generated here (@pulumi/random) and stays a secret: in the state, in a Secret beside Grafana that a Job reads to set
// it through Grafana's admin API (scripts/grafana-viewer.ts), and in whatever Secret the client reads.
//
// A script Job (components/script-job.ts: how `pulumi up` awaits it and prints its termination message): the script
// writes `GRAFANA VIEWER PASSED: …` or `GRAFANA VIEWER FAILED (<reason>): …` there, and a run without one fails with
// `no-verdict`. A Job's pod template is immutable, so a new password (a hash of it in the pod template, a secret like
// the password) or a new script replaces the Job and sets the password again; `pulumi.com/replaceUnready` makes the
// next `up` replace a Job that did not complete.
import * as fs from "node:fs";
import * as path from "node:path";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import { type ScriptJob, scriptJob } from "./script-job.ts";

/** The script, mounted into the Job as it is in the repository. */
export const GRAFANA_VIEWER_SCRIPT = path.join(import.meta.dirname, "..", "scripts", "grafana-viewer.ts");
const MOUNT = "/viewer";
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

/**
 * The Job and its ConfigMap that make `login` a Viewer with the password in `passwordSecret`; `password` (the same,
 * a secret) and `script` are in its fingerprint, so a new one of either runs it again.
 */
export function grafanaViewerJob(
    grafana: Omit<GrafanaAdminAccess, "release" | "namespaceResource">,
    login: string,
    passwordSecret: string,
    script: string,
    password: pulumi.Input<string>,
): ScriptJob {
    const fromSecret = (secret: string, key: string) => ({ valueFrom: { secretKeyRef: { name: secret, key } } });
    return scriptJob({
        app: "grafana-viewer",
        name: viewerObjectName(login),
        namespace: grafana.namespace,
        labels: { "app.kubernetes.io/instance": login },
        result: "GRAFANA VIEWER",
        mount: MOUNT,
        files: { "grafana-viewer.ts": script },
        entry: "grafana-viewer.ts",
        env: [
            { name: "GRAFANA_URL", value: grafana.url },
            { name: "GRAFANA_ADMIN_USER", ...fromSecret(grafana.adminSecret.name, grafana.adminSecret.userKey) },
            { name: "GRAFANA_ADMIN_PASSWORD", ...fromSecret(grafana.adminSecret.name, grafana.adminSecret.passwordKey) },
            { name: "VIEWER_LOGIN", value: login },
            { name: "VIEWER_PASSWORD", ...fromSecret(passwordSecret, VIEWER_PASSWORD_KEY) },
            { name: "WAIT_SECONDS", value: String(WAIT_SECONDS) },
        ],
        resources: { requests: { cpu: "20m", memory: "48Mi" }, limits: { memory: "96Mi" } },
        deadlineSeconds: DEADLINE_SECONDS,
        // a retry if Grafana restarts mid-way; each attempt waits for it
        backoffLimit: 2,
        rerunOn: [password],
    });
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
        const grafana = { namespace: args.grafana.namespace, url: args.grafana.url, adminSecret: args.grafana.adminSecret };
        const { job, configMap } = grafanaViewerJob(grafana, args.login, objectName, fs.readFileSync(GRAFANA_VIEWER_SCRIPT, "utf8"), this.password);
        const files = new k8s.core.v1.ConfigMap(`${name}-script`, configMap, inNamespace);
        // the pod reads both Secrets and mounts the script; Grafana comes with its release
        this.job = new k8s.batch.v1.Job(`${name}-job`, job, { ...childOpts, dependsOn: [secret, files, args.grafana.release] });
        this.registerOutputs({ login: this.login });
    }
}
