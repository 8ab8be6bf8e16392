import { Model, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { validate } from "../../_schemas/MonitoringCoreosComV1PodMonitor.js";
/**
 * The `PodMonitor` custom resource definition (CRD) defines how `Prometheus` and `PrometheusAgent` can scrape metrics from a group of pods.
 * Among other things, it allows to specify:
 * \* The pods to scrape via label selectors.
 * \* The container ports to scrape.
 * \* Authentication credentials to use.
 * \* Target and metric relabeling.
 *
 * `Prometheus` and `PrometheusAgent` objects select `PodMonitor` objects using label and namespace selectors.
 */
export class PodMonitor extends Model {
    "apiVersion";
    "kind";
    "metadata";
    "spec";
    "status";
    static apiVersion = "monitoring.coreos.com/v1";
    static kind = "PodMonitor";
    static is = createTypeMetaGuard(PodMonitor);
    constructor(data) {
        super();
        this.setDefinedProps({
            apiVersion: PodMonitor.apiVersion,
            kind: PodMonitor.kind,
            ...data
        });
    }
}
setValidateFunc(PodMonitor, validate);
