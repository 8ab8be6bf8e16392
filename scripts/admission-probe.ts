// The admission probe: the Job of components/admission-probe.ts runs this file from its ConfigMap
// (`node /probe/admission-probe.ts /probe/settings.json`) before Pulumi creates the custom resources that an admission
// webhook checks. For each probe it sends the API server a server-side dry-run create (`?dryRun=All`) of such a
// resource, as Pulumi's create will, and retries until the webhook has answered: the API server calls every matching
// webhook on a dry run when the webhook declares `sideEffects: None`, so an admitted dry run (2xx) means each webhook
// with `failurePolicy: Fail` answered, and a denial naming one of the probe's webhooks means it answered too. Anything
// else (the webhook's connection refused, no endpoints, an untrusted certificate, the kind not served yet) is retried
// until the deadline; then the script exits 1 and its last lines say what was wrong.
//
// Its result line, on stdout and in $ADMISSION_PROBE_TERMINATION_LOG (the Job's termination message, which `pulumi up`
// prints): `ADMISSION PROBE PASSED: …`, or `ADMISSION PROBE FAILED (<reason>): …` with the reason `not-serving` (a
// webhook did not answer by the deadline) or `bad-settings` (exit 2). The Job's guard fails a run that wrote none
// (components/script-job.ts).
//
// It runs whenever it is started (no "am I the main module" test: the kubelet mounts ConfigMap keys as symlinks into
// a `..<timestamp>/` folder, so the path Node resolves differs from argv[1]). Node.js built-ins and the Job's script-result.ts only.
import * as fs from "node:fs";
import * as https from "node:https";
import * as path from "node:path";
import { writeResult } from "./script-result.ts";

/** One dry-run create: where it is posted and what, and whose answer counts. */
export interface AdmissionProbe {
    /** The collection's API path, e.g. `/apis/metallb.io/v1beta1/namespaces/metallb-system/ipaddresspools`. */
    readonly path: string;
    readonly object: Record<string, unknown>;
    /** The names of the webhooks (`webhooks[].name`) that admit this kind; a denial by one of them is an answer. */
    readonly webhooks: readonly string[];
}

export interface AdmissionProbeSettings {
    /** Where the pod's ServiceAccount token and the cluster's CA are (`token`, `ca.crt`). */
    readonly serviceAccountDir: string;
    /** How long the webhooks may take to answer, in seconds, for all probes together. */
    readonly deadlineSeconds: number;
    /** The pause between two attempts, in seconds. */
    readonly retrySeconds: number;
    readonly probes: readonly AdmissionProbe[];
}

/** How one attempt went: the webhook answered (admitted or denied), or not yet, and why. */
type Attempt = { readonly answered: true; readonly detail: string } | { readonly answered: false; readonly detail: string };

const DENIED = /admission webhook "([^"]+)" denied the request/;

/** Judges the API server's answer to a dry-run create. */
function judge(status: number, body: string, webhooks: readonly string[]): Attempt {
    if (status >= 200 && status < 300) return { answered: true, detail: `admitted (${status})` };
    let message = body.trim();
    try {
        const parsed = JSON.parse(body) as { message?: unknown };
        if (typeof parsed.message === "string") message = parsed.message;
    } catch {
        // not a Status object: keep the body as it is
    }
    const denied = DENIED.exec(message);
    if (denied && webhooks.includes(denied[1])) return { answered: true, detail: `denied by ${denied[1]} (${status}), so it serves: ${message}` };
    return { answered: false, detail: `${status} ${message.slice(0, 500)}` };
}

function readSettings(file: string): AdmissionProbeSettings {
    const settings = JSON.parse(fs.readFileSync(file, "utf8")) as AdmissionProbeSettings;
    for (const key of ["deadlineSeconds", "retrySeconds"] as const) {
        if (typeof settings[key] !== "number" || !(settings[key] > 0)) throw new Error(`${file}: ${key} must be a positive number`);
    }
    if (typeof settings.serviceAccountDir !== "string") throw new Error(`${file}: serviceAccountDir must be a path`);
    if (!Array.isArray(settings.probes) || settings.probes.length === 0) throw new Error(`${file}: probes must be a non-empty list`);
    return settings;
}

/** The in-cluster API server, as the kubelet tells every pod (KUBERNETES_SERVICE_HOST/_PORT). */
function apiServer(): { host: string; port: number } {
    const host = process.env.KUBERNETES_SERVICE_HOST;
    const port = Number(process.env.KUBERNETES_SERVICE_PORT);
    if (!host || !Number.isInteger(port)) throw new Error("KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be set (they are in every pod)");
    return { host, port };
}

function post(server: { host: string; port: number }, settings: AdmissionProbeSettings, probe: AdmissionProbe, timeoutMs: number): Promise<{ status: number; body: string }> {
    // the token is read on every attempt: the kubelet rotates projected tokens
    const token = fs.readFileSync(path.join(settings.serviceAccountDir, "token"), "utf8").trim();
    const ca = fs.readFileSync(path.join(settings.serviceAccountDir, "ca.crt"));
    const body = JSON.stringify(probe.object);
    return new Promise((resolve, reject) => {
        const request = https.request(
            {
                host: server.host,
                port: server.port,
                method: "POST",
                path: `${probe.path}?dryRun=All&fieldManager=admission-probe`,
                ca,
                timeout: timeoutMs,
                headers: { authorization: `Bearer ${token}`, "content-type": "application/json", accept: "application/json", "content-length": Buffer.byteLength(body) },
            },
            (response) => {
                const chunks: Buffer[] = [];
                response.on("data", (chunk: Buffer) => chunks.push(chunk));
                response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
                response.on("error", reject);
            },
        );
        request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        request.on("error", reject);
        request.end(body);
    });
}


const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const kindOf = (probe: AdmissionProbe) => `${String(probe.object.kind)} (${probe.path})`;

async function main(argv: readonly string[]): Promise<number> {
    let settings: AdmissionProbeSettings;
    let server: { host: string; port: number };
    try {
        if (argv.length !== 1) throw new Error("usage: node admission-probe.ts <settings.json>");
        settings = readSettings(argv[0]);
        server = apiServer();
    } catch (e) {
        writeResult("ADMISSION PROBE", `ADMISSION PROBE FAILED (bad-settings): ${e instanceof Error ? e.message : String(e)}`);
        return 2;
    }
    const deadline = Date.now() + settings.deadlineSeconds * 1000;
    for (const probe of settings.probes) {
        let last = "no attempt";
        for (let attempt = 1; ; attempt++) {
            let result: Attempt;
            try {
                const answer = await post(server, settings, probe, Math.max(1000, Math.min(10_000, deadline - Date.now())));
                result = judge(answer.status, answer.body, probe.webhooks);
            } catch (e) {
                result = { answered: false, detail: `no answer from the API server: ${e instanceof Error ? e.message : String(e)}` };
            }
            if (result.answered) {
                console.log(`admission-probe: ${kindOf(probe)}: the webhook answered on attempt ${attempt}: ${result.detail}`);
                break;
            }
            if (result.detail !== last) console.log(`admission-probe: ${kindOf(probe)}: attempt ${attempt}: not yet: ${result.detail}`);
            last = result.detail;
            if (Date.now() + settings.retrySeconds * 1000 >= deadline) {
                writeResult("ADMISSION PROBE", `ADMISSION PROBE FAILED (not-serving): ${kindOf(probe)}: none of ${probe.webhooks.join(", ")} answered within ${settings.deadlineSeconds}s; last answer: ${last}`);
                return 1;
            }
            await sleep(settings.retrySeconds * 1000);
        }
    }
    writeResult("ADMISSION PROBE", `ADMISSION PROBE PASSED: the webhooks of ${settings.probes.map((probe) => String(probe.object.kind)).join(", ")} answered`);
    return 0;
}

main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
        console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
        process.exitCode = 1;
    },
);
