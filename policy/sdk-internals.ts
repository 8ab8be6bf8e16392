// Two parts of @pulumi/policy 1.21 that its index exports at run time but its typings leave out (marked @internal
// in proxy.ts): the proxy the server wraps every resource's properties in, and the error it throws on reading a value
// that is unknown during preview. The rules need the error to read around unknowns; the offline run needs the proxy
// to hand the rules exactly what the server hands them.
import * as policySdk from "@pulumi/policy";

const internals = policySdk as unknown as {
    readonly UnknownValueError: new (...args: never[]) => Error;
    readonly unknownCheckingProxy: <T>(value: T) => T;
};

export const UnknownValueError = internals.UnknownValueError;
export const unknownCheckingProxy = internals.unknownCheckingProxy;
