// Pure syntax checks used by the stack config validation. Each returns an error fragment
// ("what is allowed") or undefined when the value is fine.

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A Kubernetes namespace name: a DNS-1123 label of at most 63 characters. */
export function checkDns1123Label(value: string): string | undefined {
    if (value.length > 63 || !DNS1123_LABEL.test(value)) {
        return "a DNS-1123 label (lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters)";
    }
    return undefined;
}

const QUALIFIED_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** A Kubernetes annotation (or label) key: an optional DNS-subdomain prefix and `/`, then a name of at most 63 characters. */
export function checkAnnotationKey(key: string): string | undefined {
    const allowed = "an annotation key [prefix/]name (prefix: a DNS subdomain of at most 253 characters; name: at most 63 letters, digits, '-', '_', '.', starting and ending with a letter or digit)";
    const parts = key.split("/");
    if (parts.length > 2) return allowed;
    const [prefix, name] = parts.length === 2 ? parts : [undefined, parts[0]];
    if (prefix !== undefined && (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))) return allowed;
    if (name.length > 63 || !QUALIFIED_NAME.test(name)) return allowed;
    return undefined;
}

const PROMETHEUS_DURATION = /^(\d+(ms|s|m|h|d|w|y))+$/;

/** Whether a string is a Prometheus duration ("15d", "1w", "12h"; Prometheus, unlike Go, has d, w and y). */
export function isPrometheusDuration(value: string): boolean {
    return PROMETHEUS_DURATION.test(value) && /[1-9]/.test(value);
}

const GO_DURATION = /^(\d+(\.\d+)?(ns|us|µs|μs|ms|s|m|h))+$/;
const UNIT_SECONDS: Record<string, number> = { ns: 1e-9, us: 1e-6, "µs": 1e-6, "μs": 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/** Seconds in a Go duration string such as "24h" or "1h30m", or undefined when it is not one. */
export function parseGoDuration(value: string): number | undefined {
    if (!GO_DURATION.test(value)) return undefined;
    let seconds = 0;
    for (const [, amount, , unit] of value.matchAll(/(\d+(\.\d+)?)(ns|us|µs|μs|ms|s|m|h)/g)) {
        seconds += Number(amount) * UNIT_SECONDS[unit];
    }
    return seconds;
}

/** An address as a 128-bit number with its family; IPv4 keeps its 32-bit value. */
interface IpAddress {
    readonly family: 4 | 6;
    readonly value: bigint;
}

export function parseIPv4(text: string): IpAddress | undefined {
    const parts = text.split(".");
    if (parts.length !== 4) return undefined;
    let value = 0n;
    for (const part of parts) {
        if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return undefined;
        value = (value << 8n) | BigInt(part);
    }
    return { family: 4, value };
}

export function parseIPv6(text: string): IpAddress | undefined {
    if (!/^[0-9a-fA-F:.]+$/.test(text) || text.split("::").length > 2) return undefined;
    const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
    const groupsOf = (part: string): string[] => (part === "" ? [] : part.split(":"));
    const headGroups = groupsOf(head);
    const tailGroups = tail === undefined ? [] : groupsOf(tail);
    // an embedded IPv4 tail (::ffff:1.2.3.4) stands for the last two groups
    const last = [...headGroups, ...tailGroups].at(-1);
    let embedded: bigint | undefined;
    if (last?.includes(".")) {
        const v4 = parseIPv4(last);
        if (!v4) return undefined;
        embedded = v4.value;
        (tailGroups.length > 0 ? tailGroups : headGroups).pop();
    }
    const explicit = headGroups.length + tailGroups.length + (embedded === undefined ? 0 : 2);
    if (tail === undefined ? explicit !== 8 : explicit > 7) return undefined;
    const groups = [...headGroups, ...Array<string>(8 - explicit).fill("0"), ...tailGroups];
    let value = 0n;
    for (const group of groups) {
        if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
        value = (value << 16n) | BigInt(`0x${group}`);
    }
    if (embedded !== undefined) value = (value << 32n) | embedded;
    return { family: 6, value };
}

function parseIp(text: string): IpAddress | undefined {
    return text.includes(":") ? parseIPv6(text) : parseIPv4(text);
}

/** The inclusive span a MetalLB address block covers. */
export interface AddressSpan {
    readonly family: 4 | 6;
    readonly first: bigint;
    readonly last: bigint;
}

/**
 * Parses a MetalLB address block: a CIDR ("192.168.1.0/24", "fd00::/120") or a range
 * ("192.168.1.240-192.168.1.250"). Returns the span, or a message saying what is wrong.
 */
export function parseAddressBlock(block: string): AddressSpan | string {
    const allowed = 'expected an IPv4/IPv6 CIDR ("192.168.1.0/24") or a range "start-end" of one family with start <= end';
    if (block.includes("/")) {
        const [ip, prefixText, ...rest] = block.split("/");
        const address = parseIp(ip);
        const bits = address?.family === 4 ? 32 : 128;
        if (!address || rest.length > 0 || !/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) return allowed;
        const hostBits = BigInt(bits - Number(prefixText));
        const first = (address.value >> hostBits) << hostBits;
        return { family: address.family, first, last: first + (1n << hostBits) - 1n };
    }
    const ends = block.split("-").map((end) => end.trim());
    if (ends.length !== 2) return allowed;
    const [start, end] = ends.map(parseIp);
    if (!start || !end || start.family !== end.family) return allowed;
    if (start.value > end.value) return `the range starts after it ends; ${allowed}`;
    return { family: start.family, first: start.value, last: end.value };
}

export function spansOverlap(a: AddressSpan, b: AddressSpan): boolean {
    return a.family === b.family && a.first <= b.last && b.first <= a.last;
}

/** Edit distance, for "did you mean" hints on misspelt keys. */
export function editDistance(a: string, b: string): number {
    const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}

/** The candidate closest to `key` (case-insensitive), if it is close enough to be a likely typo. */
export function closestKey(key: string, candidates: readonly string[]): string | undefined {
    let best: { candidate: string; distance: number } | undefined;
    for (const candidate of candidates) {
        const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
        if (!best || distance < best.distance) best = { candidate, distance };
    }
    return best && best.distance <= Math.max(2, Math.floor(key.length / 3)) ? best.candidate : undefined;
}
