// Makes sure Grafana has a user that can only read: org role Viewer, not a server administrator, with the password
// given. The `GrafanaViewer` component (components/grafana-viewer.ts) runs it in a Job after each change of the
// password, so a client of Grafana (Kiali) signs in as that user instead of Grafana's admin.
//
//   node scripts/grafana-viewer.ts        exit 0: the user is a Viewer with the password; 1: failed (why on stdout)
//
// Environment: GRAFANA_URL, GRAFANA_ADMIN_USER, GRAFANA_ADMIN_PASSWORD (Grafana's admin, from its Secret),
// VIEWER_LOGIN, VIEWER_PASSWORD (from the viewer's Secret), WAIT_SECONDS (how long Grafana may take to answer, 240),
// GRAFANA_VIEWER_TERMINATION_LOG (where the result line goes for the kubelet, if set). Node.js built-ins and the Job's
// script-result.ts only: the files are mounted into the Job as they are. It runs whenever it is started (no "am I the main module" test, which the
// kubelet's ConfigMap symlinks can defeat: scripts/trace-check.ts).
//
// Its result line, on stdout and in that file: `GRAFANA VIEWER PASSED: …`, or `GRAFANA VIEWER FAILED (<reason>): …`
// with the reason `bad-environment`, `unreachable` (Grafana never answered its health check), `api-error` (an API
// call was refused), `not-viewer` (signed in as the viewer, it is not only a Viewer) or `error` (anything else). The
// Job's guard fails a run that wrote none (components/script-job.ts).
//
// Why a user and not a service account: Grafana's provisioning cannot create service accounts or users (only data
// sources, dashboards, alerting and plugins; grafana/grafana#82987 is the open request), and a service account's token
// is made by Grafana itself, so it could not come from the stack's secrets. A user's password can. Grafana 13.2's
// legacy HTTP API (deprecated in favour of /apis since 13, still served; docs "Admin HTTP API", "User HTTP API",
// "Organization HTTP API"), basic authentication as the server admin:
// - GET  /api/users/lookup?loginOrEmail=<login>   200 { id, isGrafanaAdmin, … } or 404
// - POST /api/admin/users { name, login, password } → { id }   (the user joins the main org)
// - PUT  /api/admin/users/:id/password { password }
// - PUT  /api/admin/users/:id/permissions { isGrafanaAdmin: false }
// - PATCH /api/org/users/:id { role: "Viewer" }    (the admin's current org: the main org, where dashboards live)
// and as the viewer itself: GET /api/user { isGrafanaAdmin }, GET /api/user/orgs [{ orgId, role }].
import { writeResult } from "./script-result.ts";

interface ViewerSettings {
    readonly grafanaUrl: string;
    readonly admin: { readonly user: string; readonly password: string };
    readonly viewer: { readonly login: string; readonly password: string };
    readonly waitSeconds: number;
}

/** Why a run failed, the reason its result line names. */
class ViewerFailure extends Error {
    readonly reason: "bad-environment" | "unreachable" | "not-viewer";
    constructor(reason: ViewerFailure["reason"], message: string) {
        super(message);
        this.reason = reason;
    }
}

/** The settings from the environment, every missing variable named. */
function settingsFromEnv(env: NodeJS.ProcessEnv): ViewerSettings {
    const names = ["GRAFANA_URL", "GRAFANA_ADMIN_USER", "GRAFANA_ADMIN_PASSWORD", "VIEWER_LOGIN", "VIEWER_PASSWORD"] as const;
    const missing = names.filter((name) => !env[name]);
    if (missing.length > 0) throw new ViewerFailure("bad-environment", `missing environment: ${missing.join(", ")}`);
    const wait = Number(env.WAIT_SECONDS ?? "240");
    if (!Number.isFinite(wait) || wait < 0) throw new ViewerFailure("bad-environment", `WAIT_SECONDS: expected a number of seconds, got ${env.WAIT_SECONDS}`);
    return {
        grafanaUrl: String(env.GRAFANA_URL).replace(/\/$/, ""),
        admin: { user: String(env.GRAFANA_ADMIN_USER), password: String(env.GRAFANA_ADMIN_PASSWORD) },
        viewer: { login: String(env.VIEWER_LOGIN), password: String(env.VIEWER_PASSWORD) },
        waitSeconds: wait,
    };
}

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

class GrafanaError extends Error {
    readonly status: number;
    constructor(status: number, message: string) {
        super(message);
        this.status = status;
    }
}

async function call(base: string, auth: string, method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${base}${path}`, {
        method,
        headers: { Authorization: auth, Accept: "application/json", ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    if (!response.ok) {
        let message = text;
        try {
            const parsed = (JSON.parse(text) as { message?: unknown }).message;
            if (typeof parsed === "string") message = parsed;
        } catch {
            // not JSON: the text as it is
        }
        throw new GrafanaError(response.status, `${method} ${path}: ${response.status} ${message}`.trim());
    }
    return text === "" ? {} : (JSON.parse(text) as unknown);
}

/** Waits (bounded) until Grafana answers its health endpoint. */
async function waitForGrafana(settings: ViewerSettings, log: (line: string) => void): Promise<void> {
    const deadline = Date.now() + settings.waitSeconds * 1000;
    let last = "";
    for (;;) {
        try {
            const response = await fetch(`${settings.grafanaUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
            if (response.ok) return;
            last = `status ${response.status}`;
        } catch (err) {
            last = (err as Error).message;
        }
        if (Date.now() >= deadline) throw new ViewerFailure("unreachable", `Grafana at ${settings.grafanaUrl} did not answer /api/health within ${settings.waitSeconds}s (${last})`);
        log(`waiting for Grafana (${last})`);
        await new Promise((resolve) => setTimeout(resolve, 2000));
    }
}

/** Creates or updates the viewer; returns what it did. */
async function ensureViewer(settings: ViewerSettings, log: (line: string) => void = () => {}): Promise<"created" | "updated"> {
    await waitForGrafana(settings, log);
    const base = settings.grafanaUrl;
    const admin = basic(settings.admin.user, settings.admin.password);
    const { login, password } = settings.viewer;

    let id: number;
    let outcome: "created" | "updated";
    try {
        id = ((await call(base, admin, "GET", `/api/users/lookup?loginOrEmail=${encodeURIComponent(login)}`)) as { id: number }).id;
        await call(base, admin, "PUT", `/api/admin/users/${id}/password`, { password });
        outcome = "updated";
    } catch (err) {
        if (!(err instanceof GrafanaError) || err.status !== 404) throw err;
        id = ((await call(base, admin, "POST", "/api/admin/users", { name: `${login} (read-only)`, login, password })) as { id: number }).id;
        outcome = "created";
    }
    await call(base, admin, "PUT", `/api/admin/users/${id}/permissions`, { isGrafanaAdmin: false });
    await call(base, admin, "PATCH", `/api/org/users/${id}`, { role: "Viewer" });

    // what the client will be: signed in with this password, a Viewer everywhere, no server administrator
    const self = basic(login, password);
    const user = (await call(base, self, "GET", "/api/user")) as { isGrafanaAdmin?: boolean };
    const orgs = (await call(base, self, "GET", "/api/user/orgs")) as { orgId: number; role: string }[];
    if (user.isGrafanaAdmin !== false) throw new ViewerFailure("not-viewer", `${login} is still a Grafana server administrator`);
    if (orgs.length === 0 || orgs.some((org) => org.role !== "Viewer")) throw new ViewerFailure("not-viewer", `${login} has the org roles ${JSON.stringify(orgs)}; expected Viewer only`);
    return outcome;
}

/** The reason a failed run's result line names. */
const reasonOf = (err: unknown): string => (err instanceof ViewerFailure ? err.reason : err instanceof GrafanaError ? "api-error" : "error");


async function main(): Promise<number> {
    try {
        const settings = settingsFromEnv(process.env);
        const outcome = await ensureViewer(settings, (line) => console.log(line));
        writeResult("GRAFANA VIEWER", `GRAFANA VIEWER PASSED: ${settings.viewer.login} ${outcome}, org role Viewer, not a server administrator`);
        return 0;
    } catch (err) {
        writeResult("GRAFANA VIEWER", `GRAFANA VIEWER FAILED (${reasonOf(err)}): ${(err as Error).message}`);
        return 1;
    }
}

process.exitCode = await main();
