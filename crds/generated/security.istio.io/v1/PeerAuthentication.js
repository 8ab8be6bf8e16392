import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/SecurityIstioIoV1PeerAuthentication.js";
export class PeerAuthentication extends Model {
    "spec";
    "status";
    "apiVersion";
    "kind";
    "metadata";
    static apiVersion = "security.istio.io/v1";
    static kind = "PeerAuthentication";
    static is = createTypeMetaGuard(PeerAuthentication);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: PeerAuthentication.apiVersion,
            kind: PeerAuthentication.kind,
            ...data
        });
    }
}
setValidateFunc(PeerAuthentication, validate);
