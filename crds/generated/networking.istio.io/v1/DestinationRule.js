import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/NetworkingIstioIoV1DestinationRule.js";
export class DestinationRule extends Model {
    "spec";
    "status";
    "apiVersion";
    "kind";
    "metadata";
    static apiVersion = "networking.istio.io/v1";
    static kind = "DestinationRule";
    static is = createTypeMetaGuard(DestinationRule);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: DestinationRule.apiVersion,
            kind: DestinationRule.kind,
            ...data
        });
    }
}
setValidateFunc(DestinationRule, validate);
