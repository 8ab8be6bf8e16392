// A wait for admission webhooks: a Job that dry-run creates, through the API server, one object of each kind an
// operator's webhook admits, and completes only once the webhook has answered (scripts/admission-probe.ts). The custom
// resources of those kinds depend on the Job, so Pulumi creates them only when their webhook really serves.
//
// Why a Job: nothing else in the cluster says "the webhook serves" —
// - Pulumi retries a create only on NotFound/NoMatch (pulumi-kubernetes provider/pkg/await/await.go `Creation`,
//   `retrier.Do(apierrors.IsNotFound, meta.IsNoMatchError)`), so a webhook's "connection refused" fails `pulumi up`;
// - MetalLB's controller is ready before its webhook listens: `/readyz` is `healthz.Ping` and the webhook server is
//   started only after the cert rotator has written the certificate and injected the CA (metallb v0.16.1
//   internal/k8s/k8s.go, webhook.go; cert-controller v0.15.0 rotator.go `ensureReady`; controller-runtime v0.22.3
//   adds the webhook server on the first `GetWebhookServer`);
// - the OTel operator's readiness includes its webhook listener (v0.158.0 internal/operator/setup.go, `StartedChecker`),
//   but the webhook's CA is injected by cert-manager's cainjector afterwards, on its own schedule;
// - an EndpointSlice with a ready address (`pulumi.com/waitFor`) only repeats the pods' readiness, and the program
//   runs outside the cluster, so it cannot reach the webhook's ClusterIP itself.
// A dry run through the API server takes exactly the path Pulumi's create takes (Service, endpoints, TLS with the
// injected CA, the handler) and stores nothing.
//
// A script Job (components/script-job.ts): the script writes `ADMISSION PROBE PASSED: …` or
// `ADMISSION PROBE FAILED (<reason>): …` as its termination message, and a run without one fails with `no-verdict`.
// `pulumi.com/replaceUnready` makes the next `up` replace a Job that did not complete; a change of the fingerprint in
// its pod template (script, probes, the serving chart's version and values via `rerunKey`) replaces it and probes again.
import * as fs from "node:fs";
import * as path from "node:path";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { type CustomResourceObject, resourceOf } from "../crds/index.ts";
import type { AdmissionProbe as Probe, AdmissionProbeSettings } from "../scripts/admission-probe.ts";
import { type ScriptJob, scriptJob } from "./script-job.ts";

/** The script, mounted into the Job as it is in the repository. */
export const ADMISSION_PROBE_SCRIPT = path.join(import.meta.dirname, "..", "scripts", "admission-probe.ts");
/** Where the Job mounts its ConfigMap. */
export const ADMISSION_PROBE_MOUNT = "/probe";
/** Where the kubelet mounts the pod's ServiceAccount token and the cluster's CA. */
const SERVICE_ACCOUNT_DIR = "/var/run/secrets/kubernetes.io/serviceaccount";
/** The head of the result line the script writes to $ADMISSION_PROBE_TERMINATION_LOG. */
const RESULT = "ADMISSION PROBE";
/** Seconds the webhooks may take to serve (MetalLB's cert rotation, the cainjector); the Job adds time for the pull. */
export const DEFAULT_DEADLINE_SECONDS = 300;
const SCHEDULING_SLACK_SECONDS = 120;
const RETRY_SECONDS = 2;

/** An object whose kind a webhook admits, and the names of those webhooks (`webhooks[].name` of their configuration). */
export interface WebhookProbe {
    readonly object: CustomResourceObject;
    readonly webhooks: readonly string[];
}

/**
 * The dry run for `probe`: the object renamed (`<name>-admission-probe`, so it never meets the real one) and, for a
 * namespaced kind, moved into `namespace` (the Job's, where its Role lets it create). Labels and annotations stay:
 * a webhook's objectSelector sees them. Only namespaced kinds: the Job's permissions end at its namespace.
 * @throws Error for a kind crds/ does not model, or a cluster-scoped one.
 */
export function admissionProbe(namespace: string, probe: WebhookProbe): Probe {
    const { apiVersion, kind, metadata } = probe.object;
    const resource = resourceOf(apiVersion, kind);
    if (!resource) throw new Error(`${apiVersion} ${kind}: not a modelled custom resource (crds/generated/manifest.json)`);
    if (resource.scope !== "Namespaced") throw new Error(`${apiVersion} ${kind}: cluster-scoped kinds are not probed (the Job's Role is namespaced)`);
    if (!apiVersion.includes("/")) throw new Error(`${apiVersion} ${kind}: a custom resource has a group`);
    const name = typeof metadata?.name === "string" ? metadata.name : kind.toLowerCase();
    return {
        path: `/apis/${apiVersion}/namespaces/${namespace}/${resource.plural}`,
        object: { ...probe.object, metadata: { ...metadata, name: `${name}-admission-probe`, namespace } },
        webhooks: [...probe.webhooks],
    };
}

/** What the script reads: the probes in order, the in-cluster ServiceAccount, the deadline. */
export function admissionProbeSettings(namespace: string, probes: readonly WebhookProbe[], deadlineSeconds = DEFAULT_DEADLINE_SECONDS): AdmissionProbeSettings {
    return {
        serviceAccountDir: SERVICE_ACCOUNT_DIR,
        deadlineSeconds,
        retrySeconds: RETRY_SECONDS,
        probes: probes.map((probe) => admissionProbe(namespace, probe)),
    };
}

/** The Role's rules: `create` (a dry run needs it) on each probed resource, nothing else. */
export function admissionProbeRules(settings: AdmissionProbeSettings): k8s.types.input.rbac.v1.PolicyRule[] {
    const byGroup = new Map<string, Set<string>>();
    for (const probe of settings.probes) {
        // /apis/<group>/<version>/namespaces/<namespace>/<plural>
        const [, , group, , , , plural] = probe.path.split("/");
        byGroup.set(group, (byGroup.get(group) ?? new Set()).add(plural));
    }
    return [...byGroup].map(([group, plurals]) => ({ apiGroups: [group], resources: [...plurals], verbs: ["create"] }));
}

/** The Job and its ConfigMap: one attempt, the script and settings from the ConfigMap, the ServiceAccount's token. */
export function admissionProbeJob(namespace: string, name: string, settings: AdmissionProbeSettings, script: string, rerunKey: pulumi.Input<string>): ScriptJob {
    return scriptJob({
        app: "admission-probe",
        name,
        namespace,
        result: RESULT,
        mount: ADMISSION_PROBE_MOUNT,
        files: { "admission-probe.ts": script, "settings.json": `${JSON.stringify(settings, null, 2)}\n` },
        entry: "admission-probe.ts",
        args: [`${ADMISSION_PROBE_MOUNT}/settings.json`],
        // Node.js 24 with type stripping peaks near 85 MB resident running this script
        resources: { requests: { cpu: "10m", memory: "96Mi" }, limits: { memory: "160Mi" } },
        deadlineSeconds: settings.deadlineSeconds + SCHEDULING_SLACK_SECONDS,
        // one attempt: the script retries itself until its deadline
        backoffLimit: 0,
        rerunOn: [rerunKey],
        serviceAccountName: name,
    });
}

export interface AdmissionProbeArgs {
    readonly provider: k8s.Provider;
    /** Where the Job runs and the dry runs go: the webhook owner's namespace (it exists once `after` does). */
    readonly namespace: string;
    /** One object per kind that the webhook admits, in the order the probes run. */
    readonly probes: readonly WebhookProbe[];
    /** What serves the webhook (its chart or release): the Job starts after it. */
    readonly after: readonly pulumi.Resource[];
    /** Anything whose change should probe again (the serving chart's version and values). @default "" */
    readonly rerunKey?: pulumi.Input<string>;
    /** The Kubernetes name of the Job and its ServiceAccount, Role, RoleBinding and ConfigMap. @default "admission-probe" */
    readonly objectName?: string;
    /** @default DEFAULT_DEADLINE_SECONDS */
    readonly deadlineSeconds?: number;
}

/** The Job that completes once the webhooks serve; custom resources of the probed kinds depend on `job`. */
export class AdmissionProbe extends pulumi.ComponentResource {
    readonly job: k8s.batch.v1.Job;
    readonly settings: AdmissionProbeSettings;

    constructor(name: string, args: AdmissionProbeArgs, opts?: pulumi.ComponentResourceOptions) {
        super("mesh-observability:addons:AdmissionProbe", name, {}, opts);
        const childOpts = { parent: this, provider: args.provider };
        const objectName = args.objectName ?? "admission-probe";
        const metadata = { name: objectName, namespace: args.namespace };
        this.settings = admissionProbeSettings(args.namespace, args.probes, args.deadlineSeconds);
        const { job, configMap } = admissionProbeJob(args.namespace, objectName, this.settings, fs.readFileSync(ADMISSION_PROBE_SCRIPT, "utf8"), args.rerunKey ?? "");

        const after = { ...childOpts, dependsOn: [...args.after] };
        const account = new k8s.core.v1.ServiceAccount(`${name}-account`, { metadata }, after);
        const role = new k8s.rbac.v1.Role(`${name}-role`, { metadata, rules: admissionProbeRules(this.settings) }, after);
        const binding = new k8s.rbac.v1.RoleBinding(
            `${name}-binding`,
            {
                metadata,
                roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: role.metadata.name },
                subjects: [{ kind: "ServiceAccount", name: account.metadata.name, namespace: args.namespace }],
            },
            after,
        );
        const files = new k8s.core.v1.ConfigMap(`${name}-script`, configMap, after);
        this.job = new k8s.batch.v1.Job(`${name}-job`, job, {
            ...childOpts,
            dependsOn: [files, binding, ...args.after],
        });
        this.registerOutputs({ job: `${args.namespace}/${objectName}` });
    }
}
