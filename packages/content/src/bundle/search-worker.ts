// The thread that writes a bundle's search database (see search-writer.ts, which drives it). Started
// before the content is validated, it reads the articles' bodies and makes their search texts in the
// meantime; then it opens the database, writes the rows it is sent, and closes it.
import { readFileSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { setImmediate as turn } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { resolveProject } from '../config/resolve-project.js';
import { splitFrontmatter } from '../parse/markdown.js';
import { discoverFiles } from '../source/discover.js';
import { stripBom } from '../source/read-text.js';
import { BodyTexts } from './body-texts.js';
import { openDatabase } from './open-database.js';
import { SearchDatabaseWriter } from './search-database.js';
import {
  PROGRESS,
  type SearchWorkerData,
  type SearchWorkerMessage,
  type SearchWorkerReport,
} from './search-protocol.js';

const { progress, prepareFrom } = workerData as SearchWorkerData;
const bodies = new BodyTexts();
let preparing = prepareFrom !== undefined;
/** Bodies prepared so far. */
let prepared = 0;
let db: DatabaseSync | undefined;
let writer: SearchDatabaseWriter | undefined;

/** A frontmatter line that keeps an article from readers whatever the time: a draft, or one in review. */
const WITHHELD = /^status:[ \t]*["']?(?:draft|review)["']?[ \t]*(?:#.*)?$/m;

/**
 * The bodies of the articles' Markdown files, as the engine will find them, prepared one file per turn
 * of the event loop so the first rows stop it. Only an optimisation: a file it cannot read, or reads
 * otherwise than the engine, leaves its body to be made when written. Articles whose original is a
 * draft or in review are skipped (with the translations that follow it in path order: the files of an
 * id are next to each other): they will not be written, and their bodies would only keep this thread
 * from the next public one. A file this misjudges costs time, never bytes.
 */
async function prepareBodies(path: string): Promise<void> {
  const { files } = await discoverFiles((await resolveProject(path)).contentRoot);
  let withheld: string | undefined;
  for (const file of files) {
    if (!preparing) break;
    if (file.collection !== 'articles' || file.format !== 'markdown') continue;
    // Ids have no dots (`<id>.<lang>.md`); a name that is not of that form is the engine's to report.
    const name = file.file.slice(file.file.lastIndexOf('/') + 1);
    const id = name.slice(0, name.indexOf('.'));
    if (id === withheld) continue;
    const text = stripBom(readFileSync(file.path, 'utf8'));
    const split = splitFrontmatter(text);
    if (split.kind !== 'found') continue;
    if (WITHHELD.test(split.yaml)) {
      withheld = id;
      continue;
    }
    bodies.prepare(text.slice(split.bodyOffset));
    prepared++;
    await turn();
  }
}

const report = (message: SearchWorkerReport) => parentPort!.postMessage(message);

parentPort!.on('message', (message: SearchWorkerMessage) => {
  switch (message.type) {
    case 'open':
      db = openDatabase(message.path);
      writer = new SearchDatabaseWriter(db, bodies);
      return;
    case 'rows':
      preparing = false;
      for (const row of message.rows) writer!.insert(row);
      Atomics.store(progress, PROGRESS.made, bodies.madeWhenTaken);
      Atomics.add(progress, PROGRESS.batches, 1);
      report({ type: 'written' });
      return;
    case 'close':
      writer!.close();
      db!.close();
      report({ type: 'closed', plainBytes: writer!.plainBytes });
  }
});

if (prepareFrom !== undefined) {
  prepareBodies(prepareFrom)
    .catch(() => undefined)
    .then(() => report({ type: 'prepared', bodies: prepared }));
}
