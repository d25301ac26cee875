import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Programs some tests need beyond Node: Chromium (the HTML report in a real browser), LibreOffice
 * (the .docx opens and converts) and poppler (pdftotext, pdfinfo: the printed text). `.ci/run`
 * installs them. Elsewhere a test that needs one is skipped with a message naming what is missing
 * and how to get it; with PLAN_CHECK_REQUIRE_TOOLS=1 (set by .ci/run) it fails instead.
 */
const CANDIDATES = {
  chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
  soffice: ['/usr/bin/soffice', '/usr/bin/libreoffice'],
  pdftotext: ['/usr/bin/pdftotext'],
  pdfinfo: ['/usr/bin/pdfinfo'],
} as const;
const PACKAGES: Record<Tool, string> = {
  chromium: 'chromium',
  soffice: 'libreoffice-writer-nogui',
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
};
export type Tool = keyof typeof CANDIDATES;

function locate(tool: Tool): string | undefined {
  // PLAN_CHECK_HIDE_TOOLS=soffice,chromium pretends these are absent (to try the skip and the failure).
  if ((process.env.PLAN_CHECK_HIDE_TOOLS ?? '').split(',').includes(tool)) return undefined;
  const found = CANDIDATES[tool].find((p) => existsSync(p));
  if (found) return found;
  const which = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : undefined;
}

/** Paths of the tools, and whether tests needing them must be skipped (after saying why). */
export function systemTools<T extends Tool>(...tools: T[]): { path: Record<T, string>; skip: boolean } {
  const path = {} as Record<T, string>;
  const missing: T[] = [];
  for (const t of tools) {
    const p = locate(t);
    if (p) path[t] = p;
    else missing.push(t);
  }
  if (missing.length === 0) return { path, skip: false };
  const packages = [...new Set(missing.map((t) => PACKAGES[t]))].join(' ');
  const why = `missing ${missing.join(', ')} (apt-get install ${packages}; .ci/run installs them)`;
  if (process.env.PLAN_CHECK_REQUIRE_TOOLS === '1') {
    throw new Error(`PLAN_CHECK_REQUIRE_TOOLS=1 but ${why}`);
  }
  console.warn(`[skipped] tests needing ${tools.join(', ')}: ${why}`);
  return { path, skip: true };
}

/** Debian's Chromium, headless, without the background traffic a fresh profile starts (updates, sync). */
export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}
