// An OTLP/gRPC sender (what Envoy's tracer and the gateway's load balancer speak): the encoded
// ExportTraceServiceRequest sent as is to TraceService/Export (opentelemetry-proto collector/trace/v1), with
// @grpc/grpc-js and identity (de)serializers. Resolves with the gRPC status code (0 OK).
import * as grpc from "@grpc/grpc-js";
import { type Endpoint, hostPort } from "./ports.ts";

const EXPORT = "/opentelemetry.proto.collector.trace.v1.TraceService/Export";

export interface OtlpGrpcClient {
    exportTraces(request: Buffer): Promise<number>;
    close(): void;
}

export function otlpGrpcClient(endpoint: Endpoint): OtlpGrpcClient {
    const client = new grpc.Client(hostPort(endpoint), grpc.credentials.createInsecure(), { "grpc.max_send_message_length": 64 * 2 ** 20 });
    const identity = (b: Buffer) => b;
    return {
        exportTraces(request) {
            return new Promise((resolve) => {
                client.makeUnaryRequest(EXPORT, identity, identity, request, { deadline: Date.now() + 30_000 }, (err) => resolve(err ? (err.code ?? 2) : 0));
            });
        },
        close: () => client.close(),
    };
}
