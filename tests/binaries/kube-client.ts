// A small Kubernetes API client for the tests that run a real kube-apiserver: HTTPS with the server's own CA and a
// bearer token, discovery (which resource serves a kind, and whether it is namespaced), and the calls the tests need:
// server-side apply (PATCH application/apply-patch+yaml, optionally ?dryRun=All), get, delete. What a status
// document says on refusal is kept whole, so tests can assert the server's own message.
import * as https from "node:https";

export interface KubeObject {
    readonly apiVersion: string;
    readonly kind: string;
    readonly metadata: { readonly name?: string; readonly namespace?: string; readonly [key: string]: unknown };
    readonly [key: string]: unknown;
}

export interface Response {
    readonly status: number;
    readonly body: unknown;
    readonly text: string;
}

/** A refusal by the API server: its HTTP status, Status.reason and Status.message. */
export class KubeError extends Error {
    readonly status: number;
    readonly reason: string;
    readonly serverMessage: string;

    constructor(status: number, reason: string, serverMessage: string, what: string) {
        super(`${what}: ${status} ${reason}: ${serverMessage}`);
        this.status = status;
        this.reason = reason;
        this.serverMessage = serverMessage;
    }
}

interface ApiResource {
    readonly name: string;
    readonly kind: string;
    readonly namespaced: boolean;
}

export interface ApplyOptions {
    /** `?dryRun=All`: validated, defaulted and admitted, never stored. */
    readonly dryRun?: boolean;
    /** Field manager; Pulumi's provider uses its own, one per stack. */
    readonly fieldManager?: string;
    /** Take over fields another manager owns (Pulumi's provider does when asked, `pulumi.com/patchForce`). */
    readonly force?: boolean;
}

export const FIELD_MANAGER = "pulumi-kubernetes";

const describeObject = (o: KubeObject) => `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ""}${o.metadata.name ?? "(no name)"}`;

export class KubeClient {
    private readonly discovery = new Map<string, ApiResource[] | null>();
    readonly server: string;
    private readonly token: string;
    private readonly ca: string;

    constructor(server: string, token: string, ca: string) {
        this.server = server;
        this.token = token;
        this.ca = ca;
    }

    /** One HTTP request; resolves with any status (callers decide what a status means). */
    request(method: string, path: string, body?: string, contentType = "application/json", timeoutMs = 30_000): Promise<Response> {
        const url = new URL(path, this.server);
        return new Promise((resolve, reject) => {
            const req = https.request(url, {
                method,
                ca: this.ca,
                headers: {
                    authorization: `Bearer ${this.token}`,
                    accept: "application/json",
                    ...(body !== undefined ? { "content-type": contentType, "content-length": Buffer.byteLength(body) } : {}),
                },
                timeout: timeoutMs,
            }, (res) => {
                const chunks: Buffer[] = [];
                res.on("data", (c: Buffer) => chunks.push(c));
                res.on("end", () => {
                    const text = Buffer.concat(chunks).toString("utf8");
                    let parsed: unknown = undefined;
                    try {
                        parsed = text ? JSON.parse(text) : undefined;
                    } catch {
                        parsed = undefined;
                    }
                    resolve({ status: res.statusCode ?? 0, body: parsed, text });
                });
                res.on("error", reject);
            });
            req.on("timeout", () => req.destroy(new Error(`${method} ${url.pathname}: no answer within ${timeoutMs} ms`)));
            req.on("error", reject);
            if (body !== undefined) req.write(body);
            req.end();
        });
    }

    private fail(res: Response, what: string): never {
        const status = res.body as { reason?: string; message?: string } | undefined;
        throw new KubeError(res.status, status?.reason ?? "", status?.message ?? res.text, what);
    }

    /** The resources `apiVersion` serves; null when the server does not serve that group/version. */
    async resources(apiVersion: string, refresh = false): Promise<ApiResource[] | null> {
        if (!refresh && this.discovery.has(apiVersion)) return this.discovery.get(apiVersion) ?? null;
        const res = await this.request("GET", apiVersion.includes("/") ? `/apis/${apiVersion}` : `/api/${apiVersion}`);
        if (res.status === 404) {
            this.discovery.set(apiVersion, null);
            return null;
        }
        if (res.status !== 200) this.fail(res, `discovery of ${apiVersion}`);
        const list = ((res.body as { resources?: ApiResource[] }).resources ?? []).filter((r) => !r.name.includes("/"));
        this.discovery.set(apiVersion, list);
        return list;
    }

    /** Forgets discovery (after CRDs were installed). */
    forgetDiscovery(): void {
        this.discovery.clear();
    }

    /** Whether the server serves `kind` in `apiVersion`. */
    async serves(apiVersion: string, kind: string): Promise<boolean> {
        return (await this.resources(apiVersion))?.some((r) => r.kind === kind) ?? false;
    }

    /** The URL path of an object (or of its collection, without a name). */
    async pathOf(apiVersion: string, kind: string, namespace: string | undefined, name?: string): Promise<string> {
        const resource = (await this.resources(apiVersion))?.find((r) => r.kind === kind);
        if (!resource) throw new Error(`the server does not serve ${kind} in ${apiVersion}`);
        const base = apiVersion.includes("/") ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
        if (resource.namespaced && !namespace) throw new Error(`${kind} ${name ?? ""} is namespaced but has no metadata.namespace`);
        const scope = resource.namespaced ? `/namespaces/${encodeURIComponent(namespace as string)}` : "";
        return `${base}${scope}/${resource.name}${name ? `/${encodeURIComponent(name)}` : ""}`;
    }

    async namespaced(apiVersion: string, kind: string): Promise<boolean> {
        const resource = (await this.resources(apiVersion))?.find((r) => r.kind === kind);
        if (!resource) throw new Error(`the server does not serve ${kind} in ${apiVersion}`);
        return resource.namespaced;
    }

    /** Server-side apply; resolves with the object as the server stored it (or would, in a dry run). */
    async apply(object: KubeObject, options: ApplyOptions = {}): Promise<KubeObject> {
        const name = object.metadata.name;
        if (!name) throw new Error(`${object.kind}: server-side apply needs metadata.name`);
        const query = new URLSearchParams({ fieldManager: options.fieldManager ?? FIELD_MANAGER, fieldValidation: "Strict" });
        if (options.force) query.set("force", "true");
        if (options.dryRun) query.set("dryRun", "All");
        const path = `${await this.pathOf(object.apiVersion, object.kind, object.metadata.namespace, name)}?${query}`;
        // JSON is YAML: the apply-patch body as the provider sends it, one object
        const res = await this.request("PATCH", path, JSON.stringify(object), "application/apply-patch+yaml");
        if (res.status !== 200 && res.status !== 201) this.fail(res, `${options.dryRun ? "dry-run " : ""}apply of ${describeObject(object)}`);
        return res.body as KubeObject;
    }

    /** The stored object, or undefined when there is none. */
    async get(apiVersion: string, kind: string, namespace: string | undefined, name: string): Promise<KubeObject | undefined> {
        const res = await this.request("GET", await this.pathOf(apiVersion, kind, namespace, name));
        if (res.status === 404) return undefined;
        if (res.status !== 200) this.fail(res, `get of ${kind} ${name}`);
        return res.body as KubeObject;
    }

    /** Deletes an object now (no dependents to wait for: no garbage collector runs here); absent is fine. */
    async remove(object: KubeObject): Promise<void> {
        const name = object.metadata.name as string;
        const path = await this.pathOf(object.apiVersion, object.kind, object.metadata.namespace, name);
        const res = await this.request("DELETE", path, JSON.stringify({ kind: "DeleteOptions", apiVersion: "v1", propagationPolicy: "Background" }));
        if (res.status !== 200 && res.status !== 202 && res.status !== 404) this.fail(res, `delete of ${describeObject(object)}`);
    }
}
