import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/MetallbIoV1beta1IPAddressPool.js";
/**
 * IPAddressPool represents a pool of IP addresses that can be allocated
 * to LoadBalancer services.
 */
export class IPAddressPool extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "metallb.io/v1beta1";
    static kind = "IPAddressPool";
    static is = createTypeMetaGuard(IPAddressPool);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: IPAddressPool.apiVersion,
            kind: IPAddressPool.kind,
            ...data
        });
    }
}
setValidateFunc(IPAddressPool, validate);
