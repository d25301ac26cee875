import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Lang, Report } from '../types.js';
import type { ImportNote } from '../import/import-plan.js';

/** One checked document: where its files are (inside the workspace), and its results per language. */
export interface Upload {
  id: string;
  /** The name shown (the uploaded file's name, or the path inside --dir). */
  name: string;
  /** The plan YAML that is checked: the upload itself, the import's output, or a file of --dir. */
  planFile: string;
  kind: 'docx' | 'text' | 'yaml' | 'dir';
  /** The import's notes (what could not be placed), formatted, when the upload was Word or text. */
  notes: ImportNote[];
  /** The plan YAML the import wrote. */
  importedYaml?: string;
  results: Map<Lang, Report>;
  /** The reviewer's waivers made in the page (written as a waivers file beside the upload). */
  waivers: PageWaiver[];
  /** The signing gate's verdict per language, with the waivers. */
  signing: Map<Lang, { ready: boolean; reasons: string[] }>;
}

/** A waiver as the page makes it: the finding's rule and place, and who allowed it why. */
export interface PageWaiver {
  rule: string;
  pointer: string;
  reason: string;
  approved_by: string;
  reference: string;
  expires?: string;
}

/** How many checked documents are kept for their pages and downloads; the oldest go first. */
const KEEP = 50;

/** The temporary folder of a server: every uploaded byte is written here, and it is removed on close. */
export class Workspace {
  readonly dir = mkdtempSync(join(tmpdir(), 'plan-check-serve-'));
  private readonly uploads = new Map<string, Upload>();

  /** A fresh folder for one upload, and its id. */
  newFolder(): { id: string; folder: string } {
    const id = randomBytes(12).toString('base64url');
    const folder = join(this.dir, id);
    mkdirSync(folder);
    return { id, folder };
  }

  add(upload: Upload): void {
    this.uploads.set(upload.id, upload);
    while (this.uploads.size > KEEP) {
      const oldest = this.uploads.keys().next().value!;
      this.uploads.delete(oldest);
      rmSync(join(this.dir, oldest), { recursive: true, force: true });
    }
  }

  get(id: string): Upload | undefined {
    return this.uploads.get(id);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A file name safe to write in the workspace: letters, digits, dot, dash, underscore; never a path. */
export function safeName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^\.+/, '')
    .slice(-100);
  return clean || fallback;
}
