/**
 * System libraries the runtime stage installs because the build context says the app loads them:
 * requirements.txt (or pyproject.toml, poetry.lock, uv.lock) names psycopg2, which needs libpq5 at
 * run time. The full build image ships those libraries, the slim runtime image does not, so
 * without them `import psycopg2` fails in the new stage. The table is the analyzer's
 * (knowledge/python-native-packages.ts); this module only picks the distribution's names and
 * writes the install. Without a context nothing is added.
 */
import {
  type BuildContext,
  type LibraryDistro,
  type Localized,
  normaliseSource,
  projectFacts,
} from '@dop/analyzer';
import type { Block } from '../blocks.js';
import { copySources } from '../layers.js';

export interface ContextLibraries {
  /** The RUN that installs them, for the runtime stage. */
  line: string;
  /** Which file asked for which library, for the change's explanation. */
  because: Localized;
}

/** How each distribution installs packages without leaving caches or recommended extras behind. */
const APT = (libs: string[]) =>
  `RUN apt-get update && apt-get install --no-install-recommends -y ${libs.join(' ')} && rm -rf /var/lib/apt/lists/*`;
const INSTALL: Record<LibraryDistro, (libs: string[]) => string> = {
  debian: APT,
  ubuntu: APT,
  alpine: (libs) => `RUN apk add --no-cache ${libs.join(' ')}`,
};

const dirOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/**
 * The runtime libraries the manifests copied by `manifest` ask for, less those the runtime stage
 * already installs (`runtimeText`), or null. A distribution the library table does not know gets
 * nothing rather than a name that may not exist.
 */
export function contextRuntimeLibraries(
  context: BuildContext | undefined,
  manifest: Block,
  distro: LibraryDistro | null,
  runtimeText: string,
): ContextLibraries | null {
  if (!context || !distro) return null;
  const install = INSTALL[distro];
  const sources = copySources(manifest.ins).map(normaliseSource);
  // a copied file, or a file inside a copied folder ('' is the whole context)
  const copied = (file: string) => sources.some((s) => s === file || s === '' || file.startsWith(`${s}/`));
  const dirs = [...new Set(sources.map((s) => (context.files.includes(s) ? dirOf(s) : s)))];
  const facts = dirs.flatMap((d) => projectFacts(context, d).pythonNative).filter((f) => copied(f.file));
  const libs: string[] = [];
  const reasons: { lib: string; pkg: string; file: string }[] = [];
  const installed = new Set(runtimeText.split(/[\s\\]+/));
  for (const f of facts) {
    for (const lib of f.value.runtime[distro]) {
      if (libs.includes(lib) || installed.has(lib)) continue;
      libs.push(lib);
      reasons.push({ lib, pkg: f.value.package, file: f.file });
    }
  }
  if (libs.length === 0) return null;
  // "libpq5 (psycopg2 in requirements.txt)", one clause per package and file
  const groups = new Map<string, string[]>();
  for (const r of reasons) {
    const key = `${r.pkg}\u0000${r.file}`;
    groups.set(key, [...(groups.get(key) ?? []), r.lib]);
  }
  const clauses = [...groups].map(([key, ls]) => {
    const [pkg, file] = key.split('\u0000') as [string, string];
    return { pkg, file, libs: ls.join(', ') };
  });
  return {
    // sorted, as the rewrite sorts every package list it writes
    line: install([...libs].sort()),
    because: {
      en: `The runtime stage installs ${libs.join(', ')}: ${clauses.map((c) => `${c.file} names ${c.pkg}, which loads ${c.libs} at run time`).join('; ')}, and the slim image does not ship ${libs.length === 1 ? 'it' : 'them'}.`,
      ko: `런타임 스테이지에 ${libs.join(', ')}을(를) 설치합니다. ${clauses.map((c) => `${c.file}에 적힌 ${c.pkg} 패키지는 실행 중에 ${c.libs}을(를) 불러옵니다.`).join(' ')} slim 이미지에는 이 라이브러리가 없습니다.`,
    },
  };
}
