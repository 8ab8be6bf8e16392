import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/CertManagerIoV1Certificate.js";
/**
 * A Certificate resource should be created to ensure an up to date and signed
 * X.509 certificate is stored in the Kubernetes Secret resource named in `spec.secretName`.
 *
 * The stored certificate will be renewed before it expires (as configured by `spec.renewBefore`).
 */
export class Certificate extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "cert-manager.io/v1";
    static kind = "Certificate";
    static is = createTypeMetaGuard(Certificate);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: Certificate.apiVersion,
            kind: Certificate.kind,
            ...data
        });
    }
}
setValidateFunc(Certificate, validate);
