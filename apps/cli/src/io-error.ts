import { ContentRootError } from '@marsad/content';
import { OutputError } from './output/write-atomic.js';

/**
 * The one-line message for an error that is about the machine rather than the content or the code: the
 * content root is missing, a file system call failed. The CLI reports these and exits 2; anything
 * else is a bug and is left to crash with its stack.
 */
export function ioErrorMessage(error: unknown): string | undefined {
  if (error instanceof ContentRootError || error instanceof OutputError) return error.message;
  if (
    error instanceof Error &&
    'syscall' in error &&
    typeof (error as NodeJS.ErrnoException).code === 'string'
  ) {
    return error.message;
  }
  return undefined;
}
