import { type Collection, loadSources } from '@marsad/content';

/**
 * The file that already holds an entry of `collection` with this id, anywhere under the content root:
 * its own file, an item of a list or JSONL file, or an article in any language, valid or not.
 */
export async function existingEntryFile(
  contentRoot: string,
  collection: Collection,
  id: string,
): Promise<string | undefined> {
  const { entries, failed } = await loadSources(contentRoot);
  return [...entries, ...failed].find((entry) => entry.collection === collection && entry.id === id)?.file;
}
