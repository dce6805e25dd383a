/** Where the lab's inputs and outputs live, from one anchor: the lab folder itself. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAB_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = path.join(LAB_DIR, '..');
