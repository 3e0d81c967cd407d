/** An item trimmed to `fields`; `id` is always kept, so trimmed items can still be told apart. */
export function pickFields<T extends { id: string }>(
  item: T,
  fields: readonly string[] | undefined,
): Partial<T> {
  if (fields === undefined) return item;
  const picked: Record<string, unknown> = { id: item.id };
  for (const field of fields) {
    const value = (item as Record<string, unknown>)[field];
    if (value !== undefined) picked[field] = value;
  }
  return picked as Partial<T>;
}
