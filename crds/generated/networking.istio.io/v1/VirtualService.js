import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/NetworkingIstioIoV1VirtualService.js";
export class VirtualService extends Model {
    "spec";
    "status";
    "apiVersion";
    "kind";
    "metadata";
    static apiVersion = "networking.istio.io/v1";
    static kind = "VirtualService";
    static is = createTypeMetaGuard(VirtualService);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: VirtualService.apiVersion,
            kind: VirtualService.kind,
            ...data
        });
    }
}
setValidateFunc(VirtualService, validate);
