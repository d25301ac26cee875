import { join } from 'node:path';
import { packageRoot } from '../util/package-root.js';

/** The rules folder shipped with the tool (rule sets, registry, vocabulary). */
export const DEFAULT_RULES_DIR = join(packageRoot, 'rules');
