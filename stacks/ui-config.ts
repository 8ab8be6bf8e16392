// Reads `mesh-observability:ui` ({ domain, issuer, acmeEmail, publishPrometheus }: the UIs on host names with TLS) and
// `mesh-observability:entryPointAddresses` ({ istioGateway, ingressNginx }: fixed addresses of the MetalLB pool).
import { UI_APPS } from "../components/ui/hosts.ts";
import { fixedEntryAddresses, splitAddressPools } from "./address-pools.ts";
import { isPlainObject, Problems, rejectUnknownFields } from "./problems.ts";
import { type AddressSpan, parseAddressBlock, parseIPv4, parseIPv6 } from "./validators.ts";
import type { EntryPointAddresses, UiConfig, UiIssuer } from "../model/ui.ts";

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s.]+$/;
/** The longest host name the UIs get: every one of them must stay a valid DNS name (253 characters at most). */
const LONGEST_PREFIX = Math.max(...UI_APPS.map((app) => app.length + 1));

function checkDomain(domain: string): string | undefined {
    const labels = domain.split(".");
    if (!labels.every((label) => label.length <= 63 && DNS_LABEL.test(label))) {
        return 'expected a DNS name such as "example.org" or "172.18.255.200.nip.io": lower-case labels of letters, digits and "-" (at most 63 characters each) joined by dots, without scheme, port, wildcard or trailing dot';
    }
    if (/^\d+$/.test(labels[labels.length - 1])) return "expected a DNS name, not an IP address: its last label must not be all digits (an address becomes a name with nip.io or sslip.io, e.g. 172.18.255.200.nip.io)";
    if (domain.length + LONGEST_PREFIX > 253) return `expected a DNS name of at most ${253 - LONGEST_PREFIX} characters (the UIs' host names ${UI_APPS.map((app) => `${app}.<domain>`).join(", ")} must stay within 253)`;
    return undefined;
}

/** Reads `ui`; undefined when it is not set (the UIs stay on port-forwards). */
export function readUi(raw: unknown, problems: Problems): UiConfig | undefined {
    if (raw === undefined) return undefined;
    if (!isPlainObject(raw)) {
        problems.add("ui", raw, 'expected an object { domain, issuer, acmeEmail, publishPrometheus }, e.g. { domain: "example.org" }');
        return undefined;
    }
    rejectUnknownFields(raw, ["domain", "issuer", "acmeEmail", "publishPrometheus"], "ui", problems);

    let domain: string | undefined;
    if (raw.domain === undefined) {
        problems.add("ui.domain", null, `required: the UIs are served as ${UI_APPS.map((app) => `${app}.<domain>`).join(", ")} (Prometheus with publishPrometheus); remove mesh-observability:ui to keep them on port-forwards`);
    } else if (typeof raw.domain !== "string") {
        problems.add("ui.domain", raw.domain, 'expected a DNS name such as "example.org"');
    } else {
        const problem = checkDomain(raw.domain);
        if (problem) problems.add("ui.domain", raw.domain, problem);
        else domain = raw.domain;
    }

    const issuer = readIssuer(raw, problems);
    let publishPrometheus = false;
    if (typeof raw.publishPrometheus === "boolean") publishPrometheus = raw.publishPrometheus;
    else if (raw.publishPrometheus !== undefined) {
        problems.add("ui.publishPrometheus", raw.publishPrometheus, "expected true or false (default false: Prometheus has no sign-in, anyone who reaches the gateway could query it)");
        return undefined;
    }
    return domain !== undefined && issuer !== undefined ? { domain, issuer, publishPrometheus } : undefined;
}

function readIssuer(raw: Record<string, unknown>, problems: Problems): UiIssuer | undefined {
    const name = raw.issuer ?? "self-signed";
    const email = raw.acmeEmail;
    let issuer: UiIssuer | undefined;
    if (name === "self-signed") issuer = { kind: "self-signed" };
    else if (name === "acme") {
        if (email === undefined) {
            problems.add("ui.acmeEmail", null, "required with ui.issuer acme: the contact address of the ACME (Let's Encrypt) account");
            return undefined;
        }
        if (typeof email !== "string" || !EMAIL.test(email)) {
            problems.add("ui.acmeEmail", email, 'expected an e-mail address such as "platform@example.org"');
            return undefined;
        }
        return { kind: "acme", email };
    } else if (typeof name === "string" && name.length <= 253 && DNS1123_SUBDOMAIN.test(name)) {
        issuer = { kind: "cluster-issuer", name };
    } else {
        problems.add(
            "ui.issuer",
            name,
            'expected "self-signed" (a CA of this stack), "acme" (Let\'s Encrypt, HTTP-01 through the gateway) or the name of an existing ClusterIssuer (a DNS-1123 subdomain)',
        );
        return undefined;
    }
    if (email !== undefined) problems.add("ui.acmeEmail", email, 'only used with ui.issuer acme; remove it or set issuer: "acme"');
    return issuer;
}

interface Address {
    readonly family: 4 | 6;
    readonly value: bigint;
}

function parseAddress(text: string): Address | undefined {
    return text.includes(":") ? parseIPv6(text) : parseIPv4(text);
}

/**
 * Reads `entryPointAddresses`: each one address inside a block of `loadBalancerAddresses` (MetalLB hands out only
 * addresses of its pool), the two different, and ingress-nginx's only when ingress-nginx is installed. The fixed
 * addresses leave MetalLB's automatic pool; an entry point without one needs an address left in it.
 */
export function readEntryPoints(raw: unknown, problems: Problems, loadBalancerAddresses: readonly string[], ingressNginx: boolean): EntryPointAddresses {
    if (raw === undefined) return {};
    if (!isPlainObject(raw)) {
        problems.add("entryPointAddresses", raw, 'expected an object { istioGateway, ingressNginx }, e.g. { istioGateway: "172.18.255.200" }');
        return {};
    }
    const fields = ["istioGateway", "ingressNginx"] as const;
    rejectUnknownFields(raw, fields, "entryPointAddresses", problems);
    const spans = loadBalancerAddresses.map(parseAddressBlock).filter((span): span is AddressSpan => typeof span !== "string");
    const addresses: { istioGateway?: string; ingressNginx?: string } = {};
    const accepted: { istioGateway?: Address; ingressNginx?: Address } = {};
    for (const field of fields) {
        const value = raw[field];
        if (value === undefined) continue;
        const key = `entryPointAddresses.${field}`;
        const address = typeof value === "string" ? parseAddress(value) : undefined;
        if (typeof value !== "string" || !address) {
            problems.add(key, value, 'expected one IPv4 or IPv6 address, e.g. "172.18.255.200"');
        } else if (loadBalancerAddresses.length === 0) {
            problems.add(key, value, "an address of the MetalLB pool, but mesh-observability:loadBalancerAddresses is empty (MetalLB is not installed); add a block that holds it, or remove the address");
        } else if (!spans.some((span) => span.family === address.family && span.first <= address.value && address.value <= span.last)) {
            problems.add(key, value, `not inside any block of mesh-observability:loadBalancerAddresses (${loadBalancerAddresses.join(", ")}); MetalLB assigns only addresses of its pool`);
        } else if (field === "ingressNginx" && !ingressNginx) {
            problems.add(key, value, "ingress-nginx is off (mesh-observability:ingressNginx is false); remove this address or turn ingressNginx on");
        } else {
            addresses[field] = value;
            accepted[field] = address;
        }
    }
    const { istioGateway: gateway, ingressNginx: nginx } = accepted;
    if (gateway && nginx && gateway.family === nginx.family && gateway.value === nginx.value) {
        problems.add("entryPointAddresses.ingressNginx", addresses.ingressNginx, "the same address as entryPointAddresses.istioGateway; the gateway and ingress-nginx each need their own (both listen on ports 80 and 443)");
        return { istioGateway: addresses.istioGateway };
    }
    // the fixed addresses leave the automatic pool (stacks/address-pools.ts): an entry point without one needs what is left
    const fixed = fixedEntryAddresses({ entryPointAddresses: addresses });
    const automatic = fixed.length > 0 && spans.length === loadBalancerAddresses.length ? splitAddressPools(loadBalancerAddresses, fixed).automatic : undefined;
    const unfixed = fields.filter((field) => addresses[field] === undefined && (field === "istioGateway" || ingressNginx));
    if (automatic?.length === 0 && unfixed.length > 0) {
        problems.add(
            "loadBalancerAddresses",
            loadBalancerAddresses,
            `holds no address besides the fixed entryPointAddresses (${fixed.join(", ")}), and ${unfixed.map((field) => `entryPointAddresses.${field}`).join(" and ")} needs one that MetalLB assigns automatically; add addresses to loadBalancerAddresses, or give it a fixed address`,
        );
    }
    return addresses;
}
