import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/MonitoringCoreosComV1PrometheusRule.js";
/**
 * The `PrometheusRule` custom resource definition (CRD) defines [alerting](https://prometheus.io/docs/prometheus/latest/configuration/alerting_rules/) and [recording](https://prometheus.io/docs/prometheus/latest/configuration/recording_rules/) rules to be evaluated by `Prometheus` or `ThanosRuler` objects.
 *
 * `Prometheus` and `ThanosRuler` objects select `PrometheusRule` objects using label and namespace selectors.
 */
export class PrometheusRule extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "monitoring.coreos.com/v1";
    static kind = "PrometheusRule";
    static is = createTypeMetaGuard(PrometheusRule);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: PrometheusRule.apiVersion,
            kind: PrometheusRule.kind,
            ...data
        });
    }
}
setValidateFunc(PrometheusRule, validate);
