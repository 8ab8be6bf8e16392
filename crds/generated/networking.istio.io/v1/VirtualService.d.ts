import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData } from "@kubernetes-models/base";
export interface IVirtualService {
    /**
     * Configuration affecting label/content routing, sni routing, etc. See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html
     */
    "spec"?: {
        /**
         * A list of namespaces to which this virtual service is exported.
         */
        "exportTo"?: Array<string>;
        /**
         * The names of gateways and sidecars that should apply these routes.
         */
        "gateways"?: Array<string>;
        /**
         * The destination hosts to which traffic is being sent.
         */
        "hosts"?: Array<string>;
        /**
         * An ordered list of route rules for HTTP traffic.
         */
        "http"?: Array<{
            /**
             * Cross-Origin Resource Sharing policy (CORS).
             */
            "corsPolicy"?: {
                /**
                 * Indicates whether the caller is allowed to send the actual request (not the preflight) using credentials.
                 */
                "allowCredentials"?: boolean;
                /**
                 * List of HTTP headers that can be used when requesting the resource.
                 */
                "allowHeaders"?: Array<string>;
                /**
                 * List of HTTP methods allowed to access the resource.
                 */
                "allowMethods"?: Array<string>;
                "allowOrigin"?: Array<string>;
                /**
                 * String patterns that match allowed origins.
                 */
                "allowOrigins"?: Array<{
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } & (Exclude<{
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                }, {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } & ({
                    "exact": string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix": string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex": string;
                })> | {
                    "exact": string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix": string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex": string;
                })>;
                /**
                 * A list of HTTP headers that the browsers are allowed to access.
                 */
                "exposeHeaders"?: Array<string>;
                /**
                 * Specifies how long the results of a preflight request can be cached.
                 */
                "maxAge"?: string;
                /**
                 * Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream.
                 *
                 * Valid Options: FORWARD, IGNORE
                 */
                "unmatchedPreflights"?: "UNSPECIFIED" | "FORWARD" | "IGNORE";
            };
            /**
             * Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.
             */
            "delegate"?: {
                /**
                 * Name specifies the name of the delegate VirtualService.
                 */
                "name"?: string;
                /**
                 * Namespace specifies the namespace where the delegate VirtualService resides.
                 */
                "namespace"?: string;
            };
            /**
             * A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
             */
            "directResponse"?: {
                /**
                 * Specifies the content of the response body.
                 */
                "body"?: {
                    /**
                     * response body as base64 encoded bytes.
                     */
                    "bytes"?: string;
                    "string"?: string;
                } & (Exclude<{
                    /**
                     * response body as base64 encoded bytes.
                     */
                    "bytes"?: string;
                    "string"?: string;
                }, {
                    /**
                     * response body as base64 encoded bytes.
                     */
                    "bytes"?: string;
                    "string"?: string;
                } & ({
                    /**
                     * response body as base64 encoded bytes.
                     */
                    "bytes"?: string;
                    "string": string;
                } | {
                    /**
                     * response body as base64 encoded bytes.
                     */
                    "bytes": string;
                    "string"?: string;
                })> | {
                    /**
                     * response body as base64 encoded bytes.
                     */
                    "bytes"?: string;
                    "string": string;
                } | {
                    /**
                     * response body as base64 encoded bytes.
                     */
                    "bytes": string;
                    "string"?: string;
                });
                /**
                 * Specifies the HTTP response status to be returned.
                 */
                "status": number;
            };
            /**
             * Fault injection policy to apply on HTTP traffic at the client side.
             */
            "fault"?: {
                /**
                 * Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.
                 */
                "abort"?: {
                    /**
                     * GRPC status code to use to abort the request.
                     */
                    "grpcStatus"?: string;
                    "http2Error"?: string;
                    /**
                     * HTTP status code to use to abort the Http request.
                     */
                    "httpStatus"?: number;
                    /**
                     * Percentage of requests to be aborted with the error code provided.
                     */
                    "percentage"?: {
                        "value"?: number;
                    };
                } & (Exclude<{
                    /**
                     * GRPC status code to use to abort the request.
                     */
                    "grpcStatus"?: string;
                    "http2Error"?: string;
                    /**
                     * HTTP status code to use to abort the Http request.
                     */
                    "httpStatus"?: number;
                    /**
                     * Percentage of requests to be aborted with the error code provided.
                     */
                    "percentage"?: {
                        "value"?: number;
                    };
                }, {
                    /**
                     * GRPC status code to use to abort the request.
                     */
                    "grpcStatus"?: string;
                    "http2Error"?: string;
                    /**
                     * HTTP status code to use to abort the Http request.
                     */
                    "httpStatus"?: number;
                    /**
                     * Percentage of requests to be aborted with the error code provided.
                     */
                    "percentage"?: {
                        "value"?: number;
                    };
                } & ({
                    /**
                     * GRPC status code to use to abort the request.
                     */
                    "grpcStatus"?: string;
                    "http2Error"?: string;
                    /**
                     * HTTP status code to use to abort the Http request.
                     */
                    "httpStatus": number;
                    /**
                     * Percentage of requests to be aborted with the error code provided.
                     */
                    "percentage"?: {
                        "value"?: number;
                    };
                } | {
                    /**
                     * GRPC status code to use to abort the request.
                     */
                    "grpcStatus": string;
                    "http2Error"?: string;
                    /**
                     * HTTP status code to use to abort the Http request.
                     */
                    "httpStatus"?: number;
                    /**
                     * Percentage of requests to be aborted with the error code provided.
                     */
                    "percentage"?: {
                        "value"?: number;
                    };
                } | {
                    /**
                     * GRPC status code to use to abort the request.
                     */
                    "grpcStatus"?: string;
                    "http2Error": string;
                    /**
                     * HTTP status code to use to abort the Http request.
                     */
                    "httpStatus"?: number;
                    /**
                     * Percentage of requests to be aborted with the error code provided.
                     */
                    "percentage"?: {
                        "value"?: number;
                    };
                })> | {
                    /**
                     * GRPC status code to use to abort the request.
                     */
                    "grpcStatus"?: string;
                    "http2Error"?: string;
                    /**
                     * HTTP status code to use to abort the Http request.
                     */
                    "httpStatus": number;
                    /**
                     * Percentage of requests to be aborted with the error code provided.
                     */
                    "percentage"?: {
                        "value"?: number;
                    };
                } | {
                    /**
                     * GRPC status code to use to abort the request.
                     */
                    "grpcStatus": string;
                    "http2Error"?: string;
                    /**
                     * HTTP status code to use to abort the Http request.
                     */
                    "httpStatus"?: number;
                    /**
                     * Percentage of requests to be aborted with the error code provided.
                     */
                    "percentage"?: {
                        "value"?: number;
                    };
                } | {
                    /**
                     * GRPC status code to use to abort the request.
                     */
                    "grpcStatus"?: string;
                    "http2Error": string;
                    /**
                     * HTTP status code to use to abort the Http request.
                     */
                    "httpStatus"?: number;
                    /**
                     * Percentage of requests to be aborted with the error code provided.
                     */
                    "percentage"?: {
                        "value"?: number;
                    };
                });
                /**
                 * Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.
                 */
                "delay"?: {
                    "exponentialDelay"?: string;
                    /**
                     * Add a fixed delay before forwarding the request.
                     */
                    "fixedDelay"?: string;
                    /**
                     * Percentage of requests on which the delay will be injected (0-100).
                     */
                    "percent"?: number;
                    /**
                     * Percentage of requests on which the delay will be injected.
                     */
                    "percentage"?: {
                        "value"?: number;
                    };
                } & (Exclude<{
                    "exponentialDelay"?: string;
                    /**
                     * Add a fixed delay before forwarding the request.
                     */
                    "fixedDelay"?: string;
                    /**
                     * Percentage of requests on which the delay will be injected (0-100).
                     */
                    "percent"?: number;
                    /**
                     * Percentage of requests on which the delay will be injected.
                     */
                    "percentage"?: {
                        "value"?: number;
                    };
                }, {
                    "exponentialDelay"?: string;
                    /**
                     * Add a fixed delay before forwarding the request.
                     */
                    "fixedDelay"?: string;
                    /**
                     * Percentage of requests on which the delay will be injected (0-100).
                     */
                    "percent"?: number;
                    /**
                     * Percentage of requests on which the delay will be injected.
                     */
                    "percentage"?: {
                        "value"?: number;
                    };
                } & ({
                    "exponentialDelay"?: string;
                    /**
                     * Add a fixed delay before forwarding the request.
                     */
                    "fixedDelay": string;
                    /**
                     * Percentage of requests on which the delay will be injected (0-100).
                     */
                    "percent"?: number;
                    /**
                     * Percentage of requests on which the delay will be injected.
                     */
                    "percentage"?: {
                        "value"?: number;
                    };
                } | {
                    "exponentialDelay": string;
                    /**
                     * Add a fixed delay before forwarding the request.
                     */
                    "fixedDelay"?: string;
                    /**
                     * Percentage of requests on which the delay will be injected (0-100).
                     */
                    "percent"?: number;
                    /**
                     * Percentage of requests on which the delay will be injected.
                     */
                    "percentage"?: {
                        "value"?: number;
                    };
                })> | {
                    "exponentialDelay"?: string;
                    /**
                     * Add a fixed delay before forwarding the request.
                     */
                    "fixedDelay": string;
                    /**
                     * Percentage of requests on which the delay will be injected (0-100).
                     */
                    "percent"?: number;
                    /**
                     * Percentage of requests on which the delay will be injected.
                     */
                    "percentage"?: {
                        "value"?: number;
                    };
                } | {
                    "exponentialDelay": string;
                    /**
                     * Add a fixed delay before forwarding the request.
                     */
                    "fixedDelay"?: string;
                    /**
                     * Percentage of requests on which the delay will be injected (0-100).
                     */
                    "percent"?: number;
                    /**
                     * Percentage of requests on which the delay will be injected.
                     */
                    "percentage"?: {
                        "value"?: number;
                    };
                });
            };
            "headers"?: {
                "request"?: {
                    "add"?: {
                        [key: string]: string;
                    };
                    "remove"?: Array<string>;
                    "set"?: {
                        [key: string]: string;
                    };
                };
                "response"?: {
                    "add"?: {
                        [key: string]: string;
                    };
                    "remove"?: Array<string>;
                    "set"?: {
                        [key: string]: string;
                    };
                };
            };
            /**
             * Match conditions to be satisfied for the rule to be activated.
             */
            "match"?: Array<{
                /**
                 * HTTP Authority values are case-sensitive and formatted as follows: - `exact: "value"` for exact string match - `prefix: "value"` for prefix-based match - `regex: "value"` for [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                 */
                "authority"?: {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } & (Exclude<{
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                }, {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } & ({
                    "exact": string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix": string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex": string;
                })> | {
                    "exact": string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix": string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex": string;
                });
                /**
                 * Names of gateways where the rule should be applied.
                 */
                "gateways"?: Array<string>;
                /**
                 * The header keys must be lowercase and use hyphen as the separator, e.g.
                 */
                "headers"?: {
                    [key: string]: {
                        "exact"?: string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    } & (Exclude<{
                        "exact"?: string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    }, {
                        "exact"?: string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    } & ({
                        "exact": string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    } | {
                        "exact"?: string;
                        "prefix": string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    } | {
                        "exact"?: string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex": string;
                    })> | {
                        "exact": string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    } | {
                        "exact"?: string;
                        "prefix": string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    } | {
                        "exact"?: string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex": string;
                    });
                };
                /**
                 * Flag to specify whether the URI matching should be case-insensitive.
                 */
                "ignoreUriCase"?: boolean;
                /**
                 * HTTP Method values are case-sensitive and formatted as follows: - `exact: "value"` for exact string match - `prefix: "value"` for prefix-based match - `regex: "value"` for [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                 */
                "method"?: {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } & (Exclude<{
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                }, {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } & ({
                    "exact": string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix": string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex": string;
                })> | {
                    "exact": string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix": string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex": string;
                });
                /**
                 * The name assigned to a match.
                 */
                "name"?: string;
                /**
                 * Specifies the ports on the host that is being addressed.
                 */
                "port"?: number;
                /**
                 * Query parameters for matching.
                 */
                "queryParams"?: {
                    [key: string]: {
                        "exact"?: string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    } & (Exclude<{
                        "exact"?: string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    }, {
                        "exact"?: string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    } & ({
                        "exact": string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    } | {
                        "exact"?: string;
                        "prefix": string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    } | {
                        "exact"?: string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex": string;
                    })> | {
                        "exact": string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    } | {
                        "exact"?: string;
                        "prefix": string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    } | {
                        "exact"?: string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex": string;
                    });
                };
                /**
                 * URI Scheme values are case-sensitive and formatted as follows: - `exact: "value"` for exact string match - `prefix: "value"` for prefix-based match - `regex: "value"` for [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                 */
                "scheme"?: {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } & (Exclude<{
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                }, {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } & ({
                    "exact": string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix": string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex": string;
                })> | {
                    "exact": string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix": string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex": string;
                });
                /**
                 * One or more labels that constrain the applicability of a rule to source (client) workloads with the given labels.
                 */
                "sourceLabels"?: {
                    [key: string]: string;
                };
                /**
                 * Source namespace constraining the applicability of a rule to workloads in that namespace.
                 */
                "sourceNamespace"?: string;
                /**
                 * The human readable prefix to use when emitting statistics for this route.
                 */
                "statPrefix"?: string;
                /**
                 * URI to match values are case-sensitive and formatted as follows: - `exact: "value"` for exact string match - `prefix: "value"` for prefix-based match - `regex: "value"` for [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                 */
                "uri"?: {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } & (Exclude<{
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                }, {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } & ({
                    "exact": string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix": string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex": string;
                })> | {
                    "exact": string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix": string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex"?: string;
                } | {
                    "exact"?: string;
                    "prefix"?: string;
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "regex": string;
                });
                /**
                 * withoutHeader has the same syntax with the header, but has opposite meaning.
                 */
                "withoutHeaders"?: {
                    [key: string]: {
                        "exact"?: string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    } & (Exclude<{
                        "exact"?: string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    }, {
                        "exact"?: string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    } & ({
                        "exact": string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    } | {
                        "exact"?: string;
                        "prefix": string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    } | {
                        "exact"?: string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex": string;
                    })> | {
                        "exact": string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    } | {
                        "exact"?: string;
                        "prefix": string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex"?: string;
                    } | {
                        "exact"?: string;
                        "prefix"?: string;
                        /**
                         * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                         */
                        "regex": string;
                    });
                };
            }>;
            /**
             * Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.
             */
            "mirror"?: {
                /**
                 * The name of a service from the service registry.
                 */
                "host": string;
                /**
                 * Specifies the port on the host that is being addressed.
                 */
                "port"?: {
                    "number"?: number;
                };
                /**
                 * The name of a subset within the service.
                 */
                "subset"?: string;
            };
            "mirror_percent"?: number;
            "mirrorPercent"?: number;
            /**
             * Percentage of the traffic to be mirrored by the `mirror` field.
             */
            "mirrorPercentage"?: {
                "value"?: number;
            };
            /**
             * Specifies the destinations to mirror HTTP traffic in addition to the original destination.
             */
            "mirrors"?: Array<{
                /**
                 * Destination specifies the target of the mirror operation.
                 */
                "destination": {
                    /**
                     * The name of a service from the service registry.
                     */
                    "host": string;
                    /**
                     * Specifies the port on the host that is being addressed.
                     */
                    "port"?: {
                        "number"?: number;
                    };
                    /**
                     * The name of a subset within the service.
                     */
                    "subset"?: string;
                };
                /**
                 * Percentage of the traffic to be mirrored by the `destination` field.
                 */
                "percentage"?: {
                    "value"?: number;
                };
            }>;
            /**
             * The name assigned to the route for debugging purposes.
             */
            "name"?: string;
            /**
             * A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
             */
            "redirect"?: {
                /**
                 * On a redirect, overwrite the Authority/Host portion of the URL with this value.
                 */
                "authority"?: string;
                /**
                 * On a redirect, dynamically set the port: \* FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.
                 *
                 * Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT
                 */
                "derivePort"?: "FROM_PROTOCOL_DEFAULT" | "FROM_REQUEST_PORT";
                /**
                 * On a redirect, overwrite the port portion of the URL with this value.
                 */
                "port"?: number;
                /**
                 * On a redirect, Specifies the HTTP status code to use in the redirect response.
                 */
                "redirectCode"?: number;
                /**
                 * On a redirect, overwrite the scheme portion of the URL with this value.
                 */
                "scheme"?: string;
                /**
                 * On a redirect, overwrite the Path portion of the URL with this value.
                 */
                "uri"?: string;
            } & (Exclude<{
                /**
                 * On a redirect, overwrite the Authority/Host portion of the URL with this value.
                 */
                "authority"?: string;
                /**
                 * On a redirect, dynamically set the port: \* FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.
                 *
                 * Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT
                 */
                "derivePort"?: "FROM_PROTOCOL_DEFAULT" | "FROM_REQUEST_PORT";
                /**
                 * On a redirect, overwrite the port portion of the URL with this value.
                 */
                "port"?: number;
                /**
                 * On a redirect, Specifies the HTTP status code to use in the redirect response.
                 */
                "redirectCode"?: number;
                /**
                 * On a redirect, overwrite the scheme portion of the URL with this value.
                 */
                "scheme"?: string;
                /**
                 * On a redirect, overwrite the Path portion of the URL with this value.
                 */
                "uri"?: string;
            }, {
                /**
                 * On a redirect, overwrite the Authority/Host portion of the URL with this value.
                 */
                "authority"?: string;
                /**
                 * On a redirect, dynamically set the port: \* FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.
                 *
                 * Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT
                 */
                "derivePort"?: "FROM_PROTOCOL_DEFAULT" | "FROM_REQUEST_PORT";
                /**
                 * On a redirect, overwrite the port portion of the URL with this value.
                 */
                "port"?: number;
                /**
                 * On a redirect, Specifies the HTTP status code to use in the redirect response.
                 */
                "redirectCode"?: number;
                /**
                 * On a redirect, overwrite the scheme portion of the URL with this value.
                 */
                "scheme"?: string;
                /**
                 * On a redirect, overwrite the Path portion of the URL with this value.
                 */
                "uri"?: string;
            } & ({
                /**
                 * On a redirect, overwrite the Authority/Host portion of the URL with this value.
                 */
                "authority"?: string;
                /**
                 * On a redirect, dynamically set the port: \* FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.
                 *
                 * Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT
                 */
                "derivePort"?: "FROM_PROTOCOL_DEFAULT" | "FROM_REQUEST_PORT";
                /**
                 * On a redirect, overwrite the port portion of the URL with this value.
                 */
                "port": number;
                /**
                 * On a redirect, Specifies the HTTP status code to use in the redirect response.
                 */
                "redirectCode"?: number;
                /**
                 * On a redirect, overwrite the scheme portion of the URL with this value.
                 */
                "scheme"?: string;
                /**
                 * On a redirect, overwrite the Path portion of the URL with this value.
                 */
                "uri"?: string;
            } | {
                /**
                 * On a redirect, overwrite the Authority/Host portion of the URL with this value.
                 */
                "authority"?: string;
                /**
                 * On a redirect, dynamically set the port: \* FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.
                 *
                 * Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT
                 */
                "derivePort": "FROM_PROTOCOL_DEFAULT" | "FROM_REQUEST_PORT";
                /**
                 * On a redirect, overwrite the port portion of the URL with this value.
                 */
                "port"?: number;
                /**
                 * On a redirect, Specifies the HTTP status code to use in the redirect response.
                 */
                "redirectCode"?: number;
                /**
                 * On a redirect, overwrite the scheme portion of the URL with this value.
                 */
                "scheme"?: string;
                /**
                 * On a redirect, overwrite the Path portion of the URL with this value.
                 */
                "uri"?: string;
            })> | {
                /**
                 * On a redirect, overwrite the Authority/Host portion of the URL with this value.
                 */
                "authority"?: string;
                /**
                 * On a redirect, dynamically set the port: \* FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.
                 *
                 * Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT
                 */
                "derivePort"?: "FROM_PROTOCOL_DEFAULT" | "FROM_REQUEST_PORT";
                /**
                 * On a redirect, overwrite the port portion of the URL with this value.
                 */
                "port": number;
                /**
                 * On a redirect, Specifies the HTTP status code to use in the redirect response.
                 */
                "redirectCode"?: number;
                /**
                 * On a redirect, overwrite the scheme portion of the URL with this value.
                 */
                "scheme"?: string;
                /**
                 * On a redirect, overwrite the Path portion of the URL with this value.
                 */
                "uri"?: string;
            } | {
                /**
                 * On a redirect, overwrite the Authority/Host portion of the URL with this value.
                 */
                "authority"?: string;
                /**
                 * On a redirect, dynamically set the port: \* FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.
                 *
                 * Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT
                 */
                "derivePort": "FROM_PROTOCOL_DEFAULT" | "FROM_REQUEST_PORT";
                /**
                 * On a redirect, overwrite the port portion of the URL with this value.
                 */
                "port"?: number;
                /**
                 * On a redirect, Specifies the HTTP status code to use in the redirect response.
                 */
                "redirectCode"?: number;
                /**
                 * On a redirect, overwrite the scheme portion of the URL with this value.
                 */
                "scheme"?: string;
                /**
                 * On a redirect, overwrite the Path portion of the URL with this value.
                 */
                "uri"?: string;
            });
            /**
             * Retry policy for HTTP requests.
             */
            "retries"?: {
                /**
                 * Number of retries to be allowed for a given request.
                 */
                "attempts"?: number;
                /**
                 * Specifies the minimum duration between retry attempts.
                 */
                "backoff"?: string;
                /**
                 * Timeout per attempt for a given request, including the initial call and any retries.
                 */
                "perTryTimeout"?: string;
                /**
                 * Flag to specify whether the retries should ignore previously tried hosts during retry.
                 */
                "retryIgnorePreviousHosts"?: boolean;
                /**
                 * Specifies the conditions under which retry takes place.
                 */
                "retryOn"?: string;
                /**
                 * Flag to specify whether the retries should retry to other localities.
                 */
                "retryRemoteLocalities"?: boolean;
            };
            /**
             * Rewrite HTTP URIs and Authority headers.
             */
            "rewrite"?: {
                /**
                 * rewrite the Authority/Host header with this value.
                 */
                "authority"?: string;
                /**
                 * rewrite the path (or the prefix) portion of the URI with this value.
                 */
                "uri"?: string;
                /**
                 * rewrite the path portion of the URI with the specified regex.
                 */
                "uriRegexRewrite"?: {
                    /**
                     * [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
                     */
                    "match"?: string;
                    /**
                     * The string that should replace into matching portions of original URI.
                     */
                    "rewrite"?: string;
                };
            };
            /**
             * A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
             */
            "route"?: Array<{
                /**
                 * Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
                 */
                "destination": {
                    /**
                     * The name of a service from the service registry.
                     */
                    "host": string;
                    /**
                     * Specifies the port on the host that is being addressed.
                     */
                    "port"?: {
                        "number"?: number;
                    };
                    /**
                     * The name of a subset within the service.
                     */
                    "subset"?: string;
                };
                "headers"?: {
                    "request"?: {
                        "add"?: {
                            [key: string]: string;
                        };
                        "remove"?: Array<string>;
                        "set"?: {
                            [key: string]: string;
                        };
                    };
                    "response"?: {
                        "add"?: {
                            [key: string]: string;
                        };
                        "remove"?: Array<string>;
                        "set"?: {
                            [key: string]: string;
                        };
                    };
                };
                /**
                 * Weight specifies the relative proportion of traffic to be forwarded to the destination.
                 */
                "weight"?: number;
            }>;
            /**
             * Timeout for HTTP requests, default is disabled.
             */
            "timeout"?: string;
        }>;
        /**
         * An ordered list of route rules for opaque TCP traffic.
         */
        "tcp"?: Array<{
            /**
             * Match conditions to be satisfied for the rule to be activated.
             */
            "match"?: Array<{
                /**
                 * IPv4 or IPv6 ip addresses of destination with optional subnet.
                 */
                "destinationSubnets"?: Array<string>;
                /**
                 * Names of gateways where the rule should be applied.
                 */
                "gateways"?: Array<string>;
                /**
                 * Specifies the port on the host that is being addressed.
                 */
                "port"?: number;
                /**
                 * One or more labels that constrain the applicability of a rule to workloads with the given labels.
                 */
                "sourceLabels"?: {
                    [key: string]: string;
                };
                /**
                 * Source namespace constraining the applicability of a rule to workloads in that namespace.
                 */
                "sourceNamespace"?: string;
                "sourceSubnet"?: string;
            }>;
            /**
             * The destination to which the connection should be forwarded to.
             */
            "route"?: Array<{
                /**
                 * Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
                 */
                "destination": {
                    /**
                     * The name of a service from the service registry.
                     */
                    "host": string;
                    /**
                     * Specifies the port on the host that is being addressed.
                     */
                    "port"?: {
                        "number"?: number;
                    };
                    /**
                     * The name of a subset within the service.
                     */
                    "subset"?: string;
                };
                /**
                 * Weight specifies the relative proportion of traffic to be forwarded to the destination.
                 */
                "weight"?: number;
            }>;
        }>;
        /**
         * An ordered list of route rule for non-terminated TLS & HTTPS traffic.
         */
        "tls"?: Array<{
            /**
             * Match conditions to be satisfied for the rule to be activated.
             */
            "match": Array<{
                /**
                 * IPv4 or IPv6 ip addresses of destination with optional subnet.
                 */
                "destinationSubnets"?: Array<string>;
                /**
                 * Names of gateways where the rule should be applied.
                 */
                "gateways"?: Array<string>;
                /**
                 * Specifies the port on the host that is being addressed.
                 */
                "port"?: number;
                /**
                 * SNI (server name indicator) to match on.
                 */
                "sniHosts": Array<string>;
                /**
                 * One or more labels that constrain the applicability of a rule to workloads with the given labels.
                 */
                "sourceLabels"?: {
                    [key: string]: string;
                };
                /**
                 * Source namespace constraining the applicability of a rule to workloads in that namespace.
                 */
                "sourceNamespace"?: string;
            }>;
            /**
             * The destination to which the connection should be forwarded to.
             */
            "route"?: Array<{
                /**
                 * Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
                 */
                "destination": {
                    /**
                     * The name of a service from the service registry.
                     */
                    "host": string;
                    /**
                     * Specifies the port on the host that is being addressed.
                     */
                    "port"?: {
                        "number"?: number;
                    };
                    /**
                     * The name of a subset within the service.
                     */
                    "subset"?: string;
                };
                /**
                 * Weight specifies the relative proportion of traffic to be forwarded to the destination.
                 */
                "weight"?: number;
            }>;
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
    "apiVersion": "networking.istio.io/v1";
    "kind": "VirtualService";
    "metadata"?: IObjectMeta;
}
export declare class VirtualService extends Model<IVirtualService> implements IVirtualService {
    "spec"?: IVirtualService["spec"];
    "status"?: IVirtualService["status"];
    "apiVersion": IVirtualService["apiVersion"];
    "kind": IVirtualService["kind"];
    "metadata"?: IVirtualService["metadata"];
    static apiVersion: IVirtualService["apiVersion"];
    static kind: IVirtualService["kind"];
    static is: import("@kubernetes-models/base").TypeMetaGuard<IVirtualService>;
    constructor(data?: ModelData<IVirtualService>);
}
