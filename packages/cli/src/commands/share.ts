import path from 'node:path';
import { encodePermalink, isLongForChat } from '@dop/share';
import { errorLine, type Io } from '../io.js';
import { readDockerfile, readStdin } from '../read-input.js';
import type { Lang } from '../types.js';

/** Where the playground runs when no other address is given (`pnpm dev`). */
export const DEFAULT_PLAYGROUND = 'http://localhost:5173/';

/** `dop share`: a playground permalink carrying the file (the app's own encoding). */
export async function shareCommand(file: string, lang: Lang, base: string | null, io: Io): Promise<number> {
  const read = file === '-' ? await readStdin() : await readDockerfile(path.resolve(io.cwd, file));
  if (!read.ok) {
    errorLine(io, `${file}: ${read.error}`);
    return 2;
  }
  const hash = encodePermalink({ text: read.text, ...(lang === 'ko' ? { lang } : {}) });
  const root = base ?? (io.env.DOP_PLAYGROUND_URL || DEFAULT_PLAYGROUND);
  const hashAt = root.indexOf('#');
  io.out(`${hashAt >= 0 ? root.slice(0, hashAt) : root}${hash}\n`);
  if (isLongForChat(hash)) {
    errorLine(
      io,
      lang === 'ko'
        ? `경고: 링크가 ${hash.length}자로 길어 채팅 도구에서 잘릴 수 있습니다`
        : `warning: the link is ${hash.length} characters long; chat tools may cut it`,
    );
  }
  return 0;
}
