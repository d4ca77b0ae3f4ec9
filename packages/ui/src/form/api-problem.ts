// What the server said when a procedure failed, read from a tRPC client error without importing it,
// so it is unit-tested with plain objects.

export type ApiProblem = {
  /** The tRPC code ('BAD_REQUEST', 'PRECONDITION_FAILED'…), or null when the server never answered. */
  code: string | null;
  /** The server's message, already in the page's language (it reads `x-language`); null if none. */
  message: string | null;
  /** Messages by input field, for BAD_REQUEST answers. */
  fieldErrors: Readonly<Record<string, readonly string[]>>;
  /** What the page acts on besides the message (e.g. `subscriptionId` and `path` of a CONFLICT). */
  details?: Readonly<Record<string, string>>;
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

function readDetails(value: unknown): Record<string, string> | null {
  if (!isRecord(value)) return null;
  const entries = Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string');
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}

export function apiProblem(error: unknown): ApiProblem {
  const data = isRecord(error) && isRecord(error.data) ? error.data : null;
  if (!data) return { code: null, message: null, fieldErrors: {} };
  const message = error instanceof Error && error.message.trim() !== '' ? error.message : null;
  const details = readDetails(data.details);
  return {
    code: typeof data.code === 'string' ? data.code : null,
    message,
    fieldErrors: readFieldErrors(data.fieldErrors),
    ...(details ? { details } : {}),
  };
}
