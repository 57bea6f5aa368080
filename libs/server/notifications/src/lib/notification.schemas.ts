import { NotificationType } from '@outloud/contracts';
import { z } from 'zod';

/** Notification ids are bigserials, exposed as decimal strings. */
const notificationId = z.string().regex(/^[0-9]{1,18}$/, { message: 'Not a notification id.' });

export const idsSchema = z.array(notificationId).min(1).max(100);
export const afterIdSchema = z.union([notificationId, z.literal('0')]);
export const sinceLimitSchema = z.number().int().min(1).max(200).default(100);
export const preferenceSchema = z.object({
  type: z.nativeEnum(NotificationType),
  enabled: z.boolean(),
});
