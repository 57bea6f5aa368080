import { handleProblem, LIMITS, passwordProblem } from '@outloud/contracts';
import { cleanLine, cleanText } from '@outloud/server-core';
import { z } from 'zod';

const line = (label: string, max: number) =>
  z
    .string()
    .transform(cleanLine)
    .refine((v) => v.length <= max, `${label} must be at most ${max} characters.`);

const optionalLine = (label: string, max: number) =>
  line(label, max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const handleSchema = z
  .string()
  .transform((v) => v.trim())
  .superRefine((v, ctx) => {
    const problem = handleProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const emailSchema = z
  .string()
  .transform((v) => v.trim().normalize('NFC'))
  .refine((v) => v.length > 0, 'E-mail is required.')
  .refine(
    (v) => v.length <= LIMITS.email.max,
    `E-mail must be at most ${LIMITS.email.max} characters.`,
  )
  // Pragmatic check: one @, something on both sides, a dot in the domain, no spaces or controls.
  .refine(
    (v) => /^[^\s@\u0000-\u001f]+@[^\s@\u0000-\u001f]+\.[^\s@\u0000-\u001f]+$/.test(v),
    'E-mail is not a valid address.',
  );

export const displayNameSchema = line('Name', LIMITS.displayName.max).refine(
  (v) => v.length > 0,
  'Name is required.',
);

export const expertiseSchema = z
  .array(line('An expertise tag', LIMITS.expertise.tagMax))
  .max(LIMITS.expertise.maxTags, `At most ${LIMITS.expertise.maxTags} expertise tags.`)
  .transform((tags) => [...new Set(tags.map((t) => t.toLowerCase()).filter((t) => t.length > 0))]);

export const signUpSchema = z
  .object({
    handle: handleSchema,
    displayName: displayNameSchema,
    email: emailSchema,
    password: z.string(),
  })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password, { handle: v.handle, email: v.email });
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
  });

export const logInSchema = z.object({
  login: z
    .string()
    .transform((v) => v.trim())
    .refine((v) => v.length > 0, 'Enter your handle or e-mail.')
    .refine((v) => v.length <= LIMITS.email.max, 'That handle or e-mail is too long.'),
  password: z
    .string()
    .refine((v) => v.length > 0, 'Enter your password.')
    .refine((v) => v.length <= LIMITS.password.max, 'That password is too long.'),
});

export const updateProfileSchema = z.object({
  displayName: displayNameSchema.optional(),
  jobTitle: optionalLine('Job title', LIMITS.jobTitle.max),
  department: optionalLine('Department', LIMITS.department.max),
  location: optionalLine('Location', LIMITS.location.max),
  bio: z
    .string()
    .transform(cleanText)
    .refine((v) => v.length <= LIMITS.bio.max, `Bio must be at most ${LIMITS.bio.max} characters.`)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  expertise: expertiseSchema.optional(),
  avatarDataUrl: z.string().optional().nullable(),
  removeAvatar: z.boolean().optional().nullable(),
});

export type SignUpValues = z.output<typeof signUpSchema>;
export type UpdateProfileValues = z.output<typeof updateProfileSchema>;
