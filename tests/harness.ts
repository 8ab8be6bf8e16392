// Test harness: runs components under Pulumi's mocks and records every registration (type, name,
// inputs, parent, dependencies, provider) so tests can find resources and assert on them.
// setMocks is global to a process; node --test runs every test file in its own process.
import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { PROJECT } from "../stacks/config.ts";
import { RegistrationRecorder, type ResourceRecord, SECRET_PLACEHOLDER, settle } from "../scripts/desired-state.ts";

export type { ResourceRecord };

interface MonitorLike {
    registerResource(req: { getObject(): { toJavaScript(): Record<string, unknown> } | undefined }, callback: (err: unknown, resp: unknown) => void): Promise<void>;
    registerStackTransform(req: { getToken(): string }, callback: (err: unknown, resp: unknown) => void): void;
    /** The functions behind the callback tokens the SDK registered (the mock monitor keeps them). */
    readonly transformCallbacks: ReadonlyMap<string, pulumi.ResourceTransform>;
}

/** Records registrations made by `build` (run inside a stack) and returns them. */
export class Harness {
    private readonly recorder: RegistrationRecorder;
    /** Inputs as the engine receives them, secrets included (by URN): what the recorded, redacted inputs hide. */
    private readonly wireInputs = new Map<string, Record<string, unknown>>();
    /** Transforms registered for the whole stack (the mock monitor does not apply them). */
    private readonly stackTransforms: pulumi.ResourceTransform[] = [];

    private constructor(recorder: RegistrationRecorder) {
        this.recorder = recorder;
        const monitor = pulumi.runtime.getMonitor() as unknown as MonitorLike;
        const registerResource = monitor.registerResource.bind(monitor);
        monitor.registerResource = (req, callback) =>
            registerResource(req, (err, resp) => {
                if (!err) this.wireInputs.set((resp as { getUrn(): string }).getUrn(), req.getObject()?.toJavaScript() ?? {});
                callback(err, resp);
            });
        const registerStackTransform = monitor.registerStackTransform.bind(monitor);
        monitor.registerStackTransform = (req, callback) => {
            const transform = monitor.transformCallbacks.get(req.getToken());
            if (transform) this.stackTransforms.push(transform);
            registerStackTransform(req, callback);
        };
    }

    /** Installs the mocks for this test file; call once, before building anything. */
    static async create(stack = "test", config: Record<string, string> = {}, secretKeys: string[] = []): Promise<Harness> {
        pulumi.runtime.setAllConfig(config, secretKeys);
        return new Harness(await RegistrationRecorder.install(PROJECT, stack));
    }

    /** Runs `build` and waits until everything it registered has reached the mock engine. */
    async run<T>(build: () => T): Promise<Registrations<T>> {
        this.recorder.reset();
        this.wireInputs.clear();
        this.stackTransforms.length = 0;
        const result = build();
        await settle();
        return new Registrations(result, [...this.recorder.resources], {
            retained: new Set(this.recorder.retainedOnDelete),
            ignoredChanges: new Map(this.recorder.ignoredChanges),
            outputs: new Map(this.recorder.outputsByUrn),
            wireInputs: new Map(this.wireInputs),
            stackTransforms: [...this.stackTransforms],
        });
    }
}

/** What a run recorded beside the resources. */
interface RecordedExtras {
    /** URNs registered with `retainOnDelete`. */
    readonly retained: ReadonlySet<string>;
    /** `ignoreChanges` paths by URN. */
    readonly ignoredChanges: ReadonlyMap<string, readonly string[]>;
    /** Registered outputs by URN. */
    readonly outputs: ReadonlyMap<string, Record<string, unknown>>;
    /** Inputs as the engine receives them, secrets included, by URN. */
    readonly wireInputs: ReadonlyMap<string, Record<string, unknown>>;
    /** Transforms registered for the whole stack, in order. */
    readonly stackTransforms: readonly pulumi.ResourceTransform[];
}

export class Registrations<T> {
    readonly result: T;
    readonly resources: readonly ResourceRecord[];
    private readonly recorded: RecordedExtras;

    constructor(result: T, resources: readonly ResourceRecord[], recorded: Partial<RecordedExtras> = {}) {
        this.result = result;
        this.resources = resources;
        this.recorded = { retained: new Set(), ignoredChanges: new Map(), outputs: new Map(), wireInputs: new Map(), stackTransforms: [], ...recorded };
    }

    /** The transforms the run registered for the whole stack (`pulumi.runtime.registerResourceTransform`). */
    get stackTransforms(): readonly pulumi.ResourceTransform[] {
        return this.recorded.stackTransforms;
    }

    /** The outputs a component registered (`registerOutputs`), secrets as "[secret]"; undefined when it registered none. */
    outputsOf(resource: ResourceRecord): Record<string, unknown> | undefined {
        return this.recorded.outputs.get(resource.urn);
    }

    /**
     * The value behind the secret input at `path` (dotted, or the keys themselves where a key has dots; the desired
     * state prints only "[secret]"); fails the test when that input is not a secret.
     */
    secretAt(resource: ResourceRecord, path: string | readonly string[]): unknown {
        const keys = typeof path === "string" ? path.split(".") : path;
        const walk = (value: unknown) => keys.reduce<unknown>((node, key) => (node === undefined || node === null ? undefined : (node as Record<string, unknown>)[key]), value);
        assert.equal(walk(resource.inputs), SECRET_PLACEHOLDER, `${resource.type}::${resource.name}: ${keys.join(".")} is not a secret`);
        return (walk(this.recorded.wireInputs.get(resource.urn)) as { value: unknown }).value;
    }

    /** Whether `pulumi destroy` leaves the resource in the cluster. */
    retainedOnDelete(resource: ResourceRecord): boolean {
        return this.recorded.retained.has(resource.urn);
    }

    /** The input paths `pulumi up` leaves as first applied (`ignoreChanges`). */
    ignoredChanges(resource: ResourceRecord): readonly string[] {
        return this.recorded.ignoredChanges.get(resource.urn) ?? [];
    }

    /** All resources of a type (e.g. "kubernetes:helm.sh/v4:Chart"). */
    ofType(type: string): ResourceRecord[] {
        return this.resources.filter((r) => r.type === type);
    }

    /** The one resource with this type and name; fails the test when it is missing or ambiguous. */
    get(type: string, name: string): ResourceRecord {
        const matches = this.resources.filter((r) => r.type === type && r.name === name);
        assert.equal(matches.length, 1, `expected one ${type} named ${name}; have: ${this.describe()}`);
        return matches[0];
    }

    find(type: string, name: string): ResourceRecord | undefined {
        return this.resources.find((r) => r.type === type && r.name === name);
    }

    byUrn(urn: string): ResourceRecord {
        const match = this.resources.find((r) => r.urn === urn);
        assert.ok(match, `no resource ${urn}`);
        return match;
    }

    /** Names (type::name) of the resources `resource` waits for. */
    dependenciesOf(resource: ResourceRecord): string[] {
        return resource.dependencies.map((urn) => {
            const r = this.byUrn(urn);
            return `${r.type}::${r.name}`;
        });
    }

    describe(): string {
        return this.resources.map((r) => `${r.type}::${r.name}`).join(", ");
    }
}

/** Resolves an Output's value (update-mode mocks always resolve). */
export function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
    return new Promise((resolve) => output.apply(resolve));
}

/** Whether an Output is marked secret. */
export function isSecret<T>(output: pulumi.Output<T>): Promise<boolean> {
    return pulumi.isSecret(output);
}

/** Reads a nested input by dotted path ("spec.tracing.0.randomSamplingPercentage"). */
export function at(value: unknown, path: string): unknown {
    return path.split(".").reduce<unknown>((node, key) => (node === undefined || node === null ? undefined : (node as Record<string, unknown>)[key]), value);
}

/** The labels of a Kubernetes object's inputs. */
export function labelsOf(resource: ResourceRecord): Record<string, string> {
    return (at(resource.inputs, "metadata.labels") ?? {}) as Record<string, string>;
}
