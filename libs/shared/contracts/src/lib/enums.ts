export enum UserRole {
  Member = 'member',
  Moderator = 'moderator',
  Admin = 'admin',
}

export enum UserStatus {
  Active = 'active',
  Deactivated = 'deactivated',
}

/** Machine-readable error codes carried in GraphQL `extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  RateLimited = 'RATE_LIMITED',
  Conflict = 'CONFLICT',
  Internal = 'INTERNAL_SERVER_ERROR',
}
