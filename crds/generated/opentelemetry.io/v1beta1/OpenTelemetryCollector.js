import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/OpentelemetryIoV1beta1OpenTelemetryCollector.js";
export class OpenTelemetryCollector extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "opentelemetry.io/v1beta1";
    static kind = "OpenTelemetryCollector";
    static is = createTypeMetaGuard(OpenTelemetryCollector);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: OpenTelemetryCollector.apiVersion,
            kind: OpenTelemetryCollector.kind,
            ...data
        });
    }
}
setValidateFunc(OpenTelemetryCollector, validate);
