import { RoutingResolver } from './lib/routing.resolver';

export { RoutingModule } from './lib/routing.module';
export { EXPERT_ROUNDS, RoutingService } from './lib/routing.service';
export { ROUTING_TICK_MS } from './lib/routing.listeners';
export { RoutingSettingsService } from './lib/routing-settings.service';
export {
  DEFAULT_ROUTING_SETTINGS,
  ROUTING_LIMITS,
  type RoutingSettingsValues,
} from './lib/routing-settings';
export * from './lib/working-hours';

/** Resolver classes, for generating the schema without a database. */
export const ROUTING_RESOLVERS = [RoutingResolver];
