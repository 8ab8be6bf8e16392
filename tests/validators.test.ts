import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseQuantity } from "../components/sizing.ts";
import {
    checkAnnotationKey,
    checkDns1123Label,
    closestKey,
    editDistance,
    isPrometheusDuration,
    parseAddressBlock,
    parseGoDuration,
    parseIPv4,
    parseIPv6,
    spansOverlap,
} from "../stacks/validators.ts";

describe("IP addresses", () => {
    it("parses dotted IPv4", () => assert.equal(parseIPv4("10.0.1.2")?.value, (10n << 24n) | (1n << 8n) | 2n));
    it("rejects IPv4 with three or five parts", () => assert.deepEqual([parseIPv4("10.0.1"), parseIPv4("10.0.0.1.2")], [undefined, undefined]));
    it("rejects IPv4 octets above 255 or with leading zeros", () => {
        assert.equal(parseIPv4("10.0.0.256"), undefined);
        assert.equal(parseIPv4("10.0.0.01"), undefined);
    });
    it("expands :: in IPv6", () => assert.equal(parseIPv6("fd00::1")?.value, (0xfd00n << 112n) | 1n));
    it("parses IPv6 with an embedded IPv4 tail", () => assert.equal(parseIPv6("::ffff:10.0.0.1")?.value, (0xffffn << 32n) | (10n << 24n) | 1n));
    it("rejects IPv6 with two ::", () => assert.equal(parseIPv6("fd00::1::2"), undefined));
    it("rejects IPv6 with too many groups", () => assert.equal(parseIPv6("1:2:3:4:5:6:7:8:9"), undefined));
    it("parses a full 8-group IPv6 address", () => assert.equal(parseIPv6("fd00:0:0:0:0:0:0:1")?.value, (0xfd00n << 112n) | 1n));
    it("rejects IPv6 with 7 groups and no ::", () => assert.equal(parseIPv6("1:2:3:4:5:6:7"), undefined));
    it("lets :: stand for one or more groups, but not for none", () => {
        assert.equal(parseIPv6("1:2:3:4:5:6::7")?.value, (1n << 112n) | (2n << 96n) | (3n << 80n) | (4n << 64n) | (5n << 48n) | (6n << 32n) | 7n);
        assert.equal(parseIPv6("1:2:3:4:5:6:7::8"), undefined);
    });
    it("parses :: alone as the zero address", () => assert.deepEqual(parseIPv6("::"), { family: 6, value: 0n }));
    it("parses an embedded IPv4 tail in the full form too", () => {
        assert.equal(parseIPv6("0:0:0:0:0:ffff:10.0.0.1")?.value, (0xffffn << 32n) | (10n << 24n) | 1n);
        assert.equal(parseIPv6("64:ff9b:0:0:0:0:10.0.0.1")?.value, (0x64n << 112n) | (0xff9bn << 96n) | (10n << 24n) | 1n);
        assert.equal(parseIPv6("0:0:0:0:0:0:ffff:10.0.0.1"), undefined);
    });
    it("rejects an embedded IPv4 tail that is not an IPv4 address", () => assert.equal(parseIPv6("::ffff:10.0.0.256"), undefined));
    it("rejects a group of more than four hex digits, or a non-hex one", () => {
        assert.equal(parseIPv6("fd00::12345"), undefined);
        assert.equal(parseIPv6("fd00::g"), undefined);
    });
});

describe("MetalLB address blocks", () => {
    it("spans a /30", () => assert.deepEqual(parseAddressBlock("10.0.0.4/30"), { family: 4, first: (10n << 24n) | 4n, last: (10n << 24n) | 7n }));
    it("spans a range", () => assert.deepEqual(parseAddressBlock("10.0.0.1-10.0.0.3"), { family: 4, first: (10n << 24n) | 1n, last: (10n << 24n) | 3n }));
    it("rejects an IPv6 prefix above 128", () => assert.equal(typeof parseAddressBlock("fd00::/129"), "string"));
    it("rejects a bare address", () => assert.equal(typeof parseAddressBlock("10.0.0.1"), "string"));
    it("rejects a CIDR or range whose address is not one", () => {
        assert.deepEqual(["nonsense/24", "x-10.0.0.1", "10.0.0.1-x", "x-y"].map((block) => typeof parseAddressBlock(block)), ["string", "string", "string", "string"]);
    });
    it("spans an IPv6 /126", () => assert.deepEqual(parseAddressBlock("fd00::4/126"), { family: 6, first: (0xfd00n << 112n) | 4n, last: (0xfd00n << 112n) | 7n }));
    it("spans a range with spaces around the dash", () => assert.deepEqual(parseAddressBlock("10.0.0.1 - 10.0.0.3"), { family: 4, first: (10n << 24n) | 1n, last: (10n << 24n) | 3n }));
    it("rejects a CIDR with two prefixes or a prefix of four digits", () => {
        assert.equal(typeof parseAddressBlock("10.0.0.0/24/8"), "string");
        assert.equal(typeof parseAddressBlock("10.0.0.0/0024"), "string");
    });
    it("rejects a range of three addresses", () => assert.equal(typeof parseAddressBlock("10.0.0.1-10.0.0.2-10.0.0.3"), "string"));
    it("accepts a one-address range", () => assert.deepEqual(parseAddressBlock("10.0.0.1-10.0.0.1"), { family: 4, first: (10n << 24n) | 1n, last: (10n << 24n) | 1n }));
});

describe("address spans", () => {
    const span = (first: bigint, last: bigint, family: 4 | 6 = 4) => ({ family, first, last });
    it("overlap when they share an address, whichever comes first", () => {
        assert.equal(spansOverlap(span(0n, 15n), span(15n, 20n)), true);
        assert.equal(spansOverlap(span(15n, 20n), span(0n, 15n)), true);
        assert.equal(spansOverlap(span(0n, 20n), span(5n, 6n)), true);
    });
    it("do not when they only touch", () => {
        assert.equal(spansOverlap(span(0n, 15n), span(16n, 20n)), false);
        assert.equal(spansOverlap(span(16n, 20n), span(0n, 15n)), false);
    });
    it("do not across families", () => assert.equal(spansOverlap(span(0n, 15n), span(0n, 15n, 6)), false));
});

describe("Go durations", () => {
    it("adds up compound durations", () => assert.equal(parseGoDuration("1h30m"), 5400));
    it("rejects days, which Go has no unit for", () => assert.equal(parseGoDuration("7d"), undefined));
    it("reads fractions of two or more digits", () => assert.deepEqual([parseGoDuration("1.25h"), parseGoDuration("0.5m"), parseGoDuration("1h0.75m")], [4500, 30, 3645]));
    it("rejects a duration with something before or after it", () => assert.deepEqual(["x24h", "24hx", "24h "].map(parseGoDuration), [undefined, undefined, undefined]));
});

describe("quantities", () => {
    it("reads millicores", () => assert.equal(parseQuantity("100m"), 0.1));
    it("reads binary and decimal memory", () => assert.deepEqual([parseQuantity("1Gi"), parseQuantity("1G"), parseQuantity("512")], [2 ** 30, 1e9, 512]));
    it("reads decimals", () => assert.equal(parseQuantity("1.5Gi"), 1.5 * 2 ** 30));
    it("rejects spaces and unknown units", () => assert.deepEqual([parseQuantity("1 Gi"), parseQuantity("1GB"), parseQuantity("")], [undefined, undefined, undefined]));
});

describe("Prometheus durations", () => {
    it("accepts days, weeks and compound durations", () => assert.deepEqual(["15d", "2w", "1d12h", "90m"].map(isPrometheusDuration), [true, true, true, true]));
    it("rejects a zero duration", () => assert.equal(isPrometheusDuration("0d"), false));
    it("rejects a duration with something before or after it", () => assert.deepEqual(["x15d", "15dx", "15d "].map(isPrometheusDuration), [false, false, false]));
    it("rejects words and bare numbers", () => assert.deepEqual(["15days", "30", ""].map(isPrometheusDuration), [false, false, false]));
});

describe("annotation keys", () => {
    it("accepts a prefixed key", () => assert.equal(checkAnnotationKey("eks.amazonaws.com/role-arn"), undefined));
    it("accepts a key without a prefix", () => assert.equal(checkAnnotationKey("owner"), undefined));
    it("accepts prefixes of one-letter, long and hyphenated labels", () => {
        assert.deepEqual(["a.b.c/x", "example.com/x", "iam.gke.io/gcp-service-account", "my-team.example.co.uk/owner"].map(checkAnnotationKey), [undefined, undefined, undefined, undefined]);
    });
    it("rejects prefixes with empty labels or labels that start or end with a dash", () => {
        for (const key of ["a..com/x", ".a.com/x", "a.com./x", "-a.com/x", "a-.com/x", "a.-b.com/x", "a.b-.com/x"]) assert.match(checkAnnotationKey(key) ?? "", /annotation key/, key);
    });
    it("accepts a prefix of exactly 253 characters and rejects one of 254", () => {
        const prefix = `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(61)}`;
        assert.equal(prefix.length, 253);
        assert.equal(checkAnnotationKey(`${prefix}/x`), undefined);
        assert.match(checkAnnotationKey(`${prefix}d/x`) ?? "", /annotation key/);
    });
    it("rejects a name longer than 63 characters", () => assert.match(checkAnnotationKey(`a/${"x".repeat(64)}`) ?? "", /annotation key/));
    it("accepts a name of exactly 63 characters", () => assert.equal(checkAnnotationKey(`a/${"x".repeat(63)}`), undefined));
    it("rejects an upper-case prefix", () => assert.match(checkAnnotationKey("Example.com/x") ?? "", /annotation key/));
    it("rejects two slashes", () => assert.match(checkAnnotationKey("a/b/c") ?? "", /annotation key/));
});

describe("names", () => {
    it("accepts a DNS-1123 label", () => assert.equal(checkDns1123Label("shop-1"), undefined));
    it("accepts a one-character label", () => assert.equal(checkDns1123Label("a"), undefined));
    it("rejects a trailing dash", () => assert.ok(checkDns1123Label("shop-")));
    it("suggests a key one letter off", () => assert.equal(closestKey("meshmode", ["meshMode", "tempo"]), "meshMode"));
    it("suggests nothing for an unrelated key", () => assert.equal(closestKey("colour", ["meshMode", "tempo"]), undefined));
    it("suggests a key two edits off, the most a short key may be", () => {
        assert.equal(closestKey("mshmde", ["meshMode"]), "meshMode");
        assert.equal(closestKey("mshmd", ["meshMode"]), undefined);
    });
    it("allows a third of a long key's length in edits", () => assert.equal(closestKey("loadBlncrAdrs", ["loadBalancerAddresses"]), undefined));
    it("suggests the first of two equally close keys", () => assert.equal(closestKey("tempx", ["tempo", "tempa"]), "tempo"));
    it("counts insertions, deletions and substitutions", () => {
        assert.deepEqual([editDistance("kitten", "sitting"), editDistance("", "abc"), editDistance("abc", ""), editDistance("flaw", "lawn")], [3, 3, 3, 2]);
    });
});
