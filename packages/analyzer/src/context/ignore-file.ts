/**
 * `.dockerignore` as Docker reads it (its own pattern matcher: Go's filepath.Match plus `**`,
 * exceptions with `!`, the last matching line decides, a pattern also excludes what is under a
 * matching folder), through @balena/dockerignore, a port of Docker's implementation.
 */
import dockerignore from '@balena/dockerignore';

export interface IgnoreLine {
  /** 1-based line in the file. */
  line: number;
  pattern: string;
  exception: boolean;
}

export interface IgnoreFile {
  lines: readonly IgnoreLine[];
  /** Whether the build leaves this path (relative, `/`-separated) out of the context. */
  excludes(path: string): boolean;
  /** The last line that decides for a path that is excluded (for messages), if any. */
  decidingLine(path: string): IgnoreLine | undefined;
}

const NONE: IgnoreFile = { lines: [], excludes: () => false, decidingLine: () => undefined };

export function parseIgnoreFile(text: string | undefined): IgnoreFile {
  if (text === undefined) return NONE;
  const lines: IgnoreLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const exception = trimmed.startsWith('!');
    const pattern = exception ? trimmed.slice(1).trim() : trimmed;
    if (pattern !== '') lines.push({ line: i + 1, pattern, exception });
  });
  // Case-sensitive, as on the Linux builders images are built on.
  const all = dockerignore({ ignorecase: false }).add(
    lines.map((l) => (l.exception ? `!${l.pattern}` : l.pattern)),
  );
  const single = new Map<string, ReturnType<typeof dockerignore>>();
  const matches = (l: IgnoreLine, path: string) => {
    let m = single.get(l.pattern);
    if (!m) {
      m = dockerignore({ ignorecase: false }).add(l.pattern);
      single.set(l.pattern, m);
    }
    return m.ignores(path);
  };
  const excludes = (path: string) => path !== '' && all.ignores(path);
  return {
    lines,
    excludes,
    decidingLine(path) {
      if (!excludes(path)) return undefined;
      for (let i = lines.length - 1; i >= 0; i--) {
        const l = lines[i]!;
        if (!l.exception && matches(l, path)) return l;
      }
      return undefined;
    },
  };
}

/** A test of whether a path (or a folder above it) matches a COPY source pattern, with Docker's matcher compiled once. */
export function sourcePatternMatcher(pattern: string): (path: string) => boolean {
  const matcher = dockerignore({ ignorecase: false }).add(pattern);
  return (path) => matcher.ignores(path);
}
