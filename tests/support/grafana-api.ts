// A stand-in for Grafana 13.2's user and organization HTTP API (Grafana is AGPL: it is not run here), on loopback:
// the endpoints scripts/grafana-viewer.ts calls and the ones Kiali's read-only user needs or must be refused, with
// basic authentication and Grafana's basic roles, as the docs of Grafana 13 describe them ("Admin HTTP API", "User
// HTTP API", "Organization HTTP API", "Folder/Dashboard search", roles-and-permissions):
// - server administrator only: GET /api/users/lookup, POST /api/admin/users, PUT /api/admin/users/:id/password,
//   PUT /api/admin/users/:id/permissions;
// - org Admin: PATCH /api/org/users/:id; Editor and above: POST /api/dashboards/db;
// - any signed-in user: GET /api/user, GET /api/user/orgs, GET /api/search; nobody needs to sign in for /api/health.
// One organization (the main org, id 1): a new user joins it as `users.auto_assign_org_role` says (Viewer by default).
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export type OrgRole = "Viewer" | "Editor" | "Admin";

export interface GrafanaUser {
    id: number;
    login: string;
    password: string;
    isGrafanaAdmin: boolean;
    role: OrgRole;
}

const RANK: Record<OrgRole, number> = { Viewer: 0, Editor: 1, Admin: 2 };

export class GrafanaApiStandIn {
    readonly users: GrafanaUser[] = [];
    /** Requests answered, as `METHOD path`. */
    readonly requests: string[] = [];
    /** Health checks to answer 503 before Grafana is "up". */
    unhealthyChecks = 0;
    private readonly server: http.Server;
    private readonly autoAssignOrgRole: OrgRole;

    constructor(admin: { user: string; password: string }, autoAssignOrgRole: OrgRole = "Viewer") {
        this.autoAssignOrgRole = autoAssignOrgRole;
        this.users.push({ id: 1, login: admin.user, password: admin.password, isGrafanaAdmin: true, role: "Admin" });
        this.server = http.createServer((req, res) => {
            let body = "";
            req.on("data", (chunk: Buffer) => (body += chunk.toString()));
            req.on("end", () => this.answer(req, body, res));
        });
    }

    listen(): Promise<void> {
        return new Promise((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    }
    close(): Promise<void> {
        return new Promise((resolve) => this.server.close(() => resolve()));
    }
    get url(): string {
        return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    }

    user(login: string): GrafanaUser | undefined {
        return this.users.find((u) => u.login === login);
    }

    /** What `user:password` may do: the status of a request to an endpoint, as Grafana would answer it. */
    async statusAs(login: string, password: string, method: string, path: string, body?: unknown): Promise<number> {
        const response = await fetch(`${this.url}${path}`, {
            method,
            headers: { Authorization: `Basic ${Buffer.from(`${login}:${password}`).toString("base64")}`, "Content-Type": "application/json" },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        await response.text();
        return response.status;
    }

    private signedIn(req: http.IncomingMessage): GrafanaUser | undefined {
        const header = req.headers.authorization ?? "";
        if (!header.startsWith("Basic ")) return undefined;
        const [login, ...rest] = Buffer.from(header.slice(6), "base64").toString().split(":");
        const user = this.user(login);
        return user && user.password === rest.join(":") ? user : undefined;
    }

    private answer(req: http.IncomingMessage, body: string, res: http.ServerResponse): void {
        const url = new URL(req.url ?? "/", "http://grafana");
        const method = req.method ?? "GET";
        this.requests.push(`${method} ${url.pathname}`);
        const send = (status: number, payload: unknown) => {
            res.writeHead(status, { "Content-Type": "application/json" });
            res.end(JSON.stringify(payload));
        };
        if (url.pathname === "/api/health") {
            if (this.unhealthyChecks > 0) {
                this.unhealthyChecks--;
                return send(503, { database: "failing" });
            }
            return send(200, { database: "ok", version: "13.2.0" });
        }
        const me = this.signedIn(req);
        if (!me) return send(401, { message: "Invalid username or password" });
        const input = (body === "" ? {} : JSON.parse(body)) as Record<string, unknown>;
        /** Whether the request is refused for want of `needed` (the refusal then sent). */
        const refused = (allowed: boolean) => {
            if (!allowed) send(403, { message: "Permission denied" });
            return !allowed;
        };
        const notServerAdmin = () => refused(me.isGrafanaAdmin);
        const belowOrgRole = (needed: OrgRole) => refused(RANK[me.role] >= RANK[needed]);
        const byId = (id: string) => this.users.find((u) => u.id === Number(id));

        let match: RegExpExecArray | null;
        if (method === "GET" && url.pathname === "/api/users/lookup") {
            if (notServerAdmin()) return;
            const found = this.user(url.searchParams.get("loginOrEmail") ?? "");
            return found ? send(200, { id: found.id, login: found.login, isGrafanaAdmin: found.isGrafanaAdmin }) : send(404, { message: "user not found" });
        }
        if (method === "POST" && url.pathname === "/api/admin/users") {
            if (notServerAdmin()) return;
            if (typeof input.login !== "string" || typeof input.password !== "string") return send(400, { message: "bad request data" });
            if (this.user(input.login)) return send(412, { message: "User with same email or login already exists" });
            const created: GrafanaUser = { id: this.users.length + 1, login: input.login, password: input.password, isGrafanaAdmin: false, role: this.autoAssignOrgRole };
            this.users.push(created);
            return send(200, { id: created.id, message: "User created" });
        }
        if (method === "PUT" && (match = /^\/api\/admin\/users\/(\d+)\/password$/.exec(url.pathname))) {
            if (notServerAdmin()) return;
            const target = byId(match[1]);
            if (!target) return send(404, { message: "user not found" });
            target.password = String(input.password);
            return send(200, { message: "User password updated" });
        }
        if (method === "PUT" && (match = /^\/api\/admin\/users\/(\d+)\/permissions$/.exec(url.pathname))) {
            if (notServerAdmin()) return;
            const target = byId(match[1]);
            if (!target) return send(404, { message: "user not found" });
            target.isGrafanaAdmin = input.isGrafanaAdmin === true;
            return send(200, { message: "User permissions updated" });
        }
        if (method === "PATCH" && (match = /^\/api\/org\/users\/(\d+)$/.exec(url.pathname))) {
            if (belowOrgRole("Admin")) return;
            const target = byId(match[1]);
            if (!target) return send(404, { message: "user not found" });
            target.role = input.role as OrgRole;
            return send(200, { message: "Organization user updated" });
        }
        if (method === "GET" && url.pathname === "/api/user") return send(200, { id: me.id, login: me.login, isGrafanaAdmin: me.isGrafanaAdmin });
        if (method === "GET" && url.pathname === "/api/user/orgs") return send(200, [{ orgId: 1, name: "Main Org.", role: me.role }]);
        if (method === "GET" && url.pathname === "/api/search") return send(200, [{ uid: "istio-service", title: "Istio Service Dashboard", url: "/d/istio-service/istio-service-dashboard" }]);
        if (method === "POST" && url.pathname === "/api/dashboards/db") {
            if (belowOrgRole("Editor")) return;
            return send(200, { status: "success" });
        }
        return send(404, { message: "Not found" });
    }
}
