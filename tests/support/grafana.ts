// What Grafana makes of our provisioned datasources: the two reads a link depends on, modelled on Grafana 13.2's code.

/**
 * A provisioned string as Grafana reads it: split at `$$`, each part expanded from the environment (`os.ExpandEnv`:
 * `$NAME` and `${...}` become the variable's value, here always unset, so empty), joined with `$`
 * (grafana pkg/services/provisioning/values/values.go `interpolateValue`).
 */
export function grafanaProvisioned(value: string): string {
    return value
        .split("$$")
        .map((part) => part.replace(/\$\{[^}]*\}|\$[A-Za-z0-9_]+/g, ""))
        .join("$");
}

/**
 * The label a `label` derived field takes its value from: the first key of the line's labels (indexed, parsed and
 * structured metadata) that the matcher, as a regular expression, matches (grafana public/app/plugins/datasource/loki/
 * getDerivedFields.ts).
 */
export function derivedFieldLabel(matcherRegex: string, labelKeys: readonly string[]): string | undefined {
    return labelKeys.find((key) => new RegExp(matcherRegex).test(key));
}
