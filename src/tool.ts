import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './util/package-root.js';

const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { name: string; version: string };

/** Name and version of this tool, as reported in every output. */
export const TOOL = { name: pkg.name, version: pkg.version } as const;
