import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/GatewayNetworkingK8sIoV1Gateway.js";
/**
 * Gateway represents an instance of a service-traffic handling infrastructure
 * by binding Listeners to a set of IP addresses.
 */
export class Gateway extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "gateway.networking.k8s.io/v1";
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
