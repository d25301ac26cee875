import { execFileSync } from 'node:child_process';

/**
 * The characters of a text without its whitespace (NFC). Line breaks and spacing in a PDF depend on
 * the fonts installed (a table cell wraps differently with Liberation Serif than with Times New
 * Roman) and pdftotext may split a word with accents ("s ố"); compare texts through this.
 */
export const wordsOnly = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

/** A PDF's text in reading order (no -layout: side-by-side table cells would interleave), via wordsOnly. */
export function pdfWords(pdftotext: string, pdf: string): string {
  return wordsOnly(execFileSync(pdftotext, [pdf, '-'], { encoding: 'utf8' }));
}
