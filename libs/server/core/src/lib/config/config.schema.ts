import { z } from 'zod';

/**
 * Every setting Outloud reads, with a description and whether it is sensitive (never logged).
 * `.env.example` and the README table are written from this list.
 */
interface Setting {
  description: string;
  sensitive?: boolean;
  schema: z.ZodType;
}

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((v) => ['true', '1', 'yes'].includes(v));

const int = (fallback: number, min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(min, { message: `must be at least ${min}` })
    .max(max, { message: `must be at most ${max}` })
    .default(fallback);

const url = (protocols: string[]) =>
  z
    .string()
    .url({ message: 'must be a URL' })
    .refine((v) => protocols.some((p) => v.startsWith(`${p}://`)), {
      message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    });

export const SETTINGS = {
  NODE_ENV: {
    description:
      'development, production or test. Production hides introspection and serves the built web client.',
    schema: z.enum(['development', 'production', 'test']).default('development'),
  },
  HOST: {
    description: 'Address the HTTP server binds to.',
    schema: z.string().min(1).default('127.0.0.1'),
  },
  PORT: {
    description: 'Port for the API, web client and websockets.',
    schema: int(3000, 0, 65535),
  },
  DATABASE_URL: {
    description:
      'PostgreSQL connection string. Unset: an embedded PostgreSQL is started under DATA_DIR.',
    sensitive: true,
    schema: url(['postgres', 'postgresql']).optional(),
  },
  DATA_DIR: {
    description:
      'Where the embedded PostgreSQL and uploaded files live (persists across restarts).',
    schema: z.string().min(1).default('.data'),
  },
  DATABASE_STATEMENT_TIMEOUT_MS: {
    description:
      'Longest a database statement may run before PostgreSQL cancels it; the client gives up 2 s later (a stalled server).',
    schema: int(10_000, 100, 600_000),
  },
  DATABASE_LOCK_TIMEOUT_MS: {
    description: 'Longest a statement waits for a lock before giving up.',
    schema: int(5_000, 100, 600_000),
  },
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: {
    description: 'A transaction left idle this long is ended by PostgreSQL (its locks released).',
    schema: int(60_000, 1_000, 3_600_000),
  },
  DATABASE_POOL_ACQUIRE_TIMEOUT_MS: {
    description:
      'Longest a request waits for a database connection (from the pool, or a new one) before SERVICE_UNAVAILABLE.',
    schema: int(5_000, 100, 600_000),
  },
  EMBEDDED_PG_PORT: {
    description: 'Port of the embedded PostgreSQL.',
    schema: int(54329, 1024, 65535),
  },
  MEILI_URL: {
    description: 'Meilisearch URL. Unset: search uses PostgreSQL full-text search.',
    schema: url(['http', 'https']).optional(),
  },
  MEILI_API_KEY: {
    description: 'Meilisearch API key.',
    sensitive: true,
    schema: z.string().optional(),
  },
  REDIS_URL: {
    description: 'Redis URL for sharing socket.io rooms across API nodes. Unset: single node.',
    sensitive: true,
    schema: url(['redis', 'rediss']).optional(),
  },
  LOG_LEVEL: {
    description: 'pino log level.',
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  },
  COOKIE_SECURE: {
    description: 'auto (Secure when the request is HTTPS), true or false.',
    schema: z.enum(['auto', 'true', 'false']).default('auto'),
  },
  TRUST_PROXY: {
    description: 'Trust X-Forwarded-* headers from a reverse proxy.',
    schema: bool(false),
  },
  OPEN_SIGNUP: {
    description: 'Initial value of open sign-up (admins can change it later).',
    schema: bool(true),
  },
  SEED_DEMO: {
    description: 'Seed the demo organisation when the database is empty.',
    schema: bool(true),
  },
  SHUTDOWN_DRAIN_MS: {
    description:
      "On SIGTERM, how long /readyz answers 503 while requests are still served, before the server stops listening: set it above the load balancer's readiness period (0: stop at once).",
    schema: int(0, 0, 60_000),
  },
  WORKER_MODE: {
    description:
      'inline: this process runs background jobs; only: jobs and no HTTP (needs DATABASE_URL; with REDIS_URL its live pushes reach every API node); off: HTTP only.',
    schema: z.enum(['inline', 'only', 'off']).default('inline'),
  },
  HTTP_PROCESSES: {
    description:
      'auto or 1–32 HTTP processes on PORT (Node cluster). auto: one per core, one core left to a PostgreSQL on this machine. Above 1: WebSocket only.',
    schema: z
      .string()
      .default('auto')
      .refine((v) => v === 'auto' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 32), {
        message: 'must be auto or a whole number from 1 to 32',
      })
      .transform((v): 'auto' | number => (v === 'auto' ? 'auto' : Number(v))),
  },
  WEB_DIST_DIR: {
    description: 'Built web client served in production.',
    schema: z.string().default('dist/web'),
  },
  GRAPHQL_MAX_DEPTH: { description: 'Deepest GraphQL selection accepted.', schema: int(12, 2, 50) },
  GRAPHQL_MAX_COST: {
    description:
      'Largest estimated GraphQL query cost accepted (each field 1, a page field times its page size).',
    schema: int(10_000, 10, 1_000_000),
  },
  GRAPHQL_MAX_ALIASES: {
    description: 'Most aliases in one GraphQL document.',
    schema: int(30, 1, 1000),
  },
  GRAPHQL_MAX_DIRECTIVES: {
    description: 'Most directives in one GraphQL document.',
    schema: int(20, 1, 1000),
  },
  GRAPHQL_MAX_TOKENS: {
    description: 'Most tokens in one GraphQL document (parsing stops there).',
    schema: int(2000, 100, 100_000),
  },
  LOGIN_MAX_FAILURES_PER_ACCOUNT: {
    description:
      'Failed log-ins per account per window from devices that never signed in to it (a device that did keeps its own count of the same size).',
    schema: int(10, 1, 1000),
  },
  LOGIN_MAX_FAILURES_PER_ADDRESS_ACCOUNT: {
    description: 'Failed log-ins per (client address, account) per window.',
    schema: int(5, 1, 1000),
  },
  LOGIN_MAX_FAILURES_PER_ADDRESS: {
    description:
      'Failed log-ins per client address per window, all accounts together: generous, as a whole office may share one address.',
    schema: int(200, 1, 100_000),
  },
  LOGIN_FAILURE_WINDOW_SECONDS: {
    description: 'Window for counting failed log-ins.',
    schema: int(900, 1, 86400),
  },
  SESSION_TTL_DAYS: { description: 'Days a session lasts without use.', schema: int(30, 1, 365) },
  FILE_MAX_BYTES: {
    description: 'Largest file upload accepted, in bytes (enforced while streaming).',
    schema: int(100 * 1024 * 1024, 1, 1024 ** 4),
  },
  FILE_QUOTA_BYTES: {
    description:
      'Storage per person, in bytes: the sum of every file version they uploaded (enforced while streaming).',
    schema: int(10 * 1024 ** 3, 1, 1024 ** 5),
  },
  UPLOADS_PER_USER: {
    description: 'Uploads one person may have in flight at once; more get 429 RATE_LIMITED.',
    schema: int(3, 1, 100),
  },
  RATE_LIMIT_POSTS_PER_HOUR: {
    description:
      'Status updates one person may write per hour (spam brake; per person, never per address).',
    schema: int(30, 1, 1_000_000),
  },
  RATE_LIMIT_REPLIES_PER_HOUR: {
    description: 'Replies one person may write per hour.',
    schema: int(60, 1, 1_000_000),
  },
  RATE_LIMIT_MENTIONS_PER_HOUR: {
    description: 'People one person may newly mention per hour, across posts, replies and edits.',
    schema: int(150, 1, 1_000_000),
  },
  RATE_LIMIT_UPLOADS_PER_HOUR: {
    description: 'Files (and new versions) one person may upload per hour.',
    schema: int(30, 1, 1_000_000),
  },
  RATE_LIMIT_REPORTS_PER_HOUR: {
    description: 'Reports of content one person may file per hour.',
    schema: int(20, 1, 1_000_000),
  },
  RATE_LIMIT_NEW_ACCOUNT_PERCENT: {
    description:
      'Accounts younger than RATE_LIMIT_NEW_ACCOUNT_HOURS get this share (in %) of each hourly limit above (at least 1).',
    schema: int(20, 1, 100),
  },
  RATE_LIMIT_NEW_ACCOUNT_HOURS: {
    description: 'How long an account counts as new for the stricter limits.',
    schema: int(24, 0, 24 * 365),
  },
  MODERATION_HOLD_REPORTS: {
    description:
      'Distinct people whose open reports hide an item pending review (never content of moderators or admins).',
    schema: int(3, 1, 1000),
  },
  UPLOAD_IDLE_TIMEOUT_SECONDS: {
    description: 'An upload that sends no bytes for this long is aborted (slow-loris protection).',
    schema: int(30, 1, 3600),
  },
  S3_BUCKET: {
    description: 'S3-compatible bucket for uploaded files. Unset: files live under DATA_DIR/files.',
    schema: z.string().min(1).optional(),
  },
  S3_REGION: {
    description: 'Region of the S3 bucket.',
    schema: z.string().min(1).default('us-east-1'),
  },
  S3_ENDPOINT: {
    description: 'Endpoint of an S3-compatible service (MinIO, Ceph...). Unset: AWS.',
    schema: url(['http', 'https']).optional(),
  },
  S3_FORCE_PATH_STYLE: {
    description: 'Address the bucket by path (most S3-compatible services need this).',
    schema: bool(false),
  },
  S3_ACCESS_KEY_ID: {
    description: 'S3 access key id. Unset: the AWS SDK default credential chain.',
    sensitive: true,
    schema: z.string().optional(),
  },
  S3_SECRET_ACCESS_KEY: {
    description: 'S3 secret access key.',
    sensitive: true,
    schema: z.string().optional(),
  },
  SMTP_URL: {
    description:
      'SMTP server for e-mail digests (smtp:// or smtps://, credentials in the URL). Unset: no e-mail.',
    sensitive: true,
    schema: url(['smtp', 'smtps']).optional(),
  },
  MAIL_FROM: {
    description: 'Sender address of e-mail digests.',
    schema: z.string().min(3).default('Outloud <no-reply@outloud.local>'),
  },
  PUBLIC_URL: {
    description: 'Address people open Outloud at, for links in e-mails. Unset: http://HOST:PORT.',
    schema: url(['http', 'https']).optional(),
  },
  DIGEST_HOUR_UTC: {
    description: 'Hour of the day (UTC) from which the daily e-mail digests are sent.',
    schema: int(7, 0, 23),
  },
  PASSWORD_LOGIN: {
    description:
      'Log-in with local passwords. false: everyone signs in through OIDC, except BREAK_GLASS_ADMIN.',
    schema: bool(true),
  },
  BREAK_GLASS_ADMIN: {
    description:
      'Handle of the one admin who may still log in with a password when PASSWORD_LOGIN=false (emergency access).',
    schema: z.string().min(2).max(30).optional(),
  },
  METRICS_TOKEN: {
    description:
      'Bearer token Prometheus sends to scrape /metrics (at least 16 characters). Unset: /metrics answers 404.',
    sensitive: true,
    schema: z.string().min(16).optional(),
  },
  OIDC_ISSUER: {
    description:
      'OpenID Connect issuer of your identity provider (https; http only on 127.0.0.1/localhost). Unset: no single sign-on.',
    schema: url(['https', 'http']).optional(),
  },
  OIDC_CLIENT_ID: {
    description: 'Client id Outloud is registered with at the identity provider.',
    schema: z.string().min(1).optional(),
  },
  OIDC_CLIENT_SECRET: {
    description: 'Client secret. Unset: a public client (PKCE only).',
    sensitive: true,
    schema: z.string().min(1).optional(),
  },
  OIDC_PROVIDER_NAME: {
    description: 'Shown on the log-in page as "Sign in with <name>".',
    schema: z.string().min(1).max(40).default('SSO'),
  },
  OIDC_SCOPES: {
    description: 'Scopes requested at sign-in (space-separated; must include openid).',
    schema: z
      .string()
      .default('openid email profile')
      .refine((v) => v.split(/\s+/).includes('openid'), { message: 'must include openid' }),
  },
  OIDC_ALLOWED_EMAIL_DOMAINS: {
    description:
      'Comma-separated e-mail domains allowed to sign in through OIDC (e.g. corp.example). Unset: any.',
    schema: z.string().optional(),
  },
  OIDC_EMAIL_VERIFIED_BY_PROVIDER: {
    description:
      'Treat e-mail addresses as verified when the provider sends no email_verified claim (Microsoft Entra ID).',
    schema: bool(false),
  },
  OIDC_CLAIM_HANDLE: {
    description: "Claim a new account's handle is made from (else the e-mail's local part).",
    schema: z.string().min(1).default('preferred_username'),
  },
  OIDC_CLAIM_NAME: {
    description: 'Claim holding the display name.',
    schema: z.string().min(1).default('name'),
  },
  OIDC_CLAIM_TITLE: {
    description: 'Claim holding the job title.',
    schema: z.string().min(1).default('title'),
  },
  OIDC_CLAIM_DEPARTMENT: {
    description: 'Claim holding the department.',
    schema: z.string().min(1).default('department'),
  },
  OIDC_CLAIM_LOCALE: {
    description: 'Claim holding the preferred language (BCP 47, e.g. sv-SE).',
    schema: z.string().min(1).default('locale'),
  },
  OIDC_CLAIM_GROUPS: {
    description:
      "Claim listing the person's groups, for OIDC_ADMIN_GROUPS and OIDC_MODERATOR_GROUPS. Unset: roles are managed in Outloud.",
    schema: z.string().min(1).optional(),
  },
  OIDC_ADMIN_GROUPS: {
    description: 'Comma-separated groups whose members are admins (needs OIDC_CLAIM_GROUPS).',
    schema: z.string().optional(),
  },
  OIDC_MODERATOR_GROUPS: {
    description: 'Comma-separated groups whose members are moderators (needs OIDC_CLAIM_GROUPS).',
    schema: z.string().optional(),
  },
} satisfies Record<string, Setting>;

export type SettingName = keyof typeof SETTINGS;
export type AppConfigValues = { [K in SettingName]: z.output<(typeof SETTINGS)[K]['schema']> };
