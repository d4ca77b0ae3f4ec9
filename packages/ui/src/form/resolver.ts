// The pages' resolver: the shared schema of @marketplace/validators, worded by its error map in the
// page's language (the same words the server answers in `fieldErrors`).
import { zodResolver } from '@hookform/resolvers/zod';
import type { Language } from '@marketplace/domain';
import { errorMapOf, localizeMessage } from '@marketplace/validators';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/** Every message of a resolver's errors in `language` (a check that named its message left a marker). */
function worded(errors: FieldErrors, language: Language): FieldErrors {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(errors)) {
    if (key === 'ref' || typeof value !== 'object' || value === null) {
      out[key] = key === 'message' && typeof value === 'string' ? localizeMessage(value, language) : value;
    } else {
      out[key] = worded(value as FieldErrors, language);
    }
  }
  return out as FieldErrors;
}

/** `zodResolver(schema, { error: errorMapOf(language) })`, its messages all from the map. */
export function schemaResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  language: Language,
): Resolver<Input, unknown, Output> {
  const resolve = zodResolver(schema as never, {
    error: errorMapOf(language) as never,
  }) as unknown as Resolver<Input, unknown, Output>;
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    return { ...result, errors: worded(result.errors, language) } as typeof result;
  };
}
