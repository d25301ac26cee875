/** The report formats, by name (kept apart from the formatters so that naming one loads none). */
export const FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];
