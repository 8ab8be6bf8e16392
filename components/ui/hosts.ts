// The UIs the platform serves on host names, and their names: one list for the config validation, the routes and
// the stack outputs.

/** Served as `<app>.<domain>`. */
export const UI_APPS = ["grafana", "kiali", "prometheus"] as const;
export type UiApp = (typeof UI_APPS)[number];

/** The host name of every UI under `domain`. */
export function uiHosts(domain: string): Record<UiApp, string> {
    return { grafana: `grafana.${domain}`, kiali: `kiali.${domain}`, prometheus: `prometheus.${domain}` };
}
