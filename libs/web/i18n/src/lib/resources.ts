// The catalogues, one JSON file per feature namespace and language (see README.md).
// A new namespace: add its two files and one line per language below.
import enCommon from '../locales/en/common.json';
import enUi from '../locales/en/ui.json';
import enShell from '../locales/en/shell.json';
import enAuth from '../locales/en/auth.json';
import enStream from '../locales/en/stream.json';
import enCommunities from '../locales/en/communities.json';
import enSearch from '../locales/en/search.json';
import enNotifications from '../locales/en/notifications.json';
import enFiles from '../locales/en/files.json';
import enBookmarks from '../locales/en/bookmarks.json';
import enPeople from '../locales/en/people.json';
import enAnalytics from '../locales/en/analytics.json';
import enSettings from '../locales/en/settings.json';
import enModeration from '../locales/en/moderation.json';
import enAdmin from '../locales/en/admin.json';
import enTokens from '../locales/en/tokens.json';
import svCommon from '../locales/sv/common.json';
import svUi from '../locales/sv/ui.json';
import svShell from '../locales/sv/shell.json';
import svAuth from '../locales/sv/auth.json';
import svStream from '../locales/sv/stream.json';
import svCommunities from '../locales/sv/communities.json';
import svSearch from '../locales/sv/search.json';
import svNotifications from '../locales/sv/notifications.json';
import svFiles from '../locales/sv/files.json';
import svBookmarks from '../locales/sv/bookmarks.json';
import svPeople from '../locales/sv/people.json';
import svAnalytics from '../locales/sv/analytics.json';
import svSettings from '../locales/sv/settings.json';
import svModeration from '../locales/sv/moderation.json';
import svAdmin from '../locales/sv/admin.json';
import svTokens from '../locales/sv/tokens.json';

export const en = {
  common: enCommon,
  ui: enUi,
  shell: enShell,
  auth: enAuth,
  stream: enStream,
  communities: enCommunities,
  search: enSearch,
  notifications: enNotifications,
  files: enFiles,
  bookmarks: enBookmarks,
  people: enPeople,
  analytics: enAnalytics,
  settings: enSettings,
  moderation: enModeration,
  admin: enAdmin,
  tokens: enTokens,
};

export const sv = {
  common: svCommon,
  ui: svUi,
  shell: svShell,
  auth: svAuth,
  stream: svStream,
  communities: svCommunities,
  search: svSearch,
  notifications: svNotifications,
  files: svFiles,
  bookmarks: svBookmarks,
  people: svPeople,
  analytics: svAnalytics,
  settings: svSettings,
  moderation: svModeration,
  admin: svAdmin,
  tokens: svTokens,
};

export type Namespace = keyof typeof en;
export const NAMESPACES = Object.keys(en) as Namespace[];

/** Swedish must have every English key (a test lists what is missing); typed by English. */
export const resources: Record<'en' | 'sv', Record<Namespace, object>> = { en, sv };
