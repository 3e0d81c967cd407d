import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Checks preview tokens in constant time: both sides are hashed first, so the comparison neither
 * stops at the first differing byte nor reveals the token's length.
 */
export class PreviewToken {
  readonly #expected: Buffer;

  constructor(token: string) {
    if (token.length < 16) throw new RangeError('MARSAD_PREVIEW_TOKEN must be at least 16 characters long.');
    this.#expected = digest(token);
  }

  /** Whether `candidate` is the token. */
  matches(candidate: string): boolean {
    return timingSafeEqual(digest(candidate), this.#expected);
  }
}

/** The token of an `Authorization: Bearer <token>` header, if the header has that form. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /^Bearer +(\S+) *$/i.exec(header);
  return match?.[1];
}
