export { MetricsModule } from './lib/metrics.module';
export { MetricsRegistry } from './lib/metrics.registry';
