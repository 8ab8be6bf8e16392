import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/MetallbIoV1beta1L2Advertisement.js";
/**
 * L2Advertisement allows to advertise the LoadBalancer IPs provided
 * by the selected pools via L2.
 */
export class L2Advertisement extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "metallb.io/v1beta1";
    static kind = "L2Advertisement";
    static is = createTypeMetaGuard(L2Advertisement);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: L2Advertisement.apiVersion,
            kind: L2Advertisement.kind,
            ...data
        });
    }
}
setValidateFunc(L2Advertisement, validate);
