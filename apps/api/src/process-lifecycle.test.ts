import { describe, expect, it } from 'vitest';
import { describeFailure } from './process-lifecycle.ts';

describe('the cause of a failed start, as printed', () => {
  it('is the stack of an Error, with its causes', () => {
    const error = new Error('migration 42 failed', { cause: new Error('relation "offer" does not exist') });
    const text = describeFailure(error);
    expect(text).toContain('Error: migration 42 failed');
    expect(text).toContain('process-lifecycle.test.ts'); // the stack
    expect(text).toContain('relation "offer" does not exist');
  });

  it('is the value itself when what was thrown is no Error', () => {
    expect(describeFailure('port 3000 is in use')).toBe('port 3000 is in use');
    expect(describeFailure({ code: 'EADDRINUSE', port: 3000 })).toBe("{ code: 'EADDRINUSE', port: 3000 }");
    expect(describeFailure(undefined)).toBe('no reason was given (undefined was thrown)');
  });
});
