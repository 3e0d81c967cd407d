/**
 * Makes text from content files safe to print on a terminal. Content is untrusted: an escape sequence
 * in a YAML value must not recolour, move the cursor or retitle the window of the person reading the
 * report. C0 controls become their Unicode control pictures (NUL → ␀), DEL becomes ␡ and C1 controls
 * become U+FFFD, each one code unit, so UTF-16 columns still line up. Tabs are kept (layout expands
 * them); line breaks are not expected here and become pictures like any other control.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/** Right-to-left scripts (Arabic and its supplements and presentation forms, Hebrew, Syriac, Thaana, N'Ko). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** Whether a text holds any right-to-left letter, so a terminal may reorder it when it shows it. */
export function hasRightToLeft(text: string): boolean {
  return RIGHT_TO_LEFT.test(text);
}
