import { showText } from './safe-text.js';

/**
 * Plan text inside Markdown: one line (any line break, a lone CR included, becomes a space, so no
 * text can start a heading or a list), hidden characters shown as escapes, no markup, no HTML, no
 * table breaks.
 */
export function mdEscape(s: string): string {
  return showText(s.replace(/\r\n|[\r\n\u2028\u2029\u0085\v\f]/g, ' ')).replace(/([\\`*_[\]|<>~#])/g, '\\$1');
}
