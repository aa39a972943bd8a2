let exitCode = 0;

/** Wraps a command handler that returns its exit code, so `main` can return it instead of calling process.exit. */
export function withExitCode<A extends unknown[]>(handler: (...args: A) => Promise<number> | number): (...args: A) => Promise<void> {
  return async (...args: A) => {
    exitCode = await handler(...args);
  };
}

export function takeExitCode(): number {
  const code = exitCode;
  exitCode = 0;
  return code;
}
