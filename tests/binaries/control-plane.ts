// A real Kubernetes control plane for tests, as controller-runtime's envtest starts one (pkg/internal/testing/
// controlplane, pkg/envtest/server.go): etcd and kube-apiserver as child processes on 127.0.0.1 with random ports,
// everything in a temp folder, no kubelet, no controllers (so no namespace deletion, no garbage collection, no
// Pods running). Readiness as envtest: etcd's /health, the apiserver's /readyz, then the `default` namespace, then,
// for CRDs, the Established condition and the kinds in discovery. One control plane per test file; the operator
// tests (issue 25, test 3) can start theirs the same way and point a manager at `kubeconfig()`.
//
//   const cp = await startControlPlane();   after(() => cp.stop());
//   await cp.client.apply(object, { dryRun: true });
import { generateKeyPairSync, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { findBinary } from "./find.ts";
import { KubeClient, type KubeObject } from "./kube-client.ts";
import { startChild, waitUntil, type Child } from "./process-group.ts";

export interface ControlPlaneOptions {
    /** Bound on each readiness wait (a loaded 2-core machine needs tens of seconds for the apiserver). */
    readonly timeoutMs?: number;
    /** Further kube-apiserver flags (`--feature-gates=...`). */
    readonly apiserverArgs?: readonly string[];
    /** Start attempts, each on fresh ports (a port taken between choosing and binding fails one). */
    readonly attempts?: number;
}

export interface ControlPlane {
    /** https://127.0.0.1:<port> */
    readonly server: string;
    readonly client: KubeClient;
    /** A kubeconfig for a system:masters user: for a controller the tests start against this API server. */
    kubeconfig(): string;
    /** Installs CRDs (server-side apply), waits until each is Established and its kinds are in discovery. */
    installCrds(crds: readonly KubeObject[]): Promise<void>;
    /**
     * The apiserver's own self-signed serving certificate for 127.0.0.1 (chain: certificate, then its CA) and key: a
     * webhook server the tests start on loopback can serve it, and its caBundle is `cert` (tests/binaries/operator.ts).
     */
    servingCertificate(): { readonly cert: string; readonly key: string };
    /** The last lines of both logs, for an assertion message. */
    logs(lines?: number): string;
    /** Stops kube-apiserver, then etcd, and removes the temp folder. Safe to call twice. */
    stop(): Promise<void>;
}

const ADMIN_GROUP = "system:masters";

/** A port the kernel had free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.unref();
        server.on("error", reject);
        server.listen(0, "127.0.0.1", () => {
            const { port } = server.address() as net.AddressInfo;
            server.close(() => resolve(port));
        });
    });
}

async function httpOk(url: string): Promise<string | undefined> {
    const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    const text = await res.text();
    return res.ok ? text : undefined;
}

async function startEtcd(dir: string, timeoutMs: number): Promise<{ etcd: Child; url: string }> {
    const [client, peer] = [await freePort(), await freePort()];
    const url = `http://127.0.0.1:${client}`;
    const peerUrl = `http://127.0.0.1:${peer}`;
    const etcd = startChild({
        name: "etcd",
        bin: findBinary("etcd"),
        dir,
        args: [
            `--data-dir=${path.join(dir, "etcd")}`,
            `--listen-client-urls=${url}`, `--advertise-client-urls=${url}`,
            `--listen-peer-urls=${peerUrl}`, `--initial-advertise-peer-urls=${peerUrl}`, `--initial-cluster=default=${peerUrl}`,
            // envtest's: nothing here needs to survive a crash, and fsync on a shared disk is the slow part
            "--unsafe-no-fsync",
            "--log-level=warn",
        ],
    });
    await waitUntil("etcd /health", etcd, async () => {
        const body = await httpOk(`${url}/health`);
        return body && (JSON.parse(body) as { health?: string }).health === "true" ? true : undefined;
    }, timeoutMs);
    return { etcd, url };
}

async function startApiserver(dir: string, etcdUrl: string, token: string, timeoutMs: number, extra: readonly string[]): Promise<{ apiserver: Child; server: string; ca: string }> {
    const port = await freePort();
    const server = `https://127.0.0.1:${port}`;
    const certDir = path.join(dir, "certs");
    fs.mkdirSync(certDir, { recursive: true });
    // service-account tokens need a signing key; nothing here reads them
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    fs.writeFileSync(path.join(dir, "sa.key"), privateKey.export({ type: "pkcs8", format: "pem" }));
    fs.writeFileSync(path.join(dir, "sa.pub"), publicKey.export({ type: "spki", format: "pem" }));
    // token,user,uid,"groups" (kube-apiserver --token-auth-file)
    fs.writeFileSync(path.join(dir, "tokens.csv"), `${token},admin,admin,"${ADMIN_GROUP}"\n`);
    const apiserver = startChild({
        name: "kube-apiserver",
        bin: findBinary("kube-apiserver"),
        dir,
        args: [
            // envtest's defaults (controlplane/apiserver.go), on loopback only
            "--advertise-address=127.0.0.1", "--bind-address=127.0.0.1", `--secure-port=${port}`,
            `--etcd-servers=${etcdUrl}`,
            // no --tls-cert-file: the server writes a self-signed CA and serving cert for 127.0.0.1 here
            `--cert-dir=${certDir}`,
            `--token-auth-file=${path.join(dir, "tokens.csv")}`,
            "--authorization-mode=RBAC",
            // without the controllers no ServiceAccount `default` appears; a Pod would wait for it forever
            "--disable-admission-plugins=ServiceAccount",
            "--service-cluster-ip-range=10.0.0.0/24",
            "--allow-privileged=true",
            `--service-account-issuer=${server}`,
            `--service-account-key-file=${path.join(dir, "sa.pub")}`,
            `--service-account-signing-key-file=${path.join(dir, "sa.key")}`,
            ...extra,
        ],
    });
    const caFile = path.join(certDir, "apiserver.crt");
    // the file holds the serving certificate and the CA that signed it (certutil.GenerateSelfSignedCertKeyWithFixtures)
    const ca = await waitUntil("a serving certificate", apiserver, () => Promise.resolve(fs.existsSync(caFile) ? fs.readFileSync(caFile, "utf8") : undefined), timeoutMs);
    const client = new KubeClient(server, token, ca);
    await waitUntil("/readyz", apiserver, async () => ((await client.request("GET", "/readyz", undefined, undefined, 10_000)).status === 200 ? true : undefined), timeoutMs, 250);
    // the apiserver's own bootstrap controller creates it (envtest waits for it too)
    await waitUntil("namespace default", apiserver, async () => ((await client.request("GET", "/api/v1/namespaces/default")).status === 200 ? true : undefined), timeoutMs);
    return { apiserver, server, ca };
}

interface CrdSpec {
    readonly group: string;
    readonly names: { readonly kind: string; readonly plural: string };
    readonly versions: readonly { readonly name: string; readonly served: boolean }[];
}

export async function startControlPlane(options: ControlPlaneOptions = {}): Promise<ControlPlane> {
    const timeoutMs = options.timeoutMs ?? 120_000;
    const attempts = options.attempts ?? 3;
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "control-plane-"));
        const children: Child[] = [];
        const stopAll = async () => {
            for (const child of [...children].reverse()) await child.stop();
            fs.rmSync(dir, { recursive: true, force: true });
        };
        try {
            const token = randomBytes(24).toString("hex");
            const { etcd, url } = await startEtcd(dir, timeoutMs);
            children.push(etcd);
            const { apiserver, server, ca } = await startApiserver(dir, url, token, timeoutMs, options.apiserverArgs ?? []);
            children.push(apiserver);
            return controlPlane(server, token, ca, path.join(dir, "certs"), etcd, apiserver, stopAll, timeoutMs);
        } catch (err) {
            lastError = err;
            await stopAll();
        }
    }
    throw new Error(`the control plane did not start in ${attempts} attempts: ${(lastError as Error).message}`);
}

function controlPlane(server: string, token: string, ca: string, certDir: string, etcd: Child, apiserver: Child, stopAll: () => Promise<void>, timeoutMs: number): ControlPlane {
    const client = new KubeClient(server, token, ca);
    let stopped: Promise<void> | undefined;
    return {
        server,
        client,
        kubeconfig: () => JSON.stringify({
            apiVersion: "v1",
            kind: "Config",
            clusters: [{ name: "test", cluster: { server, "certificate-authority-data": Buffer.from(ca).toString("base64") } }],
            users: [{ name: "admin", user: { token } }],
            contexts: [{ name: "test", context: { cluster: "test", user: "admin" } }],
            "current-context": "test",
        }, null, 2),
        async installCrds(crds) {
            for (const crd of crds) await client.apply(crd, { force: true });
            for (const crd of crds) {
                const name = crd.metadata.name as string;
                await waitUntil(`CRD ${name} Established`, apiserver, async () => {
                    const stored = await client.get("apiextensions.k8s.io/v1", "CustomResourceDefinition", undefined, name);
                    const conditions = ((stored?.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions) ?? [];
                    return conditions.some((c) => c.type === "Established" && c.status === "True") ? true : undefined;
                }, timeoutMs);
            }
            // envtest's WaitForCRDs: every served group/version lists the kind
            for (const crd of crds) {
                const spec = crd.spec as CrdSpec;
                for (const version of spec.versions.filter((v) => v.served)) {
                    const apiVersion = `${spec.group}/${version.name}`;
                    await waitUntil(`${spec.names.kind} in the discovery of ${apiVersion}`, apiserver, async () =>
                        (await client.resources(apiVersion, true))?.some((r) => r.kind === spec.names.kind) ? true : undefined, timeoutMs);
                }
            }
            client.forgetDiscovery();
        },
        servingCertificate: () => ({ cert: fs.readFileSync(path.join(certDir, "apiserver.crt"), "utf8"), key: fs.readFileSync(path.join(certDir, "apiserver.key"), "utf8") }),
        logs: (lines = 30) => `--- ${apiserver.logFile}\n${apiserver.tail(lines)}\n--- ${etcd.logFile}\n${etcd.tail(lines)}`,
        stop() {
            stopped ??= stopAll();
            return stopped;
        },
    };
}
