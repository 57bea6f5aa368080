import { handleProblem, LIMITS, passwordProblem, UserRole, UserStatus } from '@outloud/contracts';
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

export const changePasswordSchema = z.object({
  currentPassword: z
    .string()
    .refine((v) => v.length > 0, 'Enter your current password.')
    .refine((v) => v.length <= LIMITS.password.max, 'That password is too long.'),
  newPassword: z.string(),
});

/** BCP 47 language tag, e.g. "sv" or "sv-SE". */
export const localeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Locale must be a language tag such as sv-SE.')
  .max(35);

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
  /** The interface language the person chose (null: the browser decides). */
  locale: localeSchema.nullable().optional(),
});

/** The people administration's filters: each optional, all must hold. */
export const peopleFilterSchema = z.object({
  query: z
    .string()
    .transform((v) => v.trim())
    .refine(
      (v) => v.length <= LIMITS.handle.max + LIMITS.displayName.max,
      'Search text is too long.',
    )
    .nullish(),
  department: optionalLine('Department', LIMITS.department.max),
  role: z.nativeEnum(UserRole).nullish(),
  status: z.nativeEnum(UserStatus).nullish(),
});

export type PeopleFilterValues = z.output<typeof peopleFilterSchema>;

/** Why an admin deactivates someone: optional, one paragraph, kept in the audit log. */
export const deactivationReasonSchema = z
  .string()
  .transform(cleanText)
  .refine(
    (v) => v.length <= LIMITS.deactivationReason.max,
    `The reason must be at most ${LIMITS.deactivationReason.max} characters.`,
  )
  .transform((v) => (v === '' ? null : v))
  .nullish();

export type SignUpValues = z.output<typeof signUpSchema>;
export type UpdateProfileValues = z.output<typeof updateProfileSchema>;

/** A person as the identity provider or HR directory describes them. */
export interface DirectoryPerson {
  /** Handle candidates in order of preference (preferred_username, userName...), made valid. */
  handles?: (string | null | undefined)[];
  displayName: string;
  email: string;
  jobTitle?: string | null;
  department?: string | null;
  locale?: string | null;
  role?: UserRole | null;
}

export const directoryPersonSchema = z.object({
  displayName: displayNameSchema,
  email: emailSchema,
  jobTitle: optionalLine('Job title', LIMITS.jobTitle.max),
  department: optionalLine('Department', LIMITS.department.max),
  locale: localeSchema.nullable().optional(),
  role: z.nativeEnum(UserRole).nullable().optional(),
});

/**
 * Valid handle candidates from directory names: the part before any "@", accents dropped,
 * other characters turned into "_", trimmed to fit; the e-mail's local part comes last.
 */
export function handleCandidates(
  names: (string | null | undefined)[] | undefined,
  email: string,
): string[] {
  const out: string[] = [];
  for (const name of [...(names ?? []), email]) {
    if (!name) continue;
    let h = name
      .split('@')[0]
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9_-]+/g, '_')
      .replace(/^[^A-Za-z]+/, '')
      .slice(0, LIMITS.handle.max - 3)
      .replace(/-+$/, '');
    if (h.length < LIMITS.handle.min) h = h ? `${h}_${'x'.repeat(LIMITS.handle.min)}` : '';
    if (h && !out.includes(h)) out.push(h);
  }
  return out.length ? out : ['person'];
}
