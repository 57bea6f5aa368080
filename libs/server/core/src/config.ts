// Configuration alone, for scripts that check settings without loading the server (npm start
// validates them before the build).
export { AppConfig, ConfigError } from './lib/config/app-config';
