import { ForbiddenError } from '@outloud/server-core';

export const AnalyticsErrors = {
  adminsOnly: () => new ForbiddenError('Only admins can see adoption analytics.'),
};
