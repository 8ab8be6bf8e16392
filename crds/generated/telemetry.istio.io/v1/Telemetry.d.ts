import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData } from "@kubernetes-models/base";
export interface ITelemetry {
    /**
     * Telemetry configuration for workloads. See more details at: https://istio.io/docs/reference/config/telemetry.html
     */
    "spec"?: {
        /**
         * Optional.
         */
        "accessLogging"?: Array<{
            /**
             * Controls logging.
             */
            "disabled"?: boolean;
            /**
             * Optional.
             */
            "filter"?: {
                /**
                 * CEL expression for selecting when requests/connections should be logged.
                 */
                "expression"?: string;
            };
            /**
             * Allows tailoring of logging behavior to specific conditions.
             */
            "match"?: {
                /**
                 * This determines whether or not to apply the access logging configuration based on the direction of traffic relative to the proxied workload.
                 *
                 * Valid Options: CLIENT_AND_SERVER, CLIENT, SERVER
                 */
                "mode"?: "CLIENT_AND_SERVER" | "CLIENT" | "SERVER";
            };
            /**
             * Optional.
             */
            "providers"?: Array<{
                /**
                 * Required.
                 */
                "name": string;
            }>;
        }>;
        /**
         * Optional.
         */
        "metrics"?: Array<{
            /**
             * Optional.
             */
            "overrides"?: Array<{
                /**
                 * Optional.
                 */
                "disabled"?: boolean;
                /**
                 * Match allows providing the scope of the override.
                 */
                "match"?: {
                    /**
                     * Allows free-form specification of a metric.
                     */
                    "customMetric"?: string;
                    /**
                     * One of the well-known [Istio Standard Metrics](https://istio.io/latest/docs/reference/config/metrics/).
                     *
                     * Valid Options: ALL_METRICS, REQUEST_COUNT, REQUEST_DURATION, REQUEST_SIZE, RESPONSE_SIZE, TCP_OPENED_CONNECTIONS, TCP_CLOSED_CONNECTIONS, TCP_SENT_BYTES, TCP_RECEIVED_BYTES, GRPC_REQUEST_MESSAGES, GRPC_RESPONSE_MESSAGES
                     */
                    "metric"?: "ALL_METRICS" | "REQUEST_COUNT" | "REQUEST_DURATION" | "REQUEST_SIZE" | "RESPONSE_SIZE" | "TCP_OPENED_CONNECTIONS" | "TCP_CLOSED_CONNECTIONS" | "TCP_SENT_BYTES" | "TCP_RECEIVED_BYTES" | "GRPC_REQUEST_MESSAGES" | "GRPC_RESPONSE_MESSAGES";
                    /**
                     * Controls which mode of metrics generation is selected: `CLIENT`, `SERVER`, or `CLIENT_AND_SERVER`.
                     *
                     * Valid Options: CLIENT_AND_SERVER, CLIENT, SERVER
                     */
                    "mode"?: "CLIENT_AND_SERVER" | "CLIENT" | "SERVER";
                } & (Exclude<{
                    /**
                     * Allows free-form specification of a metric.
                     */
                    "customMetric"?: string;
                    /**
                     * One of the well-known [Istio Standard Metrics](https://istio.io/latest/docs/reference/config/metrics/).
                     *
                     * Valid Options: ALL_METRICS, REQUEST_COUNT, REQUEST_DURATION, REQUEST_SIZE, RESPONSE_SIZE, TCP_OPENED_CONNECTIONS, TCP_CLOSED_CONNECTIONS, TCP_SENT_BYTES, TCP_RECEIVED_BYTES, GRPC_REQUEST_MESSAGES, GRPC_RESPONSE_MESSAGES
                     */
                    "metric"?: "ALL_METRICS" | "REQUEST_COUNT" | "REQUEST_DURATION" | "REQUEST_SIZE" | "RESPONSE_SIZE" | "TCP_OPENED_CONNECTIONS" | "TCP_CLOSED_CONNECTIONS" | "TCP_SENT_BYTES" | "TCP_RECEIVED_BYTES" | "GRPC_REQUEST_MESSAGES" | "GRPC_RESPONSE_MESSAGES";
                    /**
                     * Controls which mode of metrics generation is selected: `CLIENT`, `SERVER`, or `CLIENT_AND_SERVER`.
                     *
                     * Valid Options: CLIENT_AND_SERVER, CLIENT, SERVER
                     */
                    "mode"?: "CLIENT_AND_SERVER" | "CLIENT" | "SERVER";
                }, {
                    /**
                     * Allows free-form specification of a metric.
                     */
                    "customMetric"?: string;
                    /**
                     * One of the well-known [Istio Standard Metrics](https://istio.io/latest/docs/reference/config/metrics/).
                     *
                     * Valid Options: ALL_METRICS, REQUEST_COUNT, REQUEST_DURATION, REQUEST_SIZE, RESPONSE_SIZE, TCP_OPENED_CONNECTIONS, TCP_CLOSED_CONNECTIONS, TCP_SENT_BYTES, TCP_RECEIVED_BYTES, GRPC_REQUEST_MESSAGES, GRPC_RESPONSE_MESSAGES
                     */
                    "metric"?: "ALL_METRICS" | "REQUEST_COUNT" | "REQUEST_DURATION" | "REQUEST_SIZE" | "RESPONSE_SIZE" | "TCP_OPENED_CONNECTIONS" | "TCP_CLOSED_CONNECTIONS" | "TCP_SENT_BYTES" | "TCP_RECEIVED_BYTES" | "GRPC_REQUEST_MESSAGES" | "GRPC_RESPONSE_MESSAGES";
                    /**
                     * Controls which mode of metrics generation is selected: `CLIENT`, `SERVER`, or `CLIENT_AND_SERVER`.
                     *
                     * Valid Options: CLIENT_AND_SERVER, CLIENT, SERVER
                     */
                    "mode"?: "CLIENT_AND_SERVER" | "CLIENT" | "SERVER";
                } & ({
                    /**
                     * Allows free-form specification of a metric.
                     */
                    "customMetric"?: string;
                    /**
                     * One of the well-known [Istio Standard Metrics](https://istio.io/latest/docs/reference/config/metrics/).
                     *
                     * Valid Options: ALL_METRICS, REQUEST_COUNT, REQUEST_DURATION, REQUEST_SIZE, RESPONSE_SIZE, TCP_OPENED_CONNECTIONS, TCP_CLOSED_CONNECTIONS, TCP_SENT_BYTES, TCP_RECEIVED_BYTES, GRPC_REQUEST_MESSAGES, GRPC_RESPONSE_MESSAGES
                     */
                    "metric": "ALL_METRICS" | "REQUEST_COUNT" | "REQUEST_DURATION" | "REQUEST_SIZE" | "RESPONSE_SIZE" | "TCP_OPENED_CONNECTIONS" | "TCP_CLOSED_CONNECTIONS" | "TCP_SENT_BYTES" | "TCP_RECEIVED_BYTES" | "GRPC_REQUEST_MESSAGES" | "GRPC_RESPONSE_MESSAGES";
                    /**
                     * Controls which mode of metrics generation is selected: `CLIENT`, `SERVER`, or `CLIENT_AND_SERVER`.
                     *
                     * Valid Options: CLIENT_AND_SERVER, CLIENT, SERVER
                     */
                    "mode"?: "CLIENT_AND_SERVER" | "CLIENT" | "SERVER";
                } | {
                    /**
                     * Allows free-form specification of a metric.
                     */
                    "customMetric": string;
                    /**
                     * One of the well-known [Istio Standard Metrics](https://istio.io/latest/docs/reference/config/metrics/).
                     *
                     * Valid Options: ALL_METRICS, REQUEST_COUNT, REQUEST_DURATION, REQUEST_SIZE, RESPONSE_SIZE, TCP_OPENED_CONNECTIONS, TCP_CLOSED_CONNECTIONS, TCP_SENT_BYTES, TCP_RECEIVED_BYTES, GRPC_REQUEST_MESSAGES, GRPC_RESPONSE_MESSAGES
                     */
                    "metric"?: "ALL_METRICS" | "REQUEST_COUNT" | "REQUEST_DURATION" | "REQUEST_SIZE" | "RESPONSE_SIZE" | "TCP_OPENED_CONNECTIONS" | "TCP_CLOSED_CONNECTIONS" | "TCP_SENT_BYTES" | "TCP_RECEIVED_BYTES" | "GRPC_REQUEST_MESSAGES" | "GRPC_RESPONSE_MESSAGES";
                    /**
                     * Controls which mode of metrics generation is selected: `CLIENT`, `SERVER`, or `CLIENT_AND_SERVER`.
                     *
                     * Valid Options: CLIENT_AND_SERVER, CLIENT, SERVER
                     */
                    "mode"?: "CLIENT_AND_SERVER" | "CLIENT" | "SERVER";
                })> | {
                    /**
                     * Allows free-form specification of a metric.
                     */
                    "customMetric"?: string;
                    /**
                     * One of the well-known [Istio Standard Metrics](https://istio.io/latest/docs/reference/config/metrics/).
                     *
                     * Valid Options: ALL_METRICS, REQUEST_COUNT, REQUEST_DURATION, REQUEST_SIZE, RESPONSE_SIZE, TCP_OPENED_CONNECTIONS, TCP_CLOSED_CONNECTIONS, TCP_SENT_BYTES, TCP_RECEIVED_BYTES, GRPC_REQUEST_MESSAGES, GRPC_RESPONSE_MESSAGES
                     */
                    "metric": "ALL_METRICS" | "REQUEST_COUNT" | "REQUEST_DURATION" | "REQUEST_SIZE" | "RESPONSE_SIZE" | "TCP_OPENED_CONNECTIONS" | "TCP_CLOSED_CONNECTIONS" | "TCP_SENT_BYTES" | "TCP_RECEIVED_BYTES" | "GRPC_REQUEST_MESSAGES" | "GRPC_RESPONSE_MESSAGES";
                    /**
                     * Controls which mode of metrics generation is selected: `CLIENT`, `SERVER`, or `CLIENT_AND_SERVER`.
                     *
                     * Valid Options: CLIENT_AND_SERVER, CLIENT, SERVER
                     */
                    "mode"?: "CLIENT_AND_SERVER" | "CLIENT" | "SERVER";
                } | {
                    /**
                     * Allows free-form specification of a metric.
                     */
                    "customMetric": string;
                    /**
                     * One of the well-known [Istio Standard Metrics](https://istio.io/latest/docs/reference/config/metrics/).
                     *
                     * Valid Options: ALL_METRICS, REQUEST_COUNT, REQUEST_DURATION, REQUEST_SIZE, RESPONSE_SIZE, TCP_OPENED_CONNECTIONS, TCP_CLOSED_CONNECTIONS, TCP_SENT_BYTES, TCP_RECEIVED_BYTES, GRPC_REQUEST_MESSAGES, GRPC_RESPONSE_MESSAGES
                     */
                    "metric"?: "ALL_METRICS" | "REQUEST_COUNT" | "REQUEST_DURATION" | "REQUEST_SIZE" | "RESPONSE_SIZE" | "TCP_OPENED_CONNECTIONS" | "TCP_CLOSED_CONNECTIONS" | "TCP_SENT_BYTES" | "TCP_RECEIVED_BYTES" | "GRPC_REQUEST_MESSAGES" | "GRPC_RESPONSE_MESSAGES";
                    /**
                     * Controls which mode of metrics generation is selected: `CLIENT`, `SERVER`, or `CLIENT_AND_SERVER`.
                     *
                     * Valid Options: CLIENT_AND_SERVER, CLIENT, SERVER
                     */
                    "mode"?: "CLIENT_AND_SERVER" | "CLIENT" | "SERVER";
                });
                /**
                 * Optional.
                 */
                "tagOverrides"?: {
                    [key: string]: {
                        /**
                         * Operation controls whether or not to update/add a tag, or to remove it.
                         *
                         * Valid Options: UPSERT, REMOVE
                         */
                        "operation"?: "UPSERT" | "REMOVE";
                        /**
                         * Value is only considered if the operation is `UPSERT`.
                         */
                        "value"?: string;
                    };
                };
            }>;
            /**
             * Optional.
             */
            "providers"?: Array<{
                /**
                 * Required.
                 */
                "name": string;
            }>;
            /**
             * Optional.
             */
            "reportingInterval"?: string;
        }>;
        /**
         * Optional.
         */
        "selector"?: {
            /**
             * One or more labels that indicate a specific set of pods/VMs on which a policy should be applied.
             */
            "matchLabels"?: {
                [key: string]: string;
            };
        };
        "targetRef"?: {
            /**
             * group is the group of the target resource.
             */
            "group"?: string;
            /**
             * kind is kind of the target resource.
             */
            "kind": string;
            /**
             * name is the name of the target resource.
             */
            "name": string;
            /**
             * namespace is the namespace of the referent.
             */
            "namespace"?: string;
        };
        /**
         * Optional.
         */
        "targetRefs"?: Array<{
            /**
             * group is the group of the target resource.
             */
            "group"?: string;
            /**
             * kind is kind of the target resource.
             */
            "kind": string;
            /**
             * name is the name of the target resource.
             */
            "name": string;
            /**
             * namespace is the namespace of the referent.
             */
            "namespace"?: string;
        }>;
        /**
         * Optional.
         */
        "tracing"?: Array<{
            /**
             * Optional.
             */
            "customTags"?: {
                [key: string]: {
                    /**
                     * Environment adds the value of an environment variable to each span.
                     */
                    "environment"?: {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the environment variable from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Formatter adds the value of access logging substitution formatter.
                     */
                    "formatter"?: {
                        /**
                         * The formatter tag value to use, same formatter as HTTP access logging (e.g.
                         */
                        "value": string;
                    };
                    /**
                     * RequestHeader adds the value of an header from the request to each span.
                     */
                    "header"?: {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the header from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Literal adds the same, hard-coded value to each span.
                     */
                    "literal"?: {
                        /**
                         * The tag value to use.
                         */
                        "value": string;
                    };
                } & (Exclude<{
                    /**
                     * Environment adds the value of an environment variable to each span.
                     */
                    "environment"?: {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the environment variable from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Formatter adds the value of access logging substitution formatter.
                     */
                    "formatter"?: {
                        /**
                         * The formatter tag value to use, same formatter as HTTP access logging (e.g.
                         */
                        "value": string;
                    };
                    /**
                     * RequestHeader adds the value of an header from the request to each span.
                     */
                    "header"?: {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the header from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Literal adds the same, hard-coded value to each span.
                     */
                    "literal"?: {
                        /**
                         * The tag value to use.
                         */
                        "value": string;
                    };
                }, {
                    /**
                     * Environment adds the value of an environment variable to each span.
                     */
                    "environment"?: {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the environment variable from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Formatter adds the value of access logging substitution formatter.
                     */
                    "formatter"?: {
                        /**
                         * The formatter tag value to use, same formatter as HTTP access logging (e.g.
                         */
                        "value": string;
                    };
                    /**
                     * RequestHeader adds the value of an header from the request to each span.
                     */
                    "header"?: {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the header from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Literal adds the same, hard-coded value to each span.
                     */
                    "literal"?: {
                        /**
                         * The tag value to use.
                         */
                        "value": string;
                    };
                } & ({
                    /**
                     * Environment adds the value of an environment variable to each span.
                     */
                    "environment"?: {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the environment variable from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Formatter adds the value of access logging substitution formatter.
                     */
                    "formatter"?: {
                        /**
                         * The formatter tag value to use, same formatter as HTTP access logging (e.g.
                         */
                        "value": string;
                    };
                    /**
                     * RequestHeader adds the value of an header from the request to each span.
                     */
                    "header"?: {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the header from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Literal adds the same, hard-coded value to each span.
                     */
                    "literal": {
                        /**
                         * The tag value to use.
                         */
                        "value": string;
                    };
                } | {
                    /**
                     * Environment adds the value of an environment variable to each span.
                     */
                    "environment": {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the environment variable from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Formatter adds the value of access logging substitution formatter.
                     */
                    "formatter"?: {
                        /**
                         * The formatter tag value to use, same formatter as HTTP access logging (e.g.
                         */
                        "value": string;
                    };
                    /**
                     * RequestHeader adds the value of an header from the request to each span.
                     */
                    "header"?: {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the header from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Literal adds the same, hard-coded value to each span.
                     */
                    "literal"?: {
                        /**
                         * The tag value to use.
                         */
                        "value": string;
                    };
                } | {
                    /**
                     * Environment adds the value of an environment variable to each span.
                     */
                    "environment"?: {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the environment variable from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Formatter adds the value of access logging substitution formatter.
                     */
                    "formatter"?: {
                        /**
                         * The formatter tag value to use, same formatter as HTTP access logging (e.g.
                         */
                        "value": string;
                    };
                    /**
                     * RequestHeader adds the value of an header from the request to each span.
                     */
                    "header": {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the header from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Literal adds the same, hard-coded value to each span.
                     */
                    "literal"?: {
                        /**
                         * The tag value to use.
                         */
                        "value": string;
                    };
                } | {
                    /**
                     * Environment adds the value of an environment variable to each span.
                     */
                    "environment"?: {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the environment variable from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Formatter adds the value of access logging substitution formatter.
                     */
                    "formatter": {
                        /**
                         * The formatter tag value to use, same formatter as HTTP access logging (e.g.
                         */
                        "value": string;
                    };
                    /**
                     * RequestHeader adds the value of an header from the request to each span.
                     */
                    "header"?: {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the header from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Literal adds the same, hard-coded value to each span.
                     */
                    "literal"?: {
                        /**
                         * The tag value to use.
                         */
                        "value": string;
                    };
                })> | {
                    /**
                     * Environment adds the value of an environment variable to each span.
                     */
                    "environment"?: {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the environment variable from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Formatter adds the value of access logging substitution formatter.
                     */
                    "formatter"?: {
                        /**
                         * The formatter tag value to use, same formatter as HTTP access logging (e.g.
                         */
                        "value": string;
                    };
                    /**
                     * RequestHeader adds the value of an header from the request to each span.
                     */
                    "header"?: {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the header from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Literal adds the same, hard-coded value to each span.
                     */
                    "literal": {
                        /**
                         * The tag value to use.
                         */
                        "value": string;
                    };
                } | {
                    /**
                     * Environment adds the value of an environment variable to each span.
                     */
                    "environment": {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the environment variable from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Formatter adds the value of access logging substitution formatter.
                     */
                    "formatter"?: {
                        /**
                         * The formatter tag value to use, same formatter as HTTP access logging (e.g.
                         */
                        "value": string;
                    };
                    /**
                     * RequestHeader adds the value of an header from the request to each span.
                     */
                    "header"?: {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the header from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Literal adds the same, hard-coded value to each span.
                     */
                    "literal"?: {
                        /**
                         * The tag value to use.
                         */
                        "value": string;
                    };
                } | {
                    /**
                     * Environment adds the value of an environment variable to each span.
                     */
                    "environment"?: {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the environment variable from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Formatter adds the value of access logging substitution formatter.
                     */
                    "formatter"?: {
                        /**
                         * The formatter tag value to use, same formatter as HTTP access logging (e.g.
                         */
                        "value": string;
                    };
                    /**
                     * RequestHeader adds the value of an header from the request to each span.
                     */
                    "header": {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the header from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Literal adds the same, hard-coded value to each span.
                     */
                    "literal"?: {
                        /**
                         * The tag value to use.
                         */
                        "value": string;
                    };
                } | {
                    /**
                     * Environment adds the value of an environment variable to each span.
                     */
                    "environment"?: {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the environment variable from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Formatter adds the value of access logging substitution formatter.
                     */
                    "formatter": {
                        /**
                         * The formatter tag value to use, same formatter as HTTP access logging (e.g.
                         */
                        "value": string;
                    };
                    /**
                     * RequestHeader adds the value of an header from the request to each span.
                     */
                    "header"?: {
                        /**
                         * Optional.
                         */
                        "defaultValue"?: string;
                        /**
                         * Name of the header from which to extract the tag value.
                         */
                        "name": string;
                    };
                    /**
                     * Literal adds the same, hard-coded value to each span.
                     */
                    "literal"?: {
                        /**
                         * The tag value to use.
                         */
                        "value": string;
                    };
                });
            };
            /**
             * Controls whether trace context headers (e.g., `traceparent`/`tracestate` for W3C, `X-B3-\*` for Zipkin) are propagated in forwarded requests.
             */
            "disableContextPropagation"?: boolean;
            /**
             * Controls span reporting.
             */
            "disableSpanReporting"?: boolean;
            /**
             * Determines whether or not trace spans generated by Envoy will include Istio specific tags.
             */
            "enableIstioTags"?: boolean;
            /**
             * Allows tailoring of behavior to specific conditions.
             */
            "match"?: {
                /**
                 * This determines whether or not to apply the tracing configuration based on the direction of traffic relative to the proxied workload.
                 *
                 * Valid Options: CLIENT_AND_SERVER, CLIENT, SERVER
                 */
                "mode"?: "CLIENT_AND_SERVER" | "CLIENT" | "SERVER";
            };
            /**
             * Optional.
             */
            "providers"?: Array<{
                /**
                 * Required.
                 */
                "name": string;
            }>;
            /**
             * Controls the rate at which traffic will be selected for tracing if no prior sampling decision has been made.
             */
            "randomSamplingPercentage"?: number;
            "useRequestIdForTraceSampling"?: boolean;
        }>;
    };
    "status"?: {
        /**
         * Current service state of the resource.
         */
        "conditions"?: Array<{
            /**
             * Last time we probed the condition.
             */
            "lastProbeTime"?: string;
            /**
             * Last time the condition transitioned from one status to another.
             */
            "lastTransitionTime"?: string;
            /**
             * Human-readable message indicating details about last transition.
             */
            "message"?: string;
            /**
             * Resource Generation to which the Condition refers.
             */
            "observedGeneration"?: number | string;
            /**
             * Unique, one-word, CamelCase reason for the condition's last transition.
             */
            "reason"?: string;
            /**
             * Status is the status of the condition.
             */
            "status"?: string;
            /**
             * Type is the type of the condition.
             */
            "type"?: string;
        }>;
        "observedGeneration"?: number | string;
        /**
         * Includes any errors or warnings detected by Istio's analyzers.
         */
        "validationMessages"?: Array<{
            /**
             * A url pointing to the Istio documentation for this specific error type.
             */
            "documentationUrl"?: string;
            /**
             * Represents how severe a message is.
             *
             * Valid Options: UNKNOWN, ERROR, WARNING, INFO
             */
            "level"?: "UNKNOWN" | "ERROR" | "WARNING" | "INFO";
            "type"?: {
                /**
                 * A 7 character code matching `^IST[0-9]{4}$` intended to uniquely identify the message type.
                 */
                "code"?: string;
                /**
                 * A human-readable name for the message type.
                 */
                "name"?: string;
            };
        }>;
    };
    "apiVersion": "telemetry.istio.io/v1";
    "kind": "Telemetry";
    "metadata"?: IObjectMeta;
}
export declare class Telemetry extends Model<ITelemetry> implements ITelemetry {
    "spec"?: ITelemetry["spec"];
    "status"?: ITelemetry["status"];
    "apiVersion": ITelemetry["apiVersion"];
    "kind": ITelemetry["kind"];
    "metadata"?: ITelemetry["metadata"];
    static apiVersion: ITelemetry["apiVersion"];
    static kind: ITelemetry["kind"];
    static is: import("@kubernetes-models/base").TypeMetaGuard<ITelemetry>;
    constructor(data?: ModelData<ITelemetry>);
}
