// `./mesh lab` and `./mesh down`: the dev stack on a local cluster in one step, and gone again.
//
// lab: the tools (pulumi, docker with a running engine, kind or k3d, kubectl) → the cluster "mesh" (created when
// there is none) → the MetalLB range from its Docker network (scripts/lb-range.ts) → the stack `dev` in a local backend
// of its own (.lab/state), its passphrase from PULUMI_CONFIG_PASSPHRASE(_FILE) or generated into .lab/passphrase →
// the stack's kube context and range → `pulumi up --refresh` → the trace check's verdict and how to reach Grafana,
// Kiali and the demo. Every step finds what is there before it adds anything, so running it again is safe. Where a tool
// is missing it says which and where to get it, then prints the offline summary of what `pulumi up` would create.
//
// down: deletes the cluster and the stack's state (the backend is the lab's own; nothing else is touched).
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { PLATFORM_NAMESPACES } from "../../components/namespaces.ts";
import { ipv4Subnets, loadBalancerRange } from "../lb-range.ts";
import { type Finding, Kubectl, readTraceCheck } from "./kube.ts";
import { findExecutable, firstLine, INSTALL_HINTS, run, type RunResult, type Tool } from "./tools.ts";

export const LAB_STACK = "dev";
export const LAB_CLUSTER = "mesh";

export interface LabContext {
    /** The project's root (Pulumi.yaml). */
    readonly root: string;
    /** Where the lab keeps its backend, passphrase and env file. @default <root>/.lab (MESH_LAB_DIR) */
    readonly labDir: string;
    readonly env: NodeJS.ProcessEnv;
    readonly out: (text: string) => void;
    readonly err: (text: string) => void;
}

export function labContext(root: string, env: NodeJS.ProcessEnv, out: (t: string) => void, err: (t: string) => void): LabContext {
    return { root, labDir: env.MESH_LAB_DIR ? path.resolve(env.MESH_LAB_DIR) : path.join(root, ".lab"), env, out, err };
}

/** A prerequisite this machine lacks, and how to get it. */
export interface Missing {
    readonly what: string;
    readonly how: string;
}

type Engine = "kind" | "k3d";

/** The cluster engine's names for the lab cluster: kube context and Docker network. */
export function clusterNames(engine: Engine, cluster = LAB_CLUSTER): { context: string; network: string } {
    // kind: context kind-<name>, every cluster on the Docker network "kind"; k3d: context and network k3d-<name>
    return engine === "kind" ? { context: `kind-${cluster}`, network: "kind" } : { context: `k3d-${cluster}`, network: `k3d-${cluster}` };
}

/** What the lab needs and this machine does not have; the engine to use when it has one. */
export function checkPrerequisites(env: NodeJS.ProcessEnv): { missing: Missing[]; engine?: Engine } {
    const missing: Missing[] = [];
    const has = (tool: Tool) => findExecutable(tool, env) !== undefined;
    if (!has("pulumi")) missing.push({ what: "the Pulumi CLI (pulumi) is not on PATH", how: INSTALL_HINTS.pulumi });
    if (!has("docker")) {
        missing.push({ what: "Docker (docker) is not on PATH", how: INSTALL_HINTS.docker });
    } else {
        const info = run("docker", ["info", "--format", "{{.ServerVersion}}"], { env, timeoutMs: 30_000 });
        if (info.status !== 0) {
            missing.push({
                what: `the Docker client is here, but the engine does not answer (${firstLine(info.stderr) || `docker info: exit ${info.status}`})`,
                how: "start it (Linux: sudo systemctl start docker; Docker Desktop: open it) and check that `docker info` works as your user (https://docs.docker.com/engine/install/linux-postinstall/)",
            });
        }
    }
    const engine: Engine | undefined = has("kind") ? "kind" : has("k3d") ? "k3d" : undefined;
    if (!engine) missing.push({ what: "neither kind nor k3d is on PATH (one of them creates the lab cluster)", how: `kind: ${INSTALL_HINTS.kind}; or k3d: ${INSTALL_HINTS.k3d}` });
    if (!has("kubectl")) missing.push({ what: "kubectl is not on PATH", how: INSTALL_HINTS.kubectl });
    return { missing, engine };
}

/** The offline summary of the dev stack (`synth --summary`), in a process of its own: the program runs under mocks. */
function offlineSummary(ctx: LabContext): string {
    const synth = run(process.execPath, ["--import", path.join(ctx.root, "scripts", "compile-cache.ts"), path.join(ctx.root, "scripts", "synth.ts"), "--stack", LAB_STACK, "--summary"], {
        env: ctx.env,
        cwd: ctx.root,
    });
    return synth.status === 0 ? synth.stdout.trimEnd() : `(the offline summary failed: ${synth.stderr.trim()})`;
}

/** What stops the lab here, how to fix each, then what `pulumi up` would have created. */
function reportMissing(ctx: LabContext, heading: string, missing: readonly Missing[]): void {
    ctx.out(heading);
    for (const m of missing) ctx.out(`  - ${m.what}\n    → ${m.how}`);
    ctx.out(`\nMeanwhile, this is what \`pulumi up\` would create on the ${LAB_STACK} stack (offline, from Pulumi.${LAB_STACK}.yaml):\n`);
    ctx.out(offlineSummary(ctx));
    ctx.out("\nThen run ./mesh lab again (everything else is in place; ./mesh test runs the tests).");
}

// ---- the cluster ----

function clusterExists(engine: Engine, env: NodeJS.ProcessEnv): boolean {
    if (engine === "kind") {
        // one name per line; "No kind clusters found." goes to stderr
        return run("kind", ["get", "clusters"], { env }).stdout.split("\n").some((line) => line.trim() === LAB_CLUSTER);
    }
    const list = run("k3d", ["cluster", "list", "-o", "json"], { env });
    try {
        return (JSON.parse(list.stdout || "[]") as { name?: string }[]).some((c) => c.name === LAB_CLUSTER);
    } catch {
        return false;
    }
}

function createCluster(engine: Engine, env: NodeJS.ProcessEnv): RunResult {
    if (engine === "kind") return run("kind", ["create", "cluster", "--name", LAB_CLUSTER], { env, stream: true });
    // without k3s' own load balancer (ServiceLB) and ingress (Traefik), which would fight MetalLB and the gateway
    return run("k3d", ["cluster", "create", LAB_CLUSTER, "--k3s-arg", "--disable=servicelb@server:*", "--k3s-arg", "--disable=traefik@server:*"], { env, stream: true });
}

/** The cluster's API server answers through its kube context (kind re-exports a context that went missing). */
function clusterAnswers(engine: Engine, context: string, env: NodeJS.ProcessEnv): RunResult {
    const kubectl = new Kubectl(env, context);
    const ready = kubectl.run(["get", "--raw", "/readyz"]);
    if (ready.status === 0 || engine !== "kind") return ready;
    run("kind", ["export", "kubeconfig", "--name", LAB_CLUSTER], { env });
    return kubectl.run(["get", "--raw", "/readyz"]);
}

// ---- Pulumi ----

/** The lab's own backend and passphrase: the environment for every pulumi command, and where each came from. */
export function pulumiEnvironment(ctx: LabContext): { env: NodeJS.ProcessEnv; backend: string; passphrase: string } {
    const stateDir = path.join(ctx.labDir, "state");
    fs.mkdirSync(stateDir, { recursive: true });
    const backend = `file://${stateDir}`;
    const env: NodeJS.ProcessEnv = { ...ctx.env, PULUMI_BACKEND_URL: backend, PULUMI_SKIP_UPDATE_CHECK: "true" };
    if (ctx.env.PULUMI_CONFIG_PASSPHRASE !== undefined) return { env, backend, passphrase: "from PULUMI_CONFIG_PASSPHRASE" };
    if (ctx.env.PULUMI_CONFIG_PASSPHRASE_FILE) return { env, backend, passphrase: `from PULUMI_CONFIG_PASSPHRASE_FILE (${ctx.env.PULUMI_CONFIG_PASSPHRASE_FILE})` };
    // the CLI reads the file and trims it (pulumi pkg/secrets/passphrase/manager.go readPassphrase); the variable wins over it
    const file = path.join(ctx.labDir, "passphrase");
    const created = !fs.existsSync(file);
    if (created) fs.writeFileSync(file, `${randomBytes(24).toString("base64url")}\n`, { mode: 0o600 });
    env.PULUMI_CONFIG_PASSPHRASE_FILE = file;
    const where = path.relative(ctx.root, file).startsWith("..") ? file : path.relative(ctx.root, file);
    return { env, backend, passphrase: `${created ? "generated into" : "kept in"} ${where} (git-ignored; Pulumi.${LAB_STACK}.yaml's encryptionsalt is made with it: keep it)` };
}

/** `. .lab/env` gives a shell the lab's backend and passphrase, for pulumi commands of one's own. */
function writeEnvFile(ctx: LabContext, env: NodeJS.ProcessEnv): string {
    const file = path.join(ctx.labDir, "env");
    const lines = [
        "# the lab's Pulumi backend and passphrase (./mesh lab writes this): . .lab/env",
        `export PULUMI_BACKEND_URL='${env.PULUMI_BACKEND_URL}'`,
        ...(env.PULUMI_CONFIG_PASSPHRASE_FILE && ctx.env.PULUMI_CONFIG_PASSPHRASE === undefined ? [`export PULUMI_CONFIG_PASSPHRASE_FILE='${env.PULUMI_CONFIG_PASSPHRASE_FILE}'`] : []),
    ];
    fs.writeFileSync(file, `${lines.join("\n")}\n`);
    return path.relative(ctx.root, file).startsWith("..") ? file : path.relative(ctx.root, file);
}

function pulumi(ctx: LabContext, env: NodeJS.ProcessEnv, args: readonly string[], stream = false): RunResult {
    return run("pulumi", args, { env, cwd: ctx.root, stream });
}

// ---- the end: verdict and ways in ----

interface StackOutputs {
    readonly grafana?: { url?: string; portForward?: string };
    readonly kiali?: { url?: string; portForward?: string };
    readonly demo?: { app?: string; url?: string; portForward?: string; traffic?: string };
    readonly traceCheck?: { enabled?: boolean; status?: string; verdict?: string; rerun?: string };
}

/** How to reach Grafana, Kiali and the demo, from the stack's outputs. `kialiService`: KIALI_SERVICE (components/kiali.ts). */
export function accessLines(outputs: StackOutputs, envFile: string, kialiService: string): string[] {
    const lines: string[] = [];
    const reach = (name: string, o: { url?: string; portForward?: string } | undefined, extra: string) => {
        if (!o?.url) return;
        lines.push(`  ${name}: ${o.url}${o.portForward ? `   after: ${o.portForward} &` : ""}`);
        if (extra) lines.push(`    ${extra}`);
    };
    reach("Grafana", outputs.grafana, `user admin, password: . ${envFile}; pulumi stack output grafanaAdminPassword --show-secrets -s ${LAB_STACK}`);
    // Kiali's service account has the service's name (kiali-server chart): its token signs in
    reach("Kiali", outputs.kiali, `token: kubectl -n ${PLATFORM_NAMESPACES.istio} create token ${kialiService}`);
    if (outputs.demo?.url) reach(`Demo (${outputs.demo.app})`, outputs.demo, outputs.demo.traffic ? `traffic: ${outputs.demo.traffic}` : "");
    return lines;
}

function verdictLines(finding: Finding, outputs: StackOutputs): string[] {
    const mark = finding.level === "ok" ? "passed" : finding.level === "problem" ? "FAILED" : finding.level === "absent" ? "not run" : "not finished";
    const lines = [`Trace check: ${mark} — ${finding.detail}`];
    if (finding.next && finding.level !== "ok") lines.push(`  next: ${finding.next}`);
    if (finding.level === "problem" && outputs.traceCheck?.rerun) lines.push(`  run it again: ${outputs.traceCheck.rerun}`);
    return lines;
}

// ---- the commands ----

export const LAB_USAGE = `usage: ./mesh lab      the ${LAB_STACK} stack on a local cluster (kind or k3d), in one step; safe to run again
       ./mesh down     delete the lab cluster and the ${LAB_STACK} stack's state

lab: creates the cluster "${LAB_CLUSTER}" when there is none, takes MetalLB's range from its Docker network, creates or
selects the stack "${LAB_STACK}" in the lab's own backend (.lab/state), with the passphrase from
PULUMI_CONFIG_PASSPHRASE or PULUMI_CONFIG_PASSPHRASE_FILE, else one generated into .lab/passphrase; runs
\`pulumi up --refresh\` and ends with the trace check's verdict and how to reach Grafana, Kiali and the demo.
Needs pulumi, docker (engine running), kind or k3d, kubectl; without them it says which, and shows the offline summary.`;

export async function lab(ctx: LabContext): Promise<number> {
    const { missing, engine } = checkPrerequisites(ctx.env);
    if (missing.length > 0 || !engine) {
        reportMissing(ctx, "The lab cannot start on this machine:", missing);
        // not a failure of the lab: it went as far as this machine allows
        return 0;
    }
    const { context, network } = clusterNames(engine);
    const step = (n: number, text: string) => ctx.out(`lab ${n}/6: ${text}`);

    if (clusterExists(engine, ctx.env)) step(1, `${engine} cluster "${LAB_CLUSTER}" is there (kube context ${context})`);
    else {
        step(1, `creating the ${engine} cluster "${LAB_CLUSTER}" (kube context ${context})`);
        const created = createCluster(engine, ctx.env);
        if (created.status !== 0) {
            reportMissing(ctx, "The lab has no cluster:", [
                {
                    what: `creating the ${engine} cluster "${LAB_CLUSTER}" failed (exit ${created.status}; its output is above)`,
                    how: `check that Docker has room (docker info, docker system df); on Linux raise the inotify limits (sudo sysctl fs.inotify.max_user_watches=524288 fs.inotify.max_user_instances=512); then ./mesh down`,
                },
            ]);
            return 1;
        }
    }
    const ready = clusterAnswers(engine, context, ctx.env);
    if (ready.status !== 0) {
        reportMissing(ctx, "The lab has no cluster:", [
            {
                what: `the ${engine} cluster "${LAB_CLUSTER}" does not answer through kube context ${context} (${firstLine(ready.stderr) || `kubectl exit ${ready.status}`})`,
                how: `is its container running (docker ps)? recreate it: ./mesh down`,
            },
        ]);
        return 1;
    }

    const ipam = run("docker", ["network", "inspect", network, "--format", "{{json .IPAM.Config}}"], { env: ctx.env });
    const subnet = ipam.status === 0 ? ipv4Subnets(ipam.stdout)[0] : undefined;
    const range = subnet ? loadBalancerRange(subnet) : { error: ipam.status === 0 ? `the Docker network "${network}" has no IPv4 subnet` : firstLine(ipam.stderr) };
    if (typeof range !== "string") {
        ctx.err(`lab: no MetalLB range from the Docker network "${network}": ${range.error}`);
        return 1;
    }
    step(2, `MetalLB range ${range} (Docker network "${network}" is ${subnet})`);

    const { env, backend, passphrase } = pulumiEnvironment(ctx);
    const envFile = writeEnvFile(ctx, env);
    const selected = pulumi(ctx, env, ["stack", "select", "--create", "--secrets-provider", "passphrase", LAB_STACK]);
    if (selected.status !== 0) {
        ctx.err(`lab: selecting the stack ${LAB_STACK} failed: ${firstLine(selected.stderr) || `exit ${selected.status}`}`);
        if (/passphrase/i.test(selected.stderr)) ctx.err(`     the stack was made with another passphrase: set PULUMI_CONFIG_PASSPHRASE to it, or ./mesh down and start over`);
        return 1;
    }
    step(3, `stack ${LAB_STACK} in ${backend}; passphrase ${passphrase}; for pulumi commands of your own: . ${envFile}`);

    const settings: [string[], string][] = [
        [["config", "set", "kubernetes:context", context, "-s", LAB_STACK], `kubernetes:context ${context}`],
        [["config", "set", "--path", "loadBalancerAddresses[0]", range, "-s", LAB_STACK], `loadBalancerAddresses[0] ${range}`],
        ...(engine === "k3d" ? ([[["config", "set", "clusterPlatform", "k3d", "-s", LAB_STACK], "clusterPlatform k3d"]] as [string[], string][]) : []),
    ];
    for (const [args, what] of settings) {
        const set = pulumi(ctx, env, args);
        if (set.status !== 0) {
            ctx.err(`lab: pulumi config set ${what} failed: ${firstLine(set.stderr) || `exit ${set.status}`}`);
            return 1;
        }
    }
    step(4, `Pulumi.${LAB_STACK}.yaml: ${settings.map(([, what]) => what).join(", ")}`);

    step(5, "pulumi up --refresh (the first time about 20 minutes, most of it image pulls)");
    const up = pulumi(ctx, env, ["up", "--yes", "--refresh", "--stack", LAB_STACK], true);

    const outputsRun = pulumi(ctx, env, ["stack", "output", "--json", "--stack", LAB_STACK]);
    let outputs: StackOutputs = {};
    try {
        outputs = JSON.parse(outputsRun.stdout || "{}") as StackOutputs;
    } catch {
        // no outputs yet (a first up that failed early): the verdict still comes from the cluster
    }
    let verdict: Finding;
    try {
        verdict = readTraceCheck(new Kubectl(ctx.env, context));
    } catch (e) {
        verdict = { level: "warn", subject: "trace check", detail: `could not read it: ${e instanceof Error ? e.message : String(e)}` };
    }
    step(6, up.status === 0 ? "pulumi up done" : `pulumi up failed (exit ${up.status}): its errors are above; ./mesh status shows which component is not well`);
    for (const line of verdictLines(verdict, outputs)) ctx.out(line);
    // loaded here, not at start: the component modules load the Kubernetes SDK, which the lab needs nowhere else
    const { KIALI_SERVICE } = await import("../../components/kiali.ts");
    const access = accessLines(outputs, envFile, KIALI_SERVICE);
    if (access.length > 0) ctx.out(["Reach the lab:", ...access].join("\n"));
    ctx.out("Day 2: ./mesh status; tear down: ./mesh down");
    return up.status === 0 && verdict.level !== "problem" ? 0 : 1;
}

export function down(ctx: LabContext): number {
    let failed = false;
    const engines = (["kind", "k3d"] as const).filter((e) => findExecutable(e, ctx.env));
    if (engines.length === 0) ctx.out(`cluster: neither kind nor k3d is on PATH, so no lab cluster to delete (get them: ${INSTALL_HINTS.kind})`);
    for (const engine of engines) {
        if (!clusterExists(engine, ctx.env)) {
            ctx.out(`cluster: no ${engine} cluster "${LAB_CLUSTER}"`);
            continue;
        }
        ctx.out(`cluster: deleting the ${engine} cluster "${LAB_CLUSTER}"`);
        const deleted = engine === "kind" ? run("kind", ["delete", "cluster", "--name", LAB_CLUSTER], { env: ctx.env, stream: true }) : run("k3d", ["cluster", "delete", LAB_CLUSTER], { env: ctx.env, stream: true });
        if (deleted.status !== 0) {
            ctx.err(`down: deleting the ${engine} cluster failed (exit ${deleted.status})`);
            failed = true;
        }
    }

    const stateDir = path.join(ctx.labDir, "state");
    if (!fs.existsSync(stateDir)) {
        ctx.out(`state: no lab backend (${stateDir})`);
    } else if (!findExecutable("pulumi", ctx.env)) {
        ctx.out(`state: pulumi is not on PATH; the stack's state stays in ${stateDir} (delete the folder to drop it)`);
    } else {
        const { env, backend } = pulumiEnvironment(ctx);
        const stacks = pulumi(ctx, env, ["stack", "ls", "--json"]);
        let names: string[] = [];
        try {
            names = (JSON.parse(stacks.stdout || "[]") as { name?: string }[]).map((s) => s.name ?? "");
        } catch {
            names = [];
        }
        if (!names.includes(LAB_STACK)) ctx.out(`state: no stack ${LAB_STACK} in ${backend}`);
        else {
            // the cluster is gone, so its resources are too: only the state goes (the stack file stays, with its salt)
            ctx.out(`state: removing the stack ${LAB_STACK} from ${backend}`);
            const removed = pulumi(ctx, env, ["stack", "rm", "--yes", "--force", "--preserve-config", LAB_STACK]);
            if (removed.status !== 0) {
                ctx.err(`down: pulumi stack rm failed: ${firstLine(removed.stderr) || `exit ${removed.status}`}`);
                failed = true;
            }
        }
    }
    return failed ? 1 : 0;
}
