// The addresses of a namespace's Services that a resource's inputs hold, for tests/real/operator-reconcile.test.ts:
// in URLs (`http://name.namespace.svc.cluster.local:4318/...`, `dns:///name.namespace:4317`, `name.namespace`), and
// as a host whose port sits beside it (`{ service, port }`, `otlp-collector-host`/`-port`, `{ service, ports: [...] }`).
/** A reference to a Service in the collectors' namespace, found in a resource's inputs. */
export interface ServiceRef {
    readonly service: string;
    readonly ports: number[];
    readonly from: string;
}

const serviceRef = (namespace: string) => new RegExp(`^(?:[a-z]+://)?(?:dns:///)?([a-z0-9]([-a-z0-9]*[a-z0-9])?)\\.${namespace}(?:\\.svc(?:\\.cluster\\.local)?)?(?::(\\d+))?(?:/.*)?$`);

/** Every address of a Service in the collectors' namespace in `value`: in a URL, or a host with sibling port keys. */
export function serviceRefs(value: unknown, from: string, namespace: string, at = ""): ServiceRef[] {
    if (Array.isArray(value)) return value.flatMap((v, i) => serviceRefs(v, from, namespace, `${at}/${i}`));
    if (typeof value === "string") {
        // strings that hold several addresses (scripts, configs): each URL-like token
        return value.split(/[\s"'`,;()=]+/).flatMap((token) => {
            const m = serviceRef(namespace).exec(token);
            return m ? [{ service: m[1], ports: m[3] ? [Number(m[3])] : [], from: `${from} ${at}` }] : [];
        });
    }
    if (typeof value !== "object" || value === null) return [];
    const entries = Object.entries(value as Record<string, unknown>);
    const siblingPorts = entries.filter(([k]) => /port/i.test(k)).flatMap(([, v]): unknown[] => (Array.isArray(v) ? (v as unknown[]) : [v])).map(Number).filter((n) => Number.isInteger(n) && n > 0);
    return entries.flatMap(([k, v]) => {
        const refs = serviceRefs(v, from, namespace, `${at}/${k}`);
        return typeof v === "string" ? refs.map((r) => (r.ports.length === 0 ? { ...r, ports: siblingPorts } : r)) : refs;
    });
}

