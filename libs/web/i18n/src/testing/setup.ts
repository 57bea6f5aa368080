// Jest setup for web projects: English, strict (a missing key or a broken message fails the test).
import { initI18n } from '../lib/i18n';

initI18n('en', { strict: true });
