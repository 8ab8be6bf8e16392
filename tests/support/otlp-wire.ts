// Just enough of the protobuf wire format to read what an OTLP exporter sent: the service name and span names of an
// ExportTraceServiceRequest (opentelemetry-proto collector/trace/v1: resource_spans = 1; ResourceSpans: resource = 1,
// scope_spans = 2; Resource: attributes = 1; KeyValue: key = 1, value = 2; AnyValue: string_value = 1;
// ScopeSpans: spans = 2; Span: name = 5).

interface Field {
    readonly number: number;
    /** Length-delimited payload; varints and fixed-width values are skipped. */
    readonly bytes?: Buffer;
}

function varint(buffer: Buffer, offset: number): [number, number] {
    let value = 0;
    let shift = 0;
    for (;;) {
        const byte = buffer[offset++];
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return [value, offset];
        shift += 7;
    }
}

function fields(buffer: Buffer): Field[] {
    const out: Field[] = [];
    let offset = 0;
    while (offset < buffer.length) {
        const [key, next] = varint(buffer, offset);
        offset = next;
        const [number, wireType] = [Math.floor(key / 8), key % 8];
        if (wireType === 0) offset = varint(buffer, offset)[1];
        else if (wireType === 1) offset += 8;
        else if (wireType === 5) offset += 4;
        else if (wireType === 2) {
            const [length, start] = varint(buffer, offset);
            out.push({ number, bytes: buffer.subarray(start, start + length) });
            offset = start + length;
        } else throw new Error(`unsupported wire type ${wireType}`);
    }
    return out;
}

const children = (buffer: Buffer, number: number) => fields(buffer).filter((f) => f.number === number && f.bytes).map((f) => f.bytes as Buffer);
const text = (buffer: Buffer, number: number) => children(buffer, number).map((b) => b.toString("utf8"));

/** Per resource of an OTLP trace export: its `service.name` and the names of its spans. */
export function decodeTraceExport(body: Buffer): { serviceName: string | undefined; spans: string[] }[] {
    return children(body, 1).map((resourceSpans) => {
        const attributes = children(resourceSpans, 1).flatMap((resource) => children(resource, 1));
        const service = attributes.find((kv) => text(kv, 1)[0] === "service.name");
        const spans = children(resourceSpans, 2).flatMap((scope) => children(scope, 2)).flatMap((span) => text(span, 5));
        return { serviceName: service ? children(service, 2).flatMap((value) => text(value, 1))[0] : undefined, spans };
    });
}
