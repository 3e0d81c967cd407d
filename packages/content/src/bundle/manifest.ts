import * as z from 'zod';
import { BundleError } from './bundle-error.js';

/** The bundle layout this engine writes and reads; a change that old readers would misread bumps it. */
export const BUNDLE_FORMAT = 3;

/** The files of a bundle folder. */
export const BUNDLE_FILES = {
  manifest: 'manifest.json',
  graph: 'graph.sqlite',
  search: 'search.sqlite',
} as const;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const Count = z.number().int().nonnegative();
const FileEntry = z.strictObject({ bytes: Count, sha256: Sha256 });

/** The manifest's schema, used to check a manifest read from disk. */
export const BundleManifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  /** Version of `@marsad/content` that wrote the bundle. */
  engine: z.string(),
  /** sha256 of the public content (every entry as stored, then every article body) and of `builtFor`. */
  contentHash: Sha256,
  /** The time the bundle was built for: what was public then (embargoes, publication times) is in it. */
  builtFor: z.iso.datetime(),
  /** When an article held back at `builtFor` becomes public, so a server knows to rebuild; or `null`. */
  nextChange: z.iso.datetime().nullable(),
  counts: z.strictObject({
    articles: Count,
    /** Language versions of the articles. */
    articleVersions: Count,
    actors: Count,
    events: Count,
    places: Count,
    authors: Count,
  }),
  /** Languages of the public article versions, sorted. */
  languages: z.array(z.string()),
  search: z.strictObject({
    /** One per article version, and per language of each actor, event and place. */
    documents: Count,
    /** UTF-8 bytes of the text indexed, the measure the database's size is judged by. */
    textBytes: Count,
  }),
  /** Size and sha256 of each data file, checked when the bundle is read. */
  files: z.strictObject({ graph: FileEntry, search: FileEntry }),
});

/** What `manifest.json` says about a bundle: where it came from, what it holds, how to check it. */
export type BundleManifest = z.infer<typeof BundleManifestSchema>;

/** Reads `manifest.json` text; a bundle of another format or a damaged manifest is a {@link BundleError}. */
export function parseManifest(text: string, where: string): BundleManifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BundleError('corrupt', `${where} is not valid JSON: the bundle is damaged; build it again.`);
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== BUNDLE_FORMAT) {
    throw new BundleError(
      'corrupt',
      `${where} has bundle format ${JSON.stringify(format)}, but this engine reads format ${BUNDLE_FORMAT}: build the bundle again with it.`,
    );
  }
  const parsed = BundleManifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BundleError(
      'corrupt',
      `${where} is damaged (${issue.path.join('.') || 'manifest'}: ${issue.message}); build the bundle again.`,
    );
  }
  return parsed.data;
}
