import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/TelemetryIstioIoV1Telemetry.js";
export class Telemetry extends Model {
    "spec";
    "status";
    "apiVersion";
    "kind";
    "metadata";
    static apiVersion = "telemetry.istio.io/v1";
    static kind = "Telemetry";
    static is = createTypeMetaGuard(Telemetry);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: Telemetry.apiVersion,
            kind: Telemetry.kind,
            ...data
        });
    }
}
setValidateFunc(Telemetry, validate);
