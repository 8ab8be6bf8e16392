// Prints a MetalLB address range for a local cluster from the Docker network its nodes sit on, and the command that
// puts it into a stack file:
//
//   npm run -s lb-range                   # kind (all kind clusters share the Docker network "kind")
//   npm run -s lb-range -- k3d-mesh       # k3d: the network is k3d-<cluster name>
//   npm run -s lb-range -- kind -s dev    # the stack the printed command writes to (default dev)
//
// Docker hands container addresses out from the bottom of the subnet, so the range is taken near its top: for a /16
// such as kind's usual 172.18.0.0/16 it is 172.18.255.200-172.18.255.250 (MetalLB's own kind example).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseAddressBlock } from "../stacks/validators.ts";

/** Addresses in the range, and how far below the subnet's last address it ends (leaves the broadcast address out). */
const RANGE_SIZE = 51n;
const GAP_BELOW_LAST = 5n;

function ipv4(value: bigint): string {
    return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 255n)).join(".");
}

/** The range for an IPv4 subnet ("172.18.0.0/16" -> "172.18.255.200-172.18.255.250"), or a message why there is none. */
export function loadBalancerRange(subnet: string): string | { error: string } {
    const span = parseAddressBlock(subnet);
    if (typeof span === "string" || !subnet.includes("/")) return { error: `${subnet} is not a CIDR` };
    if (span.family !== 4) return { error: `${subnet} is not IPv4` };
    if (span.last - span.first + 1n < 4n * RANGE_SIZE) return { error: `${subnet} is too small to leave ${RANGE_SIZE} addresses to MetalLB` };
    const last = span.last - GAP_BELOW_LAST;
    return `${ipv4(last - RANGE_SIZE + 1n)}-${ipv4(last)}`;
}

/** The IPv4 subnets in `docker network inspect --format '{{json .IPAM.Config}}'` output. */
export function ipv4Subnets(ipamConfigJson: string): string[] {
    const config = JSON.parse(ipamConfigJson) as { Subnet?: string }[] | null;
    return (config ?? []).map((c) => c.Subnet ?? "").filter((s) => /^\d+\.\d+\.\d+\.\d+\/\d+$/.test(s));
}

function main(argv: string[]): number {
    const stackIndex = argv.indexOf("-s");
    const stack = stackIndex >= 0 ? argv[stackIndex + 1] : "dev";
    const network = argv.find((arg, i) => !arg.startsWith("-") && (stackIndex < 0 || i !== stackIndex + 1)) ?? "kind";
    let ipam: string;
    try {
        ipam = execFileSync("docker", ["network", "inspect", network, "--format", "{{json .IPAM.Config}}"], { encoding: "utf8" });
    } catch {
        console.error(`lb-range: cannot inspect the Docker network "${network}" (is the cluster running? k3d's is k3d-<cluster>)`);
        return 1;
    }
    const subnet = ipv4Subnets(ipam)[0];
    const range = subnet ? loadBalancerRange(subnet) : { error: `the Docker network "${network}" has no IPv4 subnet` };
    if (typeof range !== "string") {
        console.error(`lb-range: ${range.error}`);
        return 1;
    }
    console.log(range);
    console.error(`# ${network} is ${subnet}; write the range into Pulumi.${stack}.yaml with:`);
    console.error(`#   pulumi config set --path 'loadBalancerAddresses[0]' ${range} -s ${stack}`);
    return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
