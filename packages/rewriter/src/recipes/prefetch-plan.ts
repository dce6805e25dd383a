/**
 * The dependency fetch a compiled ecosystem's build needs before its source is copied (knowledge/
 * dependency-prefetch.ts): which files to copy first and which command to run, read from the build
 * command and, when given, the build context (the project files that exist, a workspace or
 * multi-module manifest that rules it out).
 */
import {
  type BuildContext,
  DEPENDENCY_PREFETCH,
  type DependencyPrefetch,
  type Localized,
  packageManagerCall,
  projectFacts,
  type SimpleCommand,
  pathPattern,
} from '@dop/analyzer';

export interface PrefetchPlan {
  entry: DependencyPrefetch;
  /** `COPY` arguments (sources then destination, relative to the working directory). */
  copies: string[][];
  command: string;
  /** Why the plan is what it is: facts it read, facts it lacked. */
  notes: Localized[];
}

export type PrefetchResult = PrefetchPlan | { skip: Localized } | null;

/** The table entry whose build this command is (`go build`, `./mvnw package`), or null. */
export function prefetchEntryOf(cmd: SimpleCommand): { entry: DependencyPrefetch; sub: string } | null {
  const call = packageManagerCall(cmd);
  if (!call) return null;
  const entry = DEPENDENCY_PREFETCH.find((e) => e.pm === call.pm.id);
  if (!entry) return null;
  const words = call.args.map((a) => a.value).filter((w) => !w.startsWith('-'));
  const sub = entry.builds.find((b) => words.includes(b));
  return sub ? { entry, sub } : null;
}

/** Whether a command already fetches the entry's dependencies (`go mod download`). */
export function fetchesFor(cmd: SimpleCommand, entry: DependencyPrefetch): boolean {
  const call = packageManagerCall(cmd);
  if (!call || call.pm.id !== entry.pm) return false;
  const words = call.args.map((a) => a.value).join(' ');
  return entry.fetches.some((f) => words.includes(f));
}

const AUTOLOADER_FLAGS = [
  '--optimize-autoloader',
  '-o',
  '--classmap-authoritative',
  '-a',
  '--apcu-autoloader',
];
const DOTNET_PROJECT = /\.(cs|fs|vb)proj$/;
const DOTNET_SHARED = [
  'Directory.Build.props',
  'Directory.Packages.props',
  'NuGet.config',
  'nuget.config',
  'global.json',
];

/** Plans the prefetch for a build command; null when the entry does not apply. */
export function planPrefetch(cmd: SimpleCommand, context: BuildContext | undefined): PrefetchResult {
  const found = prefetchEntryOf(cmd);
  if (!found) return null;
  const { entry } = found;
  const call = packageManagerCall(cmd)!;
  const program = cmd.argv[cmd.programIndex]?.value ?? entry.pm;
  const wrapper = program.startsWith('./') || program.endsWith('w');
  const files = context ? new Set(context.files) : null;
  if (entry.notWith && context) {
    const text = context.texts[entry.notWith.file];
    if (text !== undefined && entry.notWith.marker.test(text)) return { skip: entry.notWith.why };
  }
  const notes: Localized[] = [];
  let copies: string[][];
  let command = entry.command.replace('{tool}', program);
  if (entry.tool === 'dotnet') {
    const planned = dotnetCopies(
      call.operands.map((o) => o.value),
      files,
    );
    if (!planned) return null;
    copies = planned.copies;
    command = planned.target ? `dotnet restore ${planned.target}` : 'dotnet restore';
  } else {
    // with the context, only the files that exist, without the optional `*`
    const listed = [...entry.files, ...(wrapper ? (entry.wrapperFiles ?? []) : [])];
    const present = files ? listed.flatMap((f) => existing(f, files)) : listed;
    if (
      files &&
      !present.some((f) =>
        entry.files.some((m) => m.replace(/\*$/, '') === f || m === f || pathPattern(m).test(f)),
      )
    )
      return { skip: missingManifest(entry) };
    const plain = present.filter((f) => !f.endsWith('/'));
    copies = [
      ...(plain.length ? [[...plain, './']] : []),
      ...present.filter((f) => f.endsWith('/')).map((d) => [d, d]),
    ];
  }
  if (entry.tool === 'cargo') {
    const build = cargoDependencyBuild(cmd, found.sub, context);
    command = build?.command ?? CARGO_FETCH;
    if (build) notes.push(build.note);
    else if (found.sub === 'build')
      notes.push({
        en: 'Only the download is cached: a dependency-only build (compiled dependencies cached too) needs the package name from Cargo.toml and a src/main.rs, given with the project files.',
        ko: '다운로드만 캐시됩니다. 의존성만 먼저 컴파일해 캐시하려면 Cargo.toml의 패키지 이름과 src/main.rs가 필요하니 프로젝트 파일과 함께 주세요.',
      });
  }
  if (entry.reuseBuild) {
    // autoloader options mean nothing without the autoloader: they stay with the install after the COPY
    const words = cmd.argv
      .slice(cmd.programIndex)
      .map((w) => w.raw)
      .filter((w) => !AUTOLOADER_FLAGS.includes(w));
    command = [...words, ...entry.reuseBuild.filter((f) => !words.includes(f))].join(' ');
  }
  return { entry, copies, command, notes };
}

/** A binary crate's dependencies need a target to resolve: a placeholder main.rs, removed after. */
const PLACEHOLDER = "mkdir -p src && echo 'fn main() {}' > src/main.rs";
const CARGO_FETCH = `${PLACEHOLDER} && cargo fetch && rm -r src`;

/**
 * `cargo build` of the placeholder with the build's own flags compiles every dependency once; the
 * placeholder's own outputs are removed so the real build cannot take them as up to date (the
 * copied source may be older than they are).
 */
function cargoDependencyBuild(
  cmd: SimpleCommand,
  sub: string,
  context: BuildContext | undefined,
): { command: string; note: Localized } | null {
  if (sub !== 'build' || !context) return null;
  const facts = projectFacts(context).rust;
  const name = facts?.package?.value;
  if (!name || facts.bins.length > 0 || !context.files.includes('src/main.rs')) return null;
  const args = cmd.args.map((a) => a.value);
  if (cmd.args.some((a) => a.expansion)) return null;
  const at = args.indexOf('--target');
  const triple = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith('--target='))?.slice(9);
  const profile = args.includes('--release') || args.includes('-r') ? 'release' : 'debug';
  const out = `target/${triple ? `${triple}/` : ''}${profile}`;
  const crate = name.replace(/-/g, '_');
  const build = cmd.argv
    .slice(cmd.programIndex)
    .map((w) => w.raw)
    .join(' ');
  return {
    command: `${PLACEHOLDER} && ${build} && rm -rf src ${out}/.fingerprint/${name}-* ${out}/deps/${crate}-*`,
    note: {
      en: `The dependencies are compiled once from a placeholder main.rs (the package name, ${name}, comes from Cargo.toml), so a source edit recompiles only the app.`,
      ko: `의존성은 임시 main.rs로 한 번 컴파일해 둡니다(패키지 이름 ${name}은(는) Cargo.toml에서 읽었습니다). 소스를 고치면 앱만 다시 컴파일합니다.`,
    },
  };
}

/** The files of a table entry present at the top of the context (a folder entry when anything is under it). */
/** Why nothing is fetched when the build context lacks the ecosystem's manifest: the fact, and how to give it. */
function missingManifest(entry: DependencyPrefetch): Localized {
  const manifest = entry.files[0]!.replace(/\*$/, '');
  return {
    en: `the build context has no ${manifest} in the folder the build runs in, so there is nothing to fetch from (if the project is elsewhere, give its folder as the build context)`,
    ko: `빌드 컨텍스트의 빌드 폴더에 ${manifest} 파일이 없어 받을 의존성을 알 수 없습니다(프로젝트가 다른 폴더에 있다면 그 폴더를 빌드 컨텍스트로 주세요)`,
  };
}

function existing(pattern: string, files: Set<string>): string[] {
  if (pattern.endsWith('/')) return [...files].some((f) => f.startsWith(pattern)) ? [pattern] : [];
  return [...files].filter((f) => !f.includes('/') && pathPattern(pattern).test(f)).sort();
}

/**
 * .NET restores project files: with the context, each project and solution file at its own path
 * (and the shared props/config), restoring what the build names; without it, the top folder's
 * project files, restored as the build would find them.
 */
function dotnetCopies(
  operands: string[],
  files: Set<string> | null,
): { copies: string[][]; target: string | null } | null {
  const named = operands.find((o) => DOTNET_PROJECT.test(o) || /\.slnx?$/.test(o));
  if (!files) {
    if (named?.includes('/')) {
      const dir = named.slice(0, named.lastIndexOf('/') + 1);
      return { copies: [[named, dir]], target: named };
    }
    if (named) return { copies: [[named, './']], target: named };
    if (operands.length > 0) return null;
    return { copies: [['*.csproj', './']], target: null };
  }
  const projects = [...files].filter((f) => DOTNET_PROJECT.test(f) || /\.slnx?$/.test(f));
  if (projects.length === 0) return null;
  const shared = DOTNET_SHARED.filter((f) => files.has(f));
  const byDir = new Map<string, string[]>();
  for (const p of [...shared, ...projects].sort()) {
    const dir = p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : './';
    byDir.set(dir, [...(byDir.get(dir) ?? []), p]);
  }
  const top = projects.filter((p) => !p.includes('/'));
  // `dotnet restore` in a folder with both a solution and a project file needs to be told which
  const target = named ?? (top.length > 1 ? (top.find((p) => /\.slnx?$/.test(p)) ?? null) : null);
  if (!named && top.length === 0) return null;
  return { copies: [...byDir].map(([dir, list]) => [...list, dir]), target };
}
