import './no-eval.ts';
// Sign-up, sign-in, passwords, two-factor, the organization, its accounts and OUTSCALE accounts, and the
// operator's decisions: each procedure's input, and the forms derived from them.
import {
  LANGUAGES,
  ORGANIZATION_STATES,
  ORGANIZATION_TYPES,
  REGIONS,
  unmetPasswordRules,
} from '@marketplace/domain';
import { z } from 'zod';
import { say } from './messages.ts';
import { pageFields, pageInput } from './paging.ts';
import { accessKey, email, id, line, paragraph, secretKey, sizedLine } from './text.ts';

const region = z.enum(REGIONS, say('chooseRegion'));
const language = z.enum(LANGUAGES);
const portal = z.enum(['buyer', 'seller']).default('buyer');
const token = line().min(16).max(128);
/** The code of an authenticator app; the pages send it without spaces. */
const totpCode = line().trim().min(6, say('totpCode')).max(8, say('totpCode'));
// Passwords are any characters the person chose: never stored or shown, only hashed.
const password = z.string().max(1024);
const organizationName = sizedLine(2, 200, 'organizationName');
const roles = z
  .array(z.enum(['admin', 'user']))
  .min(1, say('chooseRoles'))
  .max(2);
const personName = line().trim().max(100);

// auth.*
export const authSignupInput = z.object({
  organizationName,
  types: z.array(z.enum(ORGANIZATION_TYPES)).min(1, say('chooseTypes')).max(2),
  region,
  accessKey: accessKey(),
  secretKey: secretKey(),
  language,
  portal,
});
export const authLoginInput = z.object({
  email: email(),
  password: z.string().min(1, say('passwordRequired')).max(1024),
  totp: totpCode.optional(),
});
export const authSetPasswordInput = z.object({ token, password });
export const authResetPasswordInput = z.object({ token, password });
export const authRequestPasswordResetInput = z.object({ email: line().max(320), portal });
export const authChangePasswordInput = z.object({ currentPassword: password, newPassword: password });
export const authTotpEnableInput = z.object({ code: totpCode });
export const authTotpDisableInput = z.object({ code: totpCode });

// organization.*, accounts.*, outscaleAccounts.*
export const organizationUpdateInput = z.object({
  name: organizationName.optional(),
  language: language.optional(),
  /** Add a type (a buyer starts selling); a type is never removed (the domain refuses it). */
  types: z.array(z.enum(ORGANIZATION_TYPES)).min(1, say('chooseTypes')).max(2).optional(),
});
export const accountsListInput = pageInput;
export const accountsCreateInput = z.object({
  email: email(),
  firstName: personName.min(1, say('firstName')),
  lastName: personName.min(1, say('lastName')),
  roles,
});
export const accountsUpdateInput = z.object({
  id: id(),
  firstName: personName.min(1, say('firstName')).optional(),
  lastName: personName.min(1, say('lastName')).optional(),
  roles: roles.optional(),
});
export const accountsDeleteInput = z.object({ id: id() });
export const outscaleAccountsListInput = pageInput;
export const outscaleAccountsLinkInput = z.object({
  region,
  accessKey: accessKey(),
  secretKey: secretKey(),
  label: line().trim().max(100).optional(),
});
export const outscaleAccountsUnlinkInput = z.object({ id: id() });

// operator.*
export const operatorOrganizationsListInput = z
  .object({ state: z.enum(ORGANIZATION_STATES).optional(), ...pageFields })
  .optional();
export const operatorOrganizationsValidateInput = z.object({ id: id() });
export const operatorOrganizationsRejectInput = z.object({
  id: id(),
  reason: paragraph().trim().min(5, say('reason')).max(2000, say('reason')),
});
export const operatorImageFindingsListInput = pageInput;

// The pages' forms: the procedure's fields, plus what only the page asks (a confirmation, the terms).

/** Sign-in's first step: the e-mail and the password. */
export const signInForm = authLoginInput.pick({ password: true }).extend({
  email: z.string().trim().min(1, say('emailRequired')).pipe(email()),
});
/** Sign-in's second step, and the two-factor set-up: spaces ("123 456") are ignored. */
export const totpForm = z.object({
  code: z
    .string()
    .transform((value) => value.replace(/\s/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, say('totpCode'))),
});

/** A new password meeting the policy of @marketplace/domain (the server's), typed twice. */
const newPasswordFields = {
  password: z
    .string()
    .min(1, say('passwordRequired'))
    .max(1024)
    .refine((value) => unmetPasswordRules(value).length === 0, say('passwordRules')),
  confirmation: z.string().min(1, say('confirmationRequired')),
};
const matching = (values: { password: string; confirmation: string }) =>
  values.confirmation === '' || values.confirmation === values.password;
const mismatch = { path: ['confirmation'], error: say('confirmationMismatch') };

export const newPasswordForm = z.object(newPasswordFields).refine(matching, mismatch);
export const changePasswordForm = z
  .object({
    currentPassword: z.string().min(1, say('currentPasswordRequired')).max(1024),
    ...newPasswordFields,
  })
  .refine(matching, mismatch);
export const forgotPasswordForm = z.object({
  email: z.string().trim().min(1, say('emailRequired')).pipe(email()),
});

export const signUpForm = authSignupInput.omit({ language: true, portal: true }).extend({
  termsAccepted: z.boolean().refine((accepted) => accepted, say('termsRequired')),
});
export const accountForm = accountsCreateInput;
export const organizationForm = organizationUpdateInput.pick({ name: true, language: true }).required();
export const linkAccountForm = outscaleAccountsLinkInput;
export const rejectForm = operatorOrganizationsRejectInput.pick({ reason: true });
