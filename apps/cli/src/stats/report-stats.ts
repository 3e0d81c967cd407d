import { textIn } from '@marsad/content';
import { type Alignment, alignedTable } from './aligned-table.js';
import type { ContentStats } from './content-stats.js';

/** A label and its count. */
const COUNTS: readonly Alignment[] = ['left', 'right'];

function section(title: string, rows: readonly (readonly string[])[], alignments = COUNTS): string[] {
  if (rows.length === 0) return [title, '  none'];
  return [title, ...alignedTable(rows, alignments).map((line) => `  ${line}`)];
}

const counted = (counts: Record<string, number>) =>
  Object.entries(counts).map(([key, count]) => [key, String(count)]);

/** The statistics as aligned tables for a terminal; actor names in `lang` (the site's default language). */
export function reportStatsTable(stats: ContentStats, shownRoot: string, lang: string | undefined): string {
  const { counts } = stats;
  const sections = [
    [`${stats.files} files in ${shownRoot}`],
    section('Entries', [
      ['articles', String(counts.articles)],
      ['article versions', String(counts.articleVersions)],
      ['actors', String(counts.actors)],
      ['events', String(counts.events)],
      ['places', String(counts.places)],
      ['authors', String(counts.authors)],
    ]),
    section('Article versions by language', counted(stats.articlesByLanguage)),
    section('Events by year', counted(stats.eventsByYear)),
    section('Events by type', counted(stats.eventsByType)),
    section(
      'Most-mentioned actors (article versions that mention them or are about them)',
      stats.mostMentionedActors.map((actor) => [
        String(actor.articleVersions),
        actor.id,
        textIn(actor.name, lang),
      ]),
      ['right', 'left', 'left'],
    ),
    section(
      `Orphans: actors no article or event refers to (${stats.orphans.length})`,
      stats.orphans.map((actor) => [actor.id, textIn(actor.name, lang)]),
      ['left', 'left'],
    ),
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
