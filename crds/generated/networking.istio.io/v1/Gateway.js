import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/NetworkingIstioIoV1Gateway.js";
export class Gateway extends Model {
    "spec";
    "status";
    "apiVersion";
    "kind";
    "metadata";
    static apiVersion = "networking.istio.io/v1";
    static kind = "Gateway";
    static is = createTypeMetaGuard(Gateway);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: Gateway.apiVersion,
            kind: Gateway.kind,
            ...data
        });
    }
}
setValidateFunc(Gateway, validate);
