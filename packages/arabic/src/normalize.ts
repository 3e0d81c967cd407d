import { expectString } from './expect-string.js';

// Every code unit the fold table rewrites lies in the Arabic block, between آ (U+0622) and ۹ (U+06F9);
// anything outside that window is copied untouched without a table lookup.
const TABLE_START = 0x0622;
const TABLE_END = 0x06f9;
const KEEP = -1;
const DELETE = -2;

const FOLD_TABLE = buildFoldTable();

function buildFoldTable(): Int32Array {
  const table = new Int32Array(TABLE_END - TABLE_START + 1).fill(KEEP);
  const set = (code: number, to: number) => {
    table[code - TABLE_START] = to;
  };
  const alef = 0x0627;
  const yeh = 0x064a;
  // Hamza carriers and wasla: writers and OCR disagree on them, readers do not.
  for (const code of [0x0622, 0x0623, 0x0625, 0x0671]) set(code, alef);
  set(0x0624, 0x0648); // ؤ → و
  set(0x0626, yeh); // ئ → ي
  set(0x0649, yeh); // ى → ي: alef maqsura and final yeh are used interchangeably, notably in Egypt.
  set(0x0629, 0x0647); // ة → ه: final ta marbuta is often typed as heh.
  // Harakat, Quranic marks, superscript alef and tatweel are optional or decorative.
  for (let code = 0x064b; code <= 0x065f; code++) set(code, DELETE);
  set(0x0670, DELETE);
  set(0x0640, DELETE);
  for (let digit = 0; digit <= 9; digit++) {
    set(0x0660 + digit, 0x30 + digit);
    set(0x06f0 + digit, 0x30 + digit);
  }
  return table;
}

const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]/;
const PRESENTATION_RUNS = /[\uFB50-\uFDFF\uFE70-\uFEFF]+/g;

/**
 * Expands presentation forms (ﻻ, ﷲ, contextual glyphs pasted from PDFs) to ordinary letters. NFKC is
 * applied to those runs only, so Latin text, full-width punctuation and superscripts are left as written.
 */
function expandPresentationForms(text: string): string {
  if (!PRESENTATION_FORMS.test(text)) return text;
  return text.replace(PRESENTATION_RUNS, (run) => run.normalize('NFKC'));
}

/**
 * Normalises Arabic text for search, mention detection and alias matching (domain model, "Arabic text").
 *
 * - removes harakat (U+064B–U+065F), superscript alef (U+0670) and tatweel (U+0640);
 * - folds أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي;
 * - turns Arabic-Indic (٠–٩) and Persian (۰–۹) digits into ASCII digits;
 * - expands presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) with NFKC.
 *
 * Everything else, Latin text and punctuation included, is returned as written. The result is idempotent.
 * Lengths change, so offsets into the result do not point into the input: use {@link tokenize} for
 * positions.
 *
 * @example
 * normalizeArabic('السُّودانيّ في الأنبار عام ٢٠٢٤'); // 'السوداني في الانبار عام 2024'
 */
export function normalizeArabic(text: string): string {
  expectString(text, 'normalizeArabic');
  const source = expandPresentationForms(text);
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < TABLE_START || code > TABLE_END) continue;
    const folded = FOLD_TABLE[code - TABLE_START] ?? KEEP;
    if (folded === KEEP) continue;
    out += source.slice(copiedUpTo, i);
    if (folded !== DELETE) out += String.fromCharCode(folded);
    copiedUpTo = i + 1;
  }
  return copiedUpTo === 0 ? source : out + source.slice(copiedUpTo);
}
