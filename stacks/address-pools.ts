// MetalLB's two pools, from `loadBalancerAddresses` and the fixed `entryPointAddresses`. MetalLB's allocator hands an
// automatically assigned Service the lowest free address of a pool with `autoAssign: true` (metallb v0.16.1
// internal/allocator/allocator.go: `Allocate` skips `!pool.AutoAssign` pools, `getIPFromCIDR` walks each CIDR from
// `c.First()`), so a fixed address inside such a pool goes to whichever LoadBalancer Service comes first. The fixed
// addresses therefore get a pool of their own with `autoAssign: false` (`Assign`, which serves an explicit
// `metallb.io/loadBalancerIPs`, takes any pool that holds the address), and the automatic pool keeps the rest of the
// configured blocks. The two must not overlap: MetalLB refuses overlapping pools (internal/config/config.go
// "overlaps with already defined CIDR", checked by the IPAddressPool webhook on create and update).
import type { EntryPointAddresses } from "../model/ui.ts";
import { type AddressSpan, parseAddressBlock, parseIPv4, parseIPv6 } from "./validators.ts";

/** The fixed addresses the config names (`entryPointAddresses`), in a stable order. */
export function fixedEntryAddresses(config: { readonly entryPointAddresses: EntryPointAddresses }): string[] {
    const { istioGateway, ingressNginx } = config.entryPointAddresses;
    return [istioGateway, ingressNginx].filter((address): address is string => address !== undefined);
}

export interface AddressPools {
    /** Blocks for the pool MetalLB assigns from automatically: the configured ones without the fixed addresses. */
    readonly automatic: readonly string[];
    /** One single-address CIDR (`/32`, `/128`) per fixed address, for the pool only explicit requests take. */
    readonly fixed: readonly string[];
}

/**
 * Splits the configured blocks around the fixed addresses. A block that holds none is kept as written; one that holds
 * some becomes the `start-end` ranges between them (MetalLB's range syntax, internal/config ParseCIDR). Expects
 * checked input (the config validation has parsed both and placed every fixed address inside a block).
 * @throws Error on a block or address that does not parse.
 */
export function splitAddressPools(blocks: readonly string[], fixedAddresses: readonly string[]): AddressPools {
    const fixed = fixedAddresses.map((text) => {
        const address = text.includes(":") ? parseIPv6(text) : parseIPv4(text);
        if (!address) throw new Error(`not an IP address: ${JSON.stringify(text)}`);
        return address;
    });
    const automatic = blocks.flatMap((block) => {
        const span = parseAddressBlock(block);
        if (typeof span === "string") throw new Error(`not an address block: ${JSON.stringify(block)}: ${span}`);
        const inside = fixed
            .filter((address) => address.family === span.family && span.first <= address.value && address.value <= span.last)
            .map((address) => address.value)
            .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        if (inside.length === 0) return [block];
        return rangesAround(span, inside).map(({ first, last }) => `${formatIp(span.family, first)}-${formatIp(span.family, last)}`);
    });
    return { automatic, fixed: fixed.map(({ family, value }) => `${formatIp(family, value)}/${family === 4 ? 32 : 128}`) };
}

/** The parts of `span` left when the sorted addresses `holes` are taken out. */
function rangesAround(span: AddressSpan, holes: readonly bigint[]): { first: bigint; last: bigint }[] {
    const ranges: { first: bigint; last: bigint }[] = [];
    let next = span.first;
    for (const hole of holes) {
        if (hole > next) ranges.push({ first: next, last: hole - 1n });
        if (hole + 1n > next) next = hole + 1n;
    }
    if (next <= span.last) ranges.push({ first: next, last: span.last });
    return ranges;
}

/** An address in its usual text form: dotted IPv4, or IPv6 with the longest run of zero groups as `::` (RFC 5952). */
export function formatIp(family: 4 | 6, value: bigint): string {
    if (family === 4) return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join(".");
    const groups = Array.from({ length: 8 }, (_, i) => (value >> BigInt(112 - 16 * i)) & 0xffffn);
    let best = { start: -1, length: 0 };
    for (let i = 0; i < 8; ) {
        if (groups[i] !== 0n) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && groups[j] === 0n) j++;
        if (j - i > best.length) best = { start: i, length: j - i };
        i = j;
    }
    const hex = (part: bigint[]) => part.map((group) => group.toString(16)).join(":");
    if (best.length < 2) return hex(groups);
    return `${hex(groups.slice(0, best.start))}::${hex(groups.slice(best.start + best.length))}`;
}
