import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData } from "@kubernetes-models/base";
/**
 * L2Advertisement allows to advertise the LoadBalancer IPs provided
 * by the selected pools via L2.
 */
export interface IL2Advertisement {
    /**
     * APIVersion defines the versioned schema of this representation of an object.
     * Servers should convert recognized schemas to the latest internal value, and
     * may reject unrecognized values.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
     */
    "apiVersion": "metallb.io/v1beta1";
    /**
     * Kind is a string value representing the REST resource this object represents.
     * Servers may infer this from the endpoint the client submits requests to.
     * Cannot be updated.
     * In CamelCase.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
     */
    "kind": "L2Advertisement";
    "metadata"?: IObjectMeta;
    /**
     * L2AdvertisementSpec defines the desired state of L2Advertisement.
     */
    "spec"?: {
        /**
         * A list of interfaces to announce from. The LB IP will be announced only from these interfaces.
         * If the field is not set, we advertise from all the interfaces on the host.
         */
        "interfaces"?: Array<string>;
        /**
         * A selector for the IPAddressPools which would get advertised via this advertisement.
         * If no IPAddressPool is selected by this or by the list, the advertisement is applied to all the IPAddressPools.
         */
        "ipAddressPoolSelectors"?: Array<{
            /**
             * matchExpressions is a list of label selector requirements. The requirements are ANDed.
             */
            "matchExpressions"?: Array<{
                /**
                 * key is the label key that the selector applies to.
                 */
                "key": string;
                /**
                 * operator represents a key's relationship to a set of values.
                 * Valid operators are In, NotIn, Exists and DoesNotExist.
                 */
                "operator": string;
                /**
                 * values is an array of string values. If the operator is In or NotIn,
                 * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                 * the values array must be empty. This array is replaced during a strategic
                 * merge patch.
                 */
                "values"?: Array<string>;
            }>;
            /**
             * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
             * map is equivalent to an element of matchExpressions, whose key field is "key", the
             * operator is "In", and the values array contains only "value". The requirements are ANDed.
             */
            "matchLabels"?: {
                [key: string]: string;
            };
        }>;
        /**
         * The list of IPAddressPools to advertise via this advertisement, selected by name.
         */
        "ipAddressPools"?: Array<string>;
        /**
         * NodeSelectors allows to limit the nodes to announce as next hops for the LoadBalancer IP. When empty, all the nodes having  are announced as next hops.
         */
        "nodeSelectors"?: Array<{
            /**
             * matchExpressions is a list of label selector requirements. The requirements are ANDed.
             */
            "matchExpressions"?: Array<{
                /**
                 * key is the label key that the selector applies to.
                 */
                "key": string;
                /**
                 * operator represents a key's relationship to a set of values.
                 * Valid operators are In, NotIn, Exists and DoesNotExist.
                 */
                "operator": string;
                /**
                 * values is an array of string values. If the operator is In or NotIn,
                 * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                 * the values array must be empty. This array is replaced during a strategic
                 * merge patch.
                 */
                "values"?: Array<string>;
            }>;
            /**
             * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
             * map is equivalent to an element of matchExpressions, whose key field is "key", the
             * operator is "In", and the values array contains only "value". The requirements are ANDed.
             */
            "matchLabels"?: {
                [key: string]: string;
            };
        }>;
        /**
         * ServiceSelectors limits the set of services that will be advertised via this advertisement.
         * If empty, all services from the selected pools are advertised.
         */
        "serviceSelectors"?: Array<{
            /**
             * matchExpressions is a list of label selector requirements. The requirements are ANDed.
             */
            "matchExpressions"?: Array<{
                /**
                 * key is the label key that the selector applies to.
                 */
                "key": string;
                /**
                 * operator represents a key's relationship to a set of values.
                 * Valid operators are In, NotIn, Exists and DoesNotExist.
                 */
                "operator": string;
                /**
                 * values is an array of string values. If the operator is In or NotIn,
                 * the values array must be non-empty. If the operator is Exists or DoesNotExist,
                 * the values array must be empty. This array is replaced during a strategic
                 * merge patch.
                 */
                "values"?: Array<string>;
            }>;
            /**
             * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
             * map is equivalent to an element of matchExpressions, whose key field is "key", the
             * operator is "In", and the values array contains only "value". The requirements are ANDed.
             */
            "matchLabels"?: {
                [key: string]: string;
            };
        }>;
    };
    /**
     * L2AdvertisementStatus defines the observed state of L2Advertisement.
     */
    "status"?: {};
}
/**
 * L2Advertisement allows to advertise the LoadBalancer IPs provided
 * by the selected pools via L2.
 */
export declare class L2Advertisement extends Model<IL2Advertisement> implements IL2Advertisement {
    "apiVersion": IL2Advertisement["apiVersion"];
    "kind": IL2Advertisement["kind"];
    "metadata"?: IL2Advertisement["metadata"];
    "spec"?: IL2Advertisement["spec"];
    "status"?: IL2Advertisement["status"];
    static apiVersion: IL2Advertisement["apiVersion"];
    static kind: IL2Advertisement["kind"];
    static is: import("@kubernetes-models/base").TypeMetaGuard<IL2Advertisement>;
    constructor(data?: ModelData<IL2Advertisement>);
}
