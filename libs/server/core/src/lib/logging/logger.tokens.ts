/** Injection token for the process's pino logger. */
export const PINO_LOGGER = Symbol('PINO_LOGGER');
