/** `id`'s words joined by `separator`, the first as written, the others in lowercase (`LocationPrecision`, "Location precision"). */
export function idWords(id: string, separator: string): string {
  return id.replace(/\B[A-Z]/g, (letter) => separator + letter.toLowerCase());
}

/** `.meta()` fields with the `title` most schemas have: their `id` in words ("Location precision"). */
export function titled<Meta extends { id: string }>(meta: Meta): Meta & { title: string } {
  return { title: idWords(meta.id, ' '), ...meta };
}
