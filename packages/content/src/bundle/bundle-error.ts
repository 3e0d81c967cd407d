/**
 * Why a bundle could not be written or read: `content` the content has errors, `output` the output
 * folder cannot be used, `corrupt` a bundle on disk is missing files, damaged or of another format.
 */
export type BundleProblem = 'content' | 'output' | 'corrupt';

/**
 * A bundle could not be written or read. The message is one line that says what to do; callers such
 * as the CLI print it as it is.
 */
export class BundleError extends Error {
  override readonly name = 'BundleError';

  constructor(
    readonly problem: BundleProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The message of anything thrown, to quote inside a {@link BundleError}'s own message. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
