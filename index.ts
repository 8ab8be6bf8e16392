// The Pulumi entry point: validate the whole stack config first (nothing is registered when it is
// invalid), then build the platform and export what users reach it by.
import { loadKubernetesSettings, loadStackConfig } from "./stacks/load-config.ts";
import { buildPlatform } from "./stacks/platform.ts";

const platform = buildPlatform(loadStackConfig(), loadKubernetesSettings());

export const meshMode = platform.meshMode;
export const meshModeRestart = platform.meshModeRestart;
export const sampling = platform.sampling;
export const grafana = platform.grafana;
export const grafanaAdminPassword = platform.grafanaAdminPassword;
export const kiali = platform.kiali;
export const ingressGateway = platform.ingressGateway;
export const otlpEndpoints = platform.otlpEndpoints;
export const demo = platform.demo;
export const traceCheck = platform.traceCheck;
export const prometheus = platform.prometheus;
export const uiCaCertificate = platform.uiCaCertificate;
export const logs = platform.logs;
