/** Injection token for the resolved PostgreSQL URL (external or embedded). */
export const DATABASE_URL = Symbol('DATABASE_URL');
