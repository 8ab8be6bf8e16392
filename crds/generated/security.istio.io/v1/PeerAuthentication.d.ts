import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData } from "@kubernetes-models/base";
export interface IPeerAuthentication {
    /**
     * Peer authentication configuration for workloads. See more details at: https://istio.io/docs/reference/config/security/peer_authentication.html
     */
    "spec"?: {
        /**
         * Mutual TLS settings for workload.
         */
        "mtls"?: {
            /**
             * Defines the mTLS mode used for peer authentication.
             *
             * Valid Options: DISABLE, PERMISSIVE, STRICT
             */
            "mode"?: "UNSET" | "DISABLE" | "PERMISSIVE" | "STRICT";
        };
        /**
         * Port specific mutual TLS settings.
         */
        "portLevelMtls"?: {
            [key: string]: {
                /**
                 * Defines the mTLS mode used for peer authentication.
                 *
                 * Valid Options: DISABLE, PERMISSIVE, STRICT
                 */
                "mode"?: "UNSET" | "DISABLE" | "PERMISSIVE" | "STRICT";
            };
        };
        /**
         * The selector determines the workloads to apply the PeerAuthentication on.
         */
        "selector"?: {
            /**
             * One or more labels that indicate a specific set of pods/VMs on which a policy should be applied.
             */
            "matchLabels"?: {
                [key: string]: string;
            };
        };
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
    "apiVersion": "security.istio.io/v1";
    "kind": "PeerAuthentication";
    "metadata"?: IObjectMeta;
}
export declare class PeerAuthentication extends Model<IPeerAuthentication> implements IPeerAuthentication {
    "spec"?: IPeerAuthentication["spec"];
    "status"?: IPeerAuthentication["status"];
    "apiVersion": IPeerAuthentication["apiVersion"];
    "kind": IPeerAuthentication["kind"];
    "metadata"?: IPeerAuthentication["metadata"];
    static apiVersion: IPeerAuthentication["apiVersion"];
    static kind: IPeerAuthentication["kind"];
    static is: import("@kubernetes-models/base").TypeMetaGuard<IPeerAuthentication>;
    constructor(data?: ModelData<IPeerAuthentication>);
}
