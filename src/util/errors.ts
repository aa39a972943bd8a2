/** A problem with the user's input or invocation: reported as one line, exit code 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

export const EXIT = { ok: 0, findings: 1, input: 2, internal: 3 } as const;
