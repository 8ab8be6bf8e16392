import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/CertManagerIoV1ClusterIssuer.js";
/**
 * A ClusterIssuer represents a certificate issuing authority which can be
 * referenced as part of `issuerRef` fields.
 * It is similar to an Issuer, however it is cluster-scoped and therefore can
 * be referenced by resources that exist in \*any\* namespace, not just the same
 * namespace as the referent.
 */
export class ClusterIssuer extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "cert-manager.io/v1";
    static kind = "ClusterIssuer";
    static is = createTypeMetaGuard(ClusterIssuer);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: ClusterIssuer.apiVersion,
            kind: ClusterIssuer.kind,
            ...data
        });
    }
}
setValidateFunc(ClusterIssuer, validate);
