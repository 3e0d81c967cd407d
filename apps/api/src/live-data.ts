import { type FSWatcher, watch } from 'node:fs';
import { relative, resolve } from 'node:path';
import { type Diagnostic, loadContent, readBundle, resolveProject, writeBundle } from '@marsad/content';
import { type ApiData, dataFromBundle } from './data.js';

/** Errors a build report keeps: enough to fix the first ones, bounded however broken the content is. */
export const REPORTED_ERRORS = 20;

/** The outcome of the last rebuild, shown on /healthz. */
export interface BuildReport {
  /** When the rebuild finished (ISO 8601). */
  at: string;
  /** Whether the new content is being served. */
  ok: boolean;
  /** Errors found; when there are any, the previous content is still served. */
  errors: number;
  /** The first errors, with where they are. */
  diagnostics: Pick<Diagnostic, 'file' | 'line' | 'column' | 'ruleId' | 'message'>[];
}

/** Options of {@link LiveData}. */
export interface LiveDataOptions {
  bundleDir: string;
  contentDir: string;
  /** Keep the content folder's graph for preview requests. */
  preview?: boolean;
  /** How long a replaced bundle stays open for the requests still reading it; default 30 s. */
  graceMs?: number;
  /** The clock that decides what is public in a rebuilt bundle; default: the system clock. */
  now?: () => Date;
  log?: (line: string) => void;
}

/**
 * Content that can change while the server runs: it rebuilds the bundle when the content folder
 * changes (or when an embargo lifts) and swaps it in whole, so a request sees either the old content
 * or the new, never a mix. Content with errors is not swapped in: the last good bundle stays, and the
 * errors are kept in {@link LiveData.report} for /healthz.
 */
export class LiveData {
  #current: ApiData;
  #report: BuildReport | null = null;
  #watcher: FSWatcher | undefined;
  #debounce: NodeJS.Timeout | undefined;
  #nextChange: NodeJS.Timeout | undefined;
  #building: Promise<void> | undefined;
  #again = false;
  #closed = false;
  readonly #options: LiveDataOptions;

  constructor(initial: ApiData, options: LiveDataOptions) {
    this.#current = initial;
    this.#options = options;
  }

  /** The content to serve now. */
  get current(): ApiData {
    return this.#current;
  }

  /** The last rebuild's outcome; `null` before the first. */
  get report(): BuildReport | null {
    return this.#report;
  }

  /**
   * Rebuilds from the content folder now. Calls that arrive during a rebuild are folded into one more
   * rebuild after it, so the last change is always built.
   */
  rebuild(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    if (this.#building) {
      this.#again = true;
      return this.#building;
    }
    this.#building = this.#build()
      .catch((error: unknown) => {
        // A folder that vanished or a bundle that cannot be written must not stop the server.
        const message = error instanceof Error ? error.message : String(error);
        this.#report = { at: new Date().toISOString(), ok: false, errors: 1, diagnostics: [] };
        this.#options.log?.(`rebuild failed: ${message}; still serving the last good bundle`);
      })
      .finally(() => {
        this.#building = undefined;
        if (this.#again) {
          this.#again = false;
          void this.rebuild();
        }
      });
    return this.#building;
  }

  async #build(): Promise<void> {
    const started = performance.now();
    const log = this.#options.log ?? (() => {});
    const now = this.#options.now?.() ?? new Date();
    const content = await loadContent(this.#options.contentDir);
    const errors = content.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    if (errors.length > 0) {
      this.#report = {
        at: new Date().toISOString(),
        ok: false,
        errors: errors.length,
        diagnostics: errors
          .slice(0, REPORTED_ERRORS)
          .map(({ file, line, column, ruleId, message }) => ({ file, line, column, ruleId, message })),
      };
      log(`the content has ${errors.length} error(s); still serving the last good bundle (see /healthz)`);
      return;
    }
    if (this.#closed) return;
    await writeBundle(content, this.#options.bundleDir, { now });
    const bundle = await readBundle(this.#options.bundleDir);
    if (this.#closed) {
      bundle.close();
      return;
    }
    const previous = this.#current;
    this.#current = dataFromBundle(bundle, this.#options.bundleDir, {
      loadedAt: new Date(),
      loadMs: performance.now() - started,
      previewGraph: this.#options.preview ? content.graph : undefined,
    });
    this.#report = { at: new Date().toISOString(), ok: true, errors: 0, diagnostics: [] };
    log(`rebuilt: ${this.#current.hash.slice(0, 12)} in ${Math.round(performance.now() - started)} ms`);
    this.#scheduleNextChange(this.#current.nextChange);
    setTimeout(() => previous.close(), this.#options.graceMs ?? 30_000).unref();
  }

  /** Rebuilds when a held-back article becomes public. */
  #scheduleNextChange(nextChange: string | null): void {
    clearTimeout(this.#nextChange);
    if (nextChange === null) return;
    // setTimeout takes at most 2^31-1 ms (about 24 days); a later change is rescheduled then.
    const wait = Math.min(Math.max(0, Date.parse(nextChange) - Date.now()), 2 ** 31 - 1);
    this.#nextChange = setTimeout(() => void this.rebuild(), wait);
    this.#nextChange.unref();
  }

  /**
   * Watches the content root (the folder of articles/, actors/…, not the whole project, so writing the
   * bundle or installing packages is no change) and rebuilds 300 ms after the last change; also
   * rebuilds when the served bundle's `nextChange` comes.
   */
  async watch(nextChange: string | null = null): Promise<void> {
    if (this.#watcher === undefined) {
      const { contentRoot } = await resolveProject(this.#options.contentDir);
      const bundle = relative(contentRoot, resolve(this.#options.bundleDir));
      this.#watcher = watch(contentRoot, { recursive: true }, (_event, file) => {
        if (file !== null && bundle !== '' && !bundle.startsWith('..') && `${file}/`.startsWith(`${bundle}/`))
          return;
        clearTimeout(this.#debounce);
        this.#debounce = setTimeout(() => void this.rebuild(), 300);
      });
    }
    this.#scheduleNextChange(nextChange);
  }

  /** Stops watching, waits for a rebuild under way, and closes the served content. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#watcher?.close();
    clearTimeout(this.#debounce);
    clearTimeout(this.#nextChange);
    await this.#building;
    this.#current.close();
  }
}
