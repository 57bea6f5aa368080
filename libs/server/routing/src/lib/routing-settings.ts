import { z } from 'zod';

/** What admins set for routing; stored in `routing_settings`, these defaults until then. */
export interface RoutingSettingsValues {
  enabled: boolean;
  /** Working hours a question waits without a reply from someone else before each round. */
  delayWorkingHours: number;
  /** Routed questions one person is offered per local day, at most. */
  dailyCap: number;
  /** People a question is offered to per round. */
  peoplePerRound: number;
  workdayStartHour: number;
  workdayEndHour: number;
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  workingDays: number[];
}

export const DEFAULT_ROUTING_SETTINGS: RoutingSettingsValues = {
  enabled: true,
  delayWorkingHours: 4,
  dailyCap: 3,
  peoplePerRound: 3,
  workdayStartHour: 9,
  workdayEndHour: 17,
  workingDays: [1, 2, 3, 4, 5],
};

/** The ranges admins may choose from (BAD_USER_INPUT outside them). */
export const ROUTING_LIMITS = {
  delayWorkingHours: { min: 1, max: 40 },
  dailyCap: { min: 1, max: 20 },
  peoplePerRound: { min: 1, max: 10 },
} as const;

const int = (name: string, min: number, max: number) =>
  z
    .number()
    .int(`${name} must be a whole number.`)
    .min(min, `${name} must be between ${min} and ${max}.`)
    .max(max, `${name} must be between ${min} and ${max}.`);

/** A change: every field optional; the result must still be a working schedule. */
export const routingSettingsSchema = z
  .object({
    enabled: z.boolean().optional(),
    delayWorkingHours: int(
      'The delay',
      ROUTING_LIMITS.delayWorkingHours.min,
      ROUTING_LIMITS.delayWorkingHours.max,
    ).optional(),
    dailyCap: int(
      'The daily limit',
      ROUTING_LIMITS.dailyCap.min,
      ROUTING_LIMITS.dailyCap.max,
    ).optional(),
    peoplePerRound: int(
      'People per round',
      ROUTING_LIMITS.peoplePerRound.min,
      ROUTING_LIMITS.peoplePerRound.max,
    ).optional(),
    workdayStartHour: int('The start hour', 0, 23).optional(),
    workdayEndHour: int('The end hour', 1, 24).optional(),
    workingDays: z
      .array(int('A working day', 1, 7))
      .min(1, 'Choose at least one working day.')
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'Each working day once.')
      .optional(),
  })
  .strict();

export type RoutingSettingsChange = z.infer<typeof routingSettingsSchema>;
