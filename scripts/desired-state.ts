// Runs a Pulumi program under the SDK's mock runtime and records what it would ask the engine to do:
// every registered resource with its inputs, parent, dependencies and provider. Used by `npm run synth`
// and by the tests, so both read the same desired state.
import { createRequire } from "node:module";
import * as pulumi from "@pulumi/pulumi";

/** One resource of the desired state, as the engine would receive it. */
export interface ResourceRecord {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly custom: boolean;
    /** URN of the parent; null for the stack itself. */
    readonly parent: string | null;
    /** URNs this resource waits for: explicit `dependsOn` and those its inputs come from. */
    readonly dependencies: string[];
    /** URN of the explicit provider, or null for the default one. */
    readonly provider: string | null;
    readonly inputs: Record<string, unknown>;
}

export interface DesiredState {
    readonly project: string;
    readonly stack: string;
    readonly resources: ResourceRecord[];
    readonly outputs: Record<string, unknown>;
}

/** What a secret value prints as: never the value itself. */
export const SECRET_PLACEHOLDER = "[secret]";

// Pulumi's wire signatures (sdk/nodejs/runtime/rpc.ts).
const SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";
const RESOURCE_REFERENCE_SIGNATURE = "5cf8f73096256a8f31e491e813e4eb8e";

// Internal SDK helpers that the public typings do not declare.
const settings = createRequire(import.meta.url)("@pulumi/pulumi/runtime/settings") as { waitForRPCs(): Promise<void> };

interface StructLike {
    toJavaScript(): Record<string, unknown>;
}
interface RegisterRequest {
    getType(): string;
    getName(): string;
    getCustom(): boolean;
    getParent(): string;
    getProvider(): string;
    getDependenciesList(): string[];
    getObject(): StructLike | undefined;
    getRetainondelete(): boolean;
    getIgnorechangesList(): string[];
}
interface OutputsRequest {
    getUrn(): string;
    getOutputs(): StructLike | undefined;
}
interface MockMonitorLike {
    registerResource(req: RegisterRequest, callback: (err: unknown, resp: unknown) => void): Promise<void>;
    registerResourceOutputs(req: OutputsRequest, callback: (err: unknown, resp: unknown) => void): void;
}

/** State the mocks return for resource types whose outputs the program reads. */
export function mockState(args: pulumi.runtime.MockResourceArgs): Record<string, unknown> {
    const inputs = args.inputs as Record<string, unknown>;
    switch (args.type) {
        case "random:index/randomPassword:RandomPassword":
            // deterministic stand-in; the mocks do not mark it secret (no additionalSecretOutputs): the program must, and
            // tests/secrets.test.ts checks that the desired state never prints it
            return { ...inputs, result: `mock-${args.name}` };
        case "tls:index/privateKey:PrivateKey":
            return { ...inputs, privateKeyPem: `mock-${args.name}`, publicKeyPem: `mock-${args.name}-public` };
        case "tls:index/selfSignedCert:SelfSignedCert":
            // a stand-in PEM: the real certificate exists only once the tls provider has run
            return { ...inputs, certPem: `-----BEGIN CERTIFICATE-----\nmock-${args.name}\n-----END CERTIFICATE-----\n` };
        default:
            return { ...inputs };
    }
}

/**
 * Records every registration the mock monitor receives. Install once per process, after setMocks.
 */
export class RegistrationRecorder {
    readonly resources: ResourceRecord[] = [];
    readonly outputsByUrn = new Map<string, Record<string, unknown>>();
    /** URNs registered with `retainOnDelete` (kept out of the document, whose shape is fixed). */
    readonly retainedOnDelete = new Set<string>();
    /** The `ignoreChanges` paths by URN, of the resources that have some (kept out of the document too). */
    readonly ignoredChanges = new Map<string, string[]>();

    /**
     * Whether secrets keep their (mock) values in the record rather than the placeholder: only for the tests that
     * hand objects to a real API server, which checks what a Secret holds (its keys, base64 data). Offline, a secret
     * is a mock value (`mock-<name>`) or a config secret's placeholder: nothing real to reveal.
     */
    private revealSecrets = false;

    /** Sets the mocks (with this recorder listening) for `project`/`stack`. */
    static async install(project: string, stack: string, options: { revealSecrets?: boolean } = {}): Promise<RegistrationRecorder> {
        await pulumi.runtime.setMocks(
            {
                newResource: (args) => ({ id: args.custom ? `${args.name}-id` : undefined, state: mockState(args) }),
                call: (args) => {
                    // the SDK reports only the error's `details` (what the engine would send) to the program
                    const message = `the program called ${args.token}, which the mocks do not implement`;
                    throw Object.assign(new Error(message), { details: message });
                },
            },
            project,
            stack,
            false,
        );
        const recorder = new RegistrationRecorder();
        recorder.revealSecrets = options.revealSecrets ?? false;
        recorder.listen(pulumi.runtime.getMonitor() as unknown as MockMonitorLike);
        return recorder;
    }

    private listen(monitor: MockMonitorLike): void {
        const registerResource = monitor.registerResource.bind(monitor);
        monitor.registerResource = (req, callback) =>
            registerResource(req, (err, resp) => {
                if (!err) this.record(req, resp as { getUrn(): string });
                callback(err, resp);
            });
        const registerOutputs = monitor.registerResourceOutputs.bind(monitor);
        monitor.registerResourceOutputs = (req, callback) => {
            this.outputsByUrn.set(req.getUrn(), redact(req.getOutputs()?.toJavaScript() ?? {}) as Record<string, unknown>);
            registerOutputs(req, callback);
        };
    }

    private record(req: RegisterRequest, resp: { getUrn(): string }): void {
        const provider = req.getProvider();
        if (req.getRetainondelete()) this.retainedOnDelete.add(resp.getUrn());
        if (req.getIgnorechangesList().length > 0) this.ignoredChanges.set(resp.getUrn(), [...req.getIgnorechangesList()]);
        this.resources.push({
            urn: resp.getUrn(),
            type: req.getType(),
            name: req.getName(),
            custom: req.getCustom(),
            parent: req.getParent() || null,
            dependencies: [...new Set(req.getDependenciesList())].sort(),
            provider: provider ? provider.slice(0, provider.lastIndexOf("::")) : null,
            inputs: redact(req.getObject()?.toJavaScript() ?? {}, this.revealSecrets) as Record<string, unknown>,
        });
    }

    /** Forgets what was recorded (between tests in one file). */
    reset(): void {
        this.resources.length = 0;
        this.outputsByUrn.clear();
        this.retainedOnDelete.clear();
        this.ignoredChanges.clear();
    }
}

/** Replaces every secret by the placeholder (or, revealing, by its value) and every resource reference by its URN. */
export function redact(value: unknown, reveal = false): unknown {
    if (Array.isArray(value)) return value.map((item) => redact(item, reveal));
    if (typeof value !== "object" || value === null) return value;
    const record = value as Record<string, unknown>;
    if (record[SIGNATURE_KEY] === SECRET_SIGNATURE) return reveal ? redact(record.value, reveal) : SECRET_PLACEHOLDER;
    if (record[SIGNATURE_KEY] === RESOURCE_REFERENCE_SIGNATURE) return record.urn;
    return Object.fromEntries(Object.keys(record).sort().map((key) => [key, redact(record[key], reveal)]));
}

/** Waits until every registration the program started has reached the monitor. */
export function settle(): Promise<void> {
    return settings.waitForRPCs();
}

/**
 * Orders resources so that each comes after its parent, its provider and its dependencies (the order
 * `pulumi up` could create them in), breaking ties by URN: the same program always prints the same document.
 */
export function deployOrder(resources: readonly ResourceRecord[]): ResourceRecord[] {
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const waitsFor = (r: ResourceRecord) =>
        [r.parent, r.provider, ...r.dependencies].filter((urn): urn is string => urn !== null && byUrn.has(urn));
    const remaining = new Map(resources.map((r) => [r.urn, new Set(waitsFor(r))]));
    const ordered: ResourceRecord[] = [];
    while (remaining.size > 0) {
        const ready = [...remaining].filter(([, waits]) => waits.size === 0).map(([urn]) => urn).sort();
        // a cycle cannot come from the engine's inputs; keep going in URN order rather than hang
        const next = ready.length > 0 ? ready[0] : [...remaining.keys()].sort()[0];
        remaining.delete(next);
        for (const waits of remaining.values()) waits.delete(next);
        ordered.push(byUrn.get(next) as ResourceRecord);
    }
    return ordered;
}

/**
 * Runs `program` as the body of a stack under mocks and returns the desired state. Config must be set
 * (pulumi.runtime.setAllConfig) before; the recorder must be installed for the same project and stack.
 */
export async function synthesize(
    recorder: RegistrationRecorder,
    project: string,
    stack: string,
    program: () => Promise<Record<string, unknown>>,
): Promise<DesiredState> {
    await pulumi.runtime.runInPulumiStack(program);
    await settle();
    const stackResource = recorder.resources.find((r) => r.type === "pulumi:pulumi:Stack");
    const outputs = (stackResource && recorder.outputsByUrn.get(stackResource.urn)) ?? {};
    return { project, stack, resources: deployOrder(recorder.resources), outputs };
}
