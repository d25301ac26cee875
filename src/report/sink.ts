/** Where one report format is written, file by file: stdout, a device or a file (opened by the CLI). */
export interface Sink {
  color: boolean;
  write(text: string): void;
  close(): void;
}
