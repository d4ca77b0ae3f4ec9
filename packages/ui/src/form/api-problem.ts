// What the server said when a procedure failed, read from a tRPC client error without importing it,
// so it is unit-tested with plain objects.

export type ApiProblem = {
  /** The tRPC code ('BAD_REQUEST', 'PRECONDITION_FAILED'…), or null when the server never answered. */
  code: string | null;
  /** The server's message, already in the page's language (it reads `x-language`); null if none. */
  message: string | null;
  /** Messages by input field, for BAD_REQUEST answers. */
  fieldErrors: Readonly<Record<string, readonly string[]>>;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function readFieldErrors(value: unknown): Record<string, string[]> {
  if (!isRecord(value)) return {};
  const fields: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(value)) {
    if (Array.isArray(messages)) fields[field] = messages.filter((m): m is string => typeof m === 'string');
  }
  return fields;
}

export function apiProblem(error: unknown): ApiProblem {
  const data = isRecord(error) && isRecord(error.data) ? error.data : null;
  if (!data) return { code: null, message: null, fieldErrors: {} };
  const message = error instanceof Error && error.message.trim() !== '' ? error.message : null;
  return {
    code: typeof data.code === 'string' ? data.code : null,
    message,
    fieldErrors: readFieldErrors(data.fieldErrors),
  };
}
