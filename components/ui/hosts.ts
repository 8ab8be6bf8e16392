// The UIs the platform serves on host names, and their names: one list for the config validation, the routes and
// the stack outputs.

/** Served as `<app>.<domain>`. */
export const UI_APPS = ["grafana", "kiali", "prometheus"] as const;
export type UiApp = (typeof UI_APPS)[number];

/**
 * The UIs published on host names: Grafana and Kiali, which sign users in; Prometheus, which has no sign-in, only when
 * asked (`ui.publishPrometheus`): through the gateway anyone who reaches it could query every series.
 */
export function publishedUiApps(publishPrometheus: boolean): UiApp[] {
    return UI_APPS.filter((app) => app !== "prometheus" || publishPrometheus);
}

/** The host name of every UI under `domain`. */
export function uiHosts(domain: string): Record<UiApp, string> {
    return { grafana: `grafana.${domain}`, kiali: `kiali.${domain}`, prometheus: `prometheus.${domain}` };
}
