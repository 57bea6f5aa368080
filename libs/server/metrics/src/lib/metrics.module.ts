import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { GraphqlTimingMiddleware } from './graphql-timing.middleware';
import { MetricsController } from './metrics.controller';
import { MetricsRegistry } from './metrics.registry';

/** Prometheus metrics at /metrics (prom-client), behind METRICS_TOKEN. */
@Module({
  controllers: [MetricsController],
  providers: [MetricsRegistry, GraphqlTimingMiddleware],
  exports: [MetricsRegistry],
})
export class MetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(GraphqlTimingMiddleware).forRoutes('graphql');
  }
}
