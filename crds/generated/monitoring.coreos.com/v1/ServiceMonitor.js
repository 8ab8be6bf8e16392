import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/MonitoringCoreosComV1ServiceMonitor.js";
/**
 * The `ServiceMonitor` custom resource definition (CRD) defines how `Prometheus` and `PrometheusAgent` can scrape metrics from a group of services.
 * Among other things, it allows to specify:
 * \* The services to scrape via label selectors.
 * \* The container ports to scrape.
 * \* Authentication credentials to use.
 * \* Target and metric relabeling.
 *
 * `Prometheus` and `PrometheusAgent` objects select `ServiceMonitor` objects using label and namespace selectors.
 */
export class ServiceMonitor extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "monitoring.coreos.com/v1";
    static kind = "ServiceMonitor";
    static is = createTypeMetaGuard(ServiceMonitor);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: ServiceMonitor.apiVersion,
            kind: ServiceMonitor.kind,
            ...data
        });
    }
}
setValidateFunc(ServiceMonitor, validate);
