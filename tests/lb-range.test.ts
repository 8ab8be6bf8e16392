// The MetalLB range the quickstart takes from a local cluster's Docker network.
import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ipv4Subnets, loadBalancerRange } from "../scripts/lb-range.ts";
import { parseAddressBlock, spansOverlap } from "../stacks/validators.ts";

describe("lb-range", () => {
    it("takes kind's usual /16 to MetalLB's own kind example", () => assert.equal(loadBalancerRange("172.18.0.0/16"), "172.18.255.200-172.18.255.250"));
    it("stays inside smaller subnets, below their broadcast address", () => {
        assert.equal(loadBalancerRange("192.168.48.0/20"), "192.168.63.200-192.168.63.250");
        assert.equal(loadBalancerRange("10.89.0.0/24"), "10.89.0.200-10.89.0.250");
    });
    it("prints a range the stack config accepts, inside the subnet", () => {
        const range = loadBalancerRange("172.19.0.0/16") as string;
        const span = parseAddressBlock(range);
        assert.ok(typeof span !== "string", range);
        assert.ok(spansOverlap(span, parseAddressBlock("172.19.0.0/16") as Exclude<ReturnType<typeof parseAddressBlock>, string>));
    });
    it("refuses subnets too small to share, and IPv6", () => {
        assert.deepEqual(loadBalancerRange("172.18.0.0/28"), { error: "172.18.0.0/28 is too small to leave 51 addresses to MetalLB" });
        assert.deepEqual(loadBalancerRange("fc00:f853:ccd:e793::/64"), { error: "fc00:f853:ccd:e793::/64 is not IPv4" });
    });
    it("reads the IPv4 subnet of a dual-stack network as docker network inspect prints it", () => {
        const ipam = '[{"Subnet":"fc00:f853:ccd:e793::/64"},{"Subnet":"172.18.0.0/16","Gateway":"172.18.0.1"}]\n';
        assert.deepEqual(ipv4Subnets(ipam), ["172.18.0.0/16"]);
    });
});
