export * from './accounts.ts';
export * from './catalog/index.ts';
export * from './errors.ts';
export * from './money.ts';
export * from './organization.ts';
export * from './password-policy.ts';
export * from './sign-in-lockout.ts';
export * from './vocabulary.ts';
