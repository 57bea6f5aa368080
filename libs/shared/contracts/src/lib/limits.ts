/** Input limits shared by the API (validation) and the web client (form hints). */
export const LIMITS = {
  handle: { min: 2, max: 30 },
  displayName: { min: 1, max: 80 },
  email: { max: 254 },
  password: { min: 10, max: 256 },
  jobTitle: { max: 100 },
  department: { max: 100 },
  location: { max: 100 },
  bio: { max: 1000 },
  expertise: { maxTags: 20, tagMax: 40 },
  avatar: { maxBytes: 256 * 1024 },
  searchQuery: { max: 500 },
  pageSize: { default: 20, max: 100 },
  /** An admin's reason for deactivating someone (audit log). */
  deactivationReason: { max: 500 },
} as const;

/** Image types accepted for avatars, detected from the bytes (never from a name or header). */
export const AVATAR_MIME_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type AvatarMimeType = (typeof AVATAR_MIME_TYPES)[number];

/** Limits of the stream (posts and replies). */
export const LIMITS_STREAM = {
  postBody: 10_000,
  replyBody: 5_000,
  trendingTags: { max: 50, days: 7 },
} as const;
