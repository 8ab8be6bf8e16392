// The OpenTelemetry operator 0.158.0 as a child process against the test control plane (tests/binaries/control-plane.ts),
// run the way the pinned chart (opentelemetry-operator 0.122.0, templates/deployment.yaml) runs it, with these
// differences, each because there is no cluster here:
// - out of cluster: a kubeconfig (KUBECONFIG) for a system:masters user instead of the chart's ServiceAccount;
//   NAMESPACE and SERVICE_ACCOUNT_NAME as the chart's env sets them. The operator decides whether it may create
//   the collectors' RBAC by asking the server what that ServiceAccount may do (internal/autodetect/rbac/check.go),
//   so the ServiceAccount gets the chart's rules for it when the program sets manager.createRbacPermissions
//   (templates/clusterrole.yaml), and nothing otherwise;
// - --enable-go-instrumentation when the program sets manager.autoInstrumentation.go.enabled, as the chart does;
// - no --enable-leader-election (the chart's default): out of cluster controller-runtime has no namespace for the
//   Lease, and one replica needs none;
// - the webhook server serves the apiserver's own 127.0.0.1 certificate (controller-runtime reads
//   $TMPDIR/k8s-webhook-server/serving-certs/tls.{crt,key}; cert-manager issues it in the cluster) and the chart's
//   webhook configurations are registered with `url: https://127.0.0.1:<port>/<path>` and that caBundle instead of
//   the Service `opentelemetry-operator-webhook`; names, paths, rules and failure policies as the chart's
//   templates/admission-webhooks/operator-webhook-with-cert-manager.yaml with its values' defaults;
// - metrics and health probes on 127.0.0.1 ports. The webhook server itself binds every interface: the operator
//   gives controller-runtime a port and no host (internal/operator/setup.go webhook.Options{Port}); nothing but the
//   apiserver on 127.0.0.1 is told its address, and it stops with the test.
// The binary: OTEL_OPERATOR_BIN. The Go module proxy refuses github.com/open-telemetry/opentelemetry-operator (every
// version: 403 "This module version is not available"), so the build cannot make it (docs/real-apiserver-tests.md).
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { freePort, type ControlPlane } from "./control-plane.ts";
import type { KubeObject } from "./kube-client.ts";
import { startChild, waitUntil, type Child } from "./process-group.ts";

export const OPERATOR_VERSION = "0.158.0";
/** Where the chart installs the operator (components/namespaces.ts PLATFORM_NAMESPACES.openTelemetryOperator). */
export const OPERATOR_NAMESPACE = "opentelemetry-operator-system";
/** The chart's ServiceAccount and webhook names are `<fullname>`: the release name (components/opentelemetry.ts OPERATOR_RELEASE). */
const FULLNAME = "opentelemetry-operator";
/** The chart's default collector image (values.yaml manager.collectorImage), which the operator writes into the workloads. */
export const COLLECTOR_IMAGE = "ghcr.io/open-telemetry/opentelemetry-collector-releases/opentelemetry-collector-k8s:0.158.0";

/** The operator binary, or why there is none. */
export function operatorBinary(): { bin?: string; reason?: string } {
    const bin = process.env.OTEL_OPERATOR_BIN;
    if (!bin) {
        return {
            reason: `no OpenTelemetry operator ${OPERATOR_VERSION}: the Go module proxy refuses github.com/open-telemetry/opentelemetry-operator (403, every version), ` +
                "so `npm run build:binaries` cannot build it; set OTEL_OPERATOR_BIN to a build of tag v" + OPERATOR_VERSION + " (docs/real-apiserver-tests.md)",
        };
    }
    if (!fs.existsSync(bin)) throw new Error(`OTEL_OPERATOR_BIN=${bin}: no such file`);
    return { bin };
}

type Rule = { apiGroups: string[]; apiVersions: string[]; operations: string[]; resources: string[]; scope?: string };
interface Hook {
    readonly name: string;
    readonly path: string;
    readonly failurePolicy: "Fail" | "Ignore";
    readonly rules: Rule[];
}

const rule = (group: string, version: string, resource: string, operations = ["CREATE", "UPDATE"]): Rule[] => [
    { apiGroups: [group], apiVersions: [version], operations, resources: [resource] },
];

// chart 0.122.0 operator-webhook-with-cert-manager.yaml; admissionWebhooks.failurePolicy Fail, pods.failurePolicy Ignore
const MUTATING: readonly Hook[] = [
    { name: "minstrumentation.kb.io", path: "/mutate-opentelemetry-io-v1alpha1-instrumentation", failurePolicy: "Fail", rules: rule("opentelemetry.io", "v1alpha1", "instrumentations") },
    { name: "mopentelemetrycollectorbeta.kb.io", path: "/mutate-opentelemetry-io-v1beta1-opentelemetrycollector", failurePolicy: "Fail", rules: rule("opentelemetry.io", "v1beta1", "opentelemetrycollectors") },
    { name: "mpod.kb.io", path: "/mutate-v1-pod", failurePolicy: "Ignore", rules: rule("", "v1", "pods", ["CREATE"]) },
];
const VALIDATING: readonly Hook[] = [
    { name: "vinstrumentationcreateupdate.kb.io", path: "/validate-opentelemetry-io-v1alpha1-instrumentation", failurePolicy: "Fail", rules: rule("opentelemetry.io", "v1alpha1", "instrumentations") },
    { name: "vopentelemetrycollectorcreateupdatebeta.kb.io", path: "/validate-opentelemetry-io-v1beta1-opentelemetrycollector", failurePolicy: "Fail", rules: rule("opentelemetry.io", "v1beta1", "opentelemetrycollectors") },
];

function webhookConfiguration(kind: "MutatingWebhookConfiguration" | "ValidatingWebhookConfiguration", name: string, hooks: readonly Hook[], port: number, caBundle: string): KubeObject {
    return {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind,
        metadata: { name },
        webhooks: hooks.map((h) => ({
            name: h.name,
            admissionReviewVersions: ["v1"],
            clientConfig: { url: `https://127.0.0.1:${port}${h.path}`, caBundle },
            failurePolicy: h.failurePolicy,
            rules: h.rules,
            sideEffects: "None",
            timeoutSeconds: 10, // values.yaml admissionWebhooks.timeoutSeconds
        })),
    };
}

export interface Operator {
    readonly child: Child;
    stop(): Promise<void>;
}

const tcpOpen = (port: number) =>
    new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: "127.0.0.1", port }, () => {
            socket.destroy();
            resolve(true);
        });
        socket.on("error", () => resolve(false));
        socket.setTimeout(2_000, () => {
            socket.destroy();
            resolve(false);
        });
    });

/** The operator chart's values the harness follows (the program's, from its Helm release). */
export interface OperatorValues {
    readonly manager?: { readonly createRbacPermissions?: boolean; readonly autoInstrumentation?: { readonly go?: { readonly enabled?: boolean } } };
}

// chart 0.122.0 templates/clusterrole.yaml, the rules under `if .Values.manager.createRbacPermissions`
const CREATE_RBAC_RULES = [
    { apiGroups: ["rbac.authorization.k8s.io"], resources: ["clusterroles", "clusterrolebindings"], verbs: ["create", "delete", "get", "list", "patch", "update", "watch"] },
    { apiGroups: [""], resources: ["nodes", "namespaces", "secrets"], verbs: ["get", "list", "watch"] },
];

async function grantChartRbac(cp: ControlPlane, values: OperatorValues): Promise<void> {
    await cp.client.apply({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: FULLNAME, namespace: OPERATOR_NAMESPACE } }, { fieldManager: "test-helper" });
    if (!values.manager?.createRbacPermissions) return;
    const name = `${FULLNAME}-create-rbac-permissions`;
    await cp.client.apply({ apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", metadata: { name }, rules: CREATE_RBAC_RULES }, { fieldManager: "test-helper" });
    await cp.client.apply({
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "ClusterRoleBinding",
        metadata: { name },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name },
        subjects: [{ kind: "ServiceAccount", name: FULLNAME, namespace: OPERATOR_NAMESPACE }],
    }, { fieldManager: "test-helper" });
}

/** Starts the operator, registers its webhooks, and resolves once /readyz answers and the webhook port accepts. */
export async function startOperator(cp: ControlPlane, bin: string, dir: string, values: OperatorValues, timeoutMs = 120_000): Promise<Operator> {
    const [metricsPort, probePort, webhookPort] = [await freePort(), await freePort(), await freePort()];
    const tmp = path.join(dir, "tmp");
    const certs = path.join(tmp, "k8s-webhook-server", "serving-certs");
    fs.mkdirSync(certs, { recursive: true });
    const { cert, key } = cp.servingCertificate();
    fs.writeFileSync(path.join(certs, "tls.crt"), cert);
    fs.writeFileSync(path.join(certs, "tls.key"), key, { mode: 0o600 });
    const kubeconfig = path.join(dir, "kubeconfig");
    fs.writeFileSync(kubeconfig, cp.kubeconfig(), { mode: 0o600 });
    await cp.client.apply({ apiVersion: "v1", kind: "Namespace", metadata: { name: OPERATOR_NAMESPACE } }, { fieldManager: "test-helper" });
    await grantChartRbac(cp, values);

    const child = startChild({
        name: "opentelemetry-operator",
        bin,
        dir,
        args: [
            `--metrics-addr=127.0.0.1:${metricsPort}`,
            "--metrics-secure=true",
            `--health-probe-addr=127.0.0.1:${probePort}`,
            `--webhook-port=${webhookPort}`,
            `--collector-image=${COLLECTOR_IMAGE}`,
            // values.yaml manager.featureGatesMap (the chart's helper writes `-<gate>` for false)
            "--feature-gates=-operator.networkpolicy",
            ...(values.manager?.autoInstrumentation?.go?.enabled ? ["--enable-go-instrumentation"] : []),
        ],
        env: { ...process.env, KUBECONFIG: kubeconfig, TMPDIR: tmp, NAMESPACE: OPERATOR_NAMESPACE, SERVICE_ACCOUNT_NAME: FULLNAME },
    });
    const caBundle = Buffer.from(cert).toString("base64");
    try {
        await cp.client.apply(webhookConfiguration("MutatingWebhookConfiguration", `${FULLNAME}-mutation`, MUTATING, webhookPort, caBundle), { fieldManager: "test-helper" });
        await cp.client.apply(webhookConfiguration("ValidatingWebhookConfiguration", `${FULLNAME}-validation`, VALIDATING, webhookPort, caBundle), { fieldManager: "test-helper" });
        await waitUntil("the operator's /readyz", child, async () => {
            try {
                const res = await fetch(`http://127.0.0.1:${probePort}/readyz`, { signal: AbortSignal.timeout(2_000) });
                return res.ok ? true : undefined;
            } catch {
                return undefined;
            }
        }, timeoutMs, 250);
        await waitUntil("the operator's webhook port", child, async () => ((await tcpOpen(webhookPort)) ? true : undefined), timeoutMs, 250);
    } catch (err) {
        await child.stop();
        throw new Error(`${(err as Error).message}\n--- ${child.logFile}\n${child.tail(40)}`);
    }
    return { child, stop: () => child.stop() };
}
