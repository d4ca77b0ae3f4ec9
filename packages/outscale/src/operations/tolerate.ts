import { OutscaleError } from '../errors.ts';

/**
 * Runs a step that may already have been done by an earlier, interrupted run: the failures `accept`
 * recognises mean "already so" and give undefined instead of an error.
 */
export async function tolerate<T>(
  step: () => Promise<T>,
  accept: (error: OutscaleError) => boolean,
): Promise<T | undefined> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof OutscaleError && accept(error)) return undefined;
    throw error;
  }
}

export const alreadyExists = (error: OutscaleError): boolean => error.isConflict();
export const alreadyGone = (error: OutscaleError): boolean => error.isNotFound();
