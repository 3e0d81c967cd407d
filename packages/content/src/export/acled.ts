import {
  type Event,
  type LocationPrecision,
  type ParsedFuzzyDate,
  type Place,
  parseFuzzyDate,
  toAcled,
} from '@marsad/schema';
import type { ContentGraph } from '../graph/content-graph.js';
import { eventPoint } from './event-point.js';
import { textIn } from './localized-text.js';

/**
 * The ACLED export columns Marsad can fill, in ACLED's order, followed by Marsad's own id, type and
 * sub-type (ACLED folds `political` into Strategic developments / Other).
 */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'actor2',
  'assoc_actor_2',
  'country',
  'admin1',
  'admin2',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
  'marsad_id',
  'marsad_type',
  'marsad_subtype',
] as const;

/** One event as ACLED columns, every value as text. */
export type AcledRow = Record<(typeof ACLED_COLUMNS)[number], string>;

// ACLED's actor1 is the side that acts, actor2 the side acted upon; mediators and supporters have no column.
const SIDE_ONE = new Set(['perpetrator', 'claimant', 'announcer', 'participant']);
const SIDE_TWO = new Set(['target', 'victim']);

/** ACLED geo_precision: 1 the exact town, 2 near it or a part of a region, 3 a larger region only. */
const GEO_PRECISION: Record<LocationPrecision, string> = {
  exact: '1',
  near: '2',
  district: '2',
  province: '3',
  country: '3',
  region: '3',
  'sea-or-air': '3',
};

const DAY = 86_400_000;

/**
 * ACLED time_precision: 1 the day is known, 2 within a week (an approximate day, a span of days),
 * 3 only the month, the year or a longer period.
 */
function timePrecision(date: ParsedFuzzyDate): string {
  if (date.earliest === null || date.latest === null) return '3';
  const span = (Date.parse(date.latest) - Date.parse(date.earliest)) / DAY;
  if (span === 0 && !date.approximate && !date.uncertain) return '1';
  return span < 7 ? '2' : '3';
}

/** A place and the places it lies within, innermost first. */
function placeChain(graph: Pick<ContentGraph, 'place'>, placeId: string): Place[] {
  const chain: Place[] = [];
  const seen = new Set<string>();
  for (
    let place = graph.place(placeId);
    place && !seen.has(place.id);
    place = place.within ? graph.place(place.within) : undefined
  ) {
    seen.add(place.id);
    chain.push(place);
  }
  return chain;
}

/** A valid event's date, parsed: the graph only holds events whose date parsed. */
function parsedDate(event: Event): ParsedFuzzyDate {
  const result = parseFuzzyDate(event.date);
  if (!result.ok) throw new TypeError(`event ${event.id}: ${result.error.message}`);
  return result.value;
}

/**
 * The event as one ACLED row, in English as ACLED writes (another language when a name has no
 * English); actor and place names are resolved through the graph.
 */
export function acledRow(graph: Pick<ContentGraph, 'actor' | 'place'>, event: Event): AcledRow {
  const english = (text: Parameters<typeof textIn>[0]) => textIn(text, 'en');
  const name = (actorId: string) => english(graph.actor(actorId)?.name) || actorId;
  const side = (roles: Set<string>) => [
    ...new Set((event.participants ?? []).filter((p) => roles.has(p.role)).map((p) => name(p.actor))),
  ];
  const [actor1 = '', ...assoc1] = side(SIDE_ONE);
  const [actor2 = '', ...assoc2] = side(SIDE_TWO);
  const chain = event.location ? placeChain(graph, event.location.place) : [];
  const ofKind = (kind: Place['kind']) => english(chain.find((place) => place.kind === kind)?.name);
  const point = eventPoint(graph, event);
  const labels = toAcled(event.type, event.subtype);
  const date = parsedDate(event);
  const day = date.earliest ?? '';
  const sources = (event.sources ?? []).map((source) => source.publisher ?? source.title ?? source.url ?? '');
  return {
    event_id_cnty: event.ids?.acled ?? event.id,
    event_date: day,
    year: day.slice(0, 4),
    time_precision: timePrecision(date),
    event_type: labels?.event_type ?? '',
    sub_event_type: labels?.sub_event_type ?? '',
    actor1,
    assoc_actor_1: assoc1.join('; '),
    actor2,
    assoc_actor_2: assoc2.join('; '),
    country: ofKind('country'),
    admin1: ofKind('province'),
    admin2: ofKind('district'),
    location: english(chain[0]?.name),
    latitude: point ? String(point[1]) : '',
    longitude: point ? String(point[0]) : '',
    geo_precision: event.location ? GEO_PRECISION[event.location.precision] : '',
    source: [...new Set(sources.filter(Boolean))].join('; '),
    notes: english(event.summary) || english(event.title),
    fatalities: String(event.fatalities?.best ?? 0),
    marsad_id: event.id,
    marsad_type: event.type,
    marsad_subtype: event.subtype,
  };
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The CSV header line (RFC 4180, CRLF line end). */
export const ACLED_CSV_HEADER = `${ACLED_COLUMNS.join(',')}\r\n`;

/** One row as a CSV line (RFC 4180, CRLF line end), so long exports can be written a line at a time. */
export function acledCsvLine(row: AcledRow): string {
  return `${ACLED_COLUMNS.map((column) => csvField(row[column])).join(',')}\r\n`;
}

/** CSV text with the header line and one line per row. */
export function toAcledCsv(rows: Iterable<AcledRow>): string {
  let text = ACLED_CSV_HEADER;
  for (const row of rows) text += acledCsvLine(row);
  return text;
}
