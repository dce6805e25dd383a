import { errorLine, type Io } from '../io.js';
import type { Lang } from '../types.js';

/** `dop share`: waits for the playground's permalink codec (shared with the app). */
export async function shareCommand(_file: string, _lang: Lang, io: Io): Promise<number> {
  errorLine(io, 'share is not available yet');
  return 2;
}
