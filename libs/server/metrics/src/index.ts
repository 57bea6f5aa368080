export { MetricsModule } from './lib/metrics.module';
export { MetricsRegistry } from './lib/metrics.registry';
export { serveClusterMetrics } from './lib/cluster-metrics';
