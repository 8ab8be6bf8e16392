import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/OpentelemetryIoV1alpha1Instrumentation.js";
export class Instrumentation extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "opentelemetry.io/v1alpha1";
    static kind = "Instrumentation";
    static is = createTypeMetaGuard(Instrumentation);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: Instrumentation.apiVersion,
            kind: Instrumentation.kind,
            ...data
        });
    }
}
setValidateFunc(Instrumentation, validate);
