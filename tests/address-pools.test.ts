// MetalLB's automatic pool and the pool of fixed entry addresses: the pure split, and the stack that uses it.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import { loadStackConfigFiles } from "../scripts/stack-files.ts";
import { formatIp, splitAddressPools } from "../stacks/address-pools.ts";
import { parseStackConfig } from "../stacks/config.ts";
import { buildPlatform } from "../stacks/platform.ts";
import { parseAddressBlock } from "../stacks/validators.ts";
import { at, Harness, type Registrations } from "./harness.ts";

const POOL = "kubernetes:metallb.io/v1beta1:IPAddressPool";

describe("splitAddressPools", () => {
    it("keeps a block that holds no fixed address as written", () => {
        assert.deepEqual(splitAddressPools(["10.0.0.0/28", "fd00::/120"], []), { automatic: ["10.0.0.0/28", "fd00::/120"], fixed: [] });
    });
    it("takes a fixed address at the start of a range out of it", () => {
        assert.deepEqual(splitAddressPools(["172.18.255.200-172.18.255.250"], ["172.18.255.200"]), { automatic: ["172.18.255.201-172.18.255.250"], fixed: ["172.18.255.200/32"] });
    });
    it("splits a CIDR around a fixed address in its middle", () => {
        assert.deepEqual(splitAddressPools(["10.0.0.0/28"], ["10.0.0.5"]).automatic, ["10.0.0.0-10.0.0.4", "10.0.0.6-10.0.0.15"]);
    });
    it("takes the last address off the end", () => {
        assert.deepEqual(splitAddressPools(["10.0.0.0/28"], ["10.0.0.15"]).automatic, ["10.0.0.0-10.0.0.14"]);
    });
    it("leaves no empty range between two neighbouring fixed addresses, whatever their order", () => {
        assert.deepEqual(splitAddressPools(["10.0.0.0/28"], ["10.0.0.6", "10.0.0.5"]).automatic, ["10.0.0.0-10.0.0.4", "10.0.0.7-10.0.0.15"]);
    });
    it("splits only the block that holds the address, keeping the others' order", () => {
        assert.deepEqual(splitAddressPools(["10.0.1.0/30", "10.0.0.0/30", "fd00::/126"], ["10.0.0.1"]).automatic, ["10.0.1.0/30", "10.0.0.0-10.0.0.0", "10.0.0.2-10.0.0.3", "fd00::/126"]);
    });
    it("splits IPv6 blocks and writes /128 fixed addresses in their short form", () => {
        assert.deepEqual(splitAddressPools(["fd00::/120"], ["fd00:0::10"]), { automatic: ["fd00::-fd00::f", "fd00::11-fd00::ff"], fixed: ["fd00::10/128"] });
    });
    it("leaves nothing for automatic assignment when the fixed addresses are the whole block", () => {
        assert.deepEqual(splitAddressPools(["10.0.0.6-10.0.0.7"], ["10.0.0.6", "10.0.0.7"]), { automatic: [], fixed: ["10.0.0.6/32", "10.0.0.7/32"] });
    });
    it("covers exactly the configured addresses, the fixed ones once and only in the fixed pool", () => {
        const blocks = ["10.0.0.0/29", "10.0.1.250-10.0.2.3", "fd00::/125"];
        const addresses = (list: readonly string[]) =>
            list.flatMap((block) => {
                const span = parseAddressBlock(block);
                assert.ok(typeof span !== "string", block);
                return Array.from({ length: Number(span.last - span.first) + 1 }, (_, i) => formatIp(span.family, span.first + BigInt(i)));
            });
        const all = addresses(blocks);
        for (const fixed of [[], ["10.0.0.0"], ["10.0.0.7", "10.0.1.255", "10.0.2.0"], ["fd00::3", "10.0.0.3"], ["10.0.1.250", "10.0.2.3", "fd00::7"]]) {
            const pools = splitAddressPools(blocks, fixed);
            const automatic = addresses(pools.automatic);
            assert.equal(new Set(automatic).size, automatic.length, `${fixed.join(",")}: no address twice`);
            assert.deepEqual([...automatic, ...addresses(pools.fixed)].sort(), [...all].sort(), `${fixed.join(",")}: the same addresses`);
            assert.deepEqual(automatic.filter((a) => fixed.includes(a)), [], `${fixed.join(",")}: no fixed address in the automatic pool`);
        }
    });
    it("refuses what does not parse, naming it", () => {
        assert.throws(() => splitAddressPools(["10.0.0.0/33"], []), /not an address block: "10\.0\.0\.0\/33"/);
        assert.throws(() => splitAddressPools(["10.0.0.0/28"], ["10.0.0"]), /not an IP address: "10\.0\.0"/);
    });
});

describe("formatIp", () => {
    const v6 = (text: string) => {
        const span = parseAddressBlock(`${text}/128`);
        assert.ok(typeof span !== "string");
        return formatIp(6, span.first);
    };
    it("writes IPv4 dotted", () => assert.equal(formatIp(4, 0xac12ffc8n), "172.18.255.200"));
    it("compresses the longest run of zero groups, the first of equal ones", () => {
        assert.deepEqual(["::", "::1", "fd00::", "1:0:0:1:0:0:0:1", "1:0:0:1:1:0:0:1"].map(v6), ["::", "::1", "fd00::", "1:0:0:1::1", "1::1:1:0:0:1"]);
    });
    it("leaves a single zero group as 0", () => assert.equal(v6("1:0:1:1:1:1:1:1"), "1:0:1:1:1:1:1:1"));
});

describe("the stack's MetalLB pools", () => {
    const root = path.resolve(import.meta.dirname, "..");
    let stack: Registrations<unknown>;
    before(async () => {
        const harness = await Harness.create();
        const files = loadStackConfigFiles(root, "dev");
        const entryPoints = JSON.stringify({ istioGateway: "172.18.255.200", ingressNginx: "172.18.255.225" });
        stack = await harness.run(() => buildPlatform(parseStackConfig({ ...files.config, "mesh-observability:entryPointAddresses": entryPoints }, new Set(files.secretKeys))));
    });
    const poolSpec = (name: string) => at(stack.get(POOL, name).inputs, "spec");
    const serviceAnnotations = (chart: string, at_: string) => at(stack.resources.find((r) => r.type.startsWith("kubernetes:helm.sh/") && r.inputs.chart === chart)?.inputs.values, at_);

    it("keeps the fixed entry addresses out of the automatic pool", () => {
        assert.deepEqual(poolSpec("metallb-pool"), { addresses: ["172.18.255.201-172.18.255.224", "172.18.255.226-172.18.255.250"], autoAssign: true });
    });
    it("holds them in the fixed pool, never assigned automatically", () => {
        assert.deepEqual(poolSpec("metallb-fixed-pool"), { addresses: ["172.18.255.200/32", "172.18.255.225/32"], autoAssign: false });
    });
    it("has each entry point's Service ask for its address of the fixed pool", () => {
        assert.deepEqual(serviceAnnotations("gateway", "service.annotations"), { "metallb.io/loadBalancerIPs": "172.18.255.200", "metallb.io/address-pool": "fixed-addresses" });
        assert.deepEqual(serviceAnnotations("ingress-nginx", "controller.service.annotations"), { "metallb.io/loadBalancerIPs": "172.18.255.225", "metallb.io/address-pool": "fixed-addresses" });
    });
});
