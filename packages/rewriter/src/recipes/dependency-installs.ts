import {
  BUILD_TOOLS,
  type BuildTool,
  dependencyInstallOf,
  type PackageManagerCall,
  type SimpleCommand,
  isInstall,
  packageManagerCall,
  shell,
} from '@dop/analyzer';

/**
 * Dependency installs that need only the manifest and lock files, so they can run before the
 * source is copied: the files to copy first, and how safe moving the install is.
 */
export interface DependencyInstall {
  /** Context paths to copy before the install (globs match nothing silently in BuildKit). */
  manifests: string[];
  risk: 'safe' | 'review';
  /** Why it is `review`, when it is. */
  caveat?: { en: string; ko: string };
}

const NPM_SCRIPTS = {
  en: "npm, yarn and pnpm run the package's own install scripts (prepare, postinstall); if they need the source, add `--ignore-scripts` here and run them after the source is copied.",
  ko: 'npm, yarn, pnpm은 패키지 자체의 설치 스크립트(prepare, postinstall)를 실행합니다. 스크립트가 소스를 필요로 하면 여기에 `--ignore-scripts`를 붙이고 소스를 복사한 뒤 실행하세요.',
};

const PIP_INCLUDES = {
  en: 'A requirements file that names other files (`-r base.txt`, `-c constraints.txt`) needs them too (a folder of them is copied whole), and one with a local path (`-e .`) needs the source: then keep the install after the source COPY.',
  ko: '요구 사항 파일이 다른 파일(`-r base.txt`, `-c constraints.txt`)을 가리키면 그 파일도 필요하고(폴더 안의 파일이면 폴더째 복사합니다), 로컬 경로(`-e .`)가 있으면 소스가 필요하니 그때는 설치를 소스 COPY 뒤에 두세요.',
};

const LOCAL_PATHS = {
  en: 'A dependency on a local path (a path dependency in the manifest, a `replace` to a local folder in go.mod) needs that folder too: copy it with the manifests.',
  ko: '매니페스트에 로컬 경로 의존성(경로 의존성, go.mod의 로컬 폴더 `replace`)이 있으면 그 폴더도 필요하니 매니페스트와 함께 복사하세요.',
};

const GEMSPEC = {
  en: 'A Gemfile that says `gemspec` also needs the .gemspec file: copy it with the Gemfile.',
  ko: 'Gemfile에 `gemspec`이 있으면 .gemspec 파일도 필요합니다. Gemfile과 함께 복사하세요.',
};

/** Recognises a dependency install that reads only manifests; null for anything else. */
export function dependencyInstall(cmd: SimpleCommand): DependencyInstall | null {
  const call = packageManagerCall(cmd);
  if (!call) return null;
  const sub = call.subcommand?.value ?? '';
  const args = call.args.map((a) => a.value);
  const has = (...names: string[]) => shell.findOption(call.args, names) !== null;
  switch (call.pm.id) {
    case 'npm':
      // `npm install <pkg>` adds packages; only the bare form reads the lock file.
      if (sub === 'ci' || (isInstall(call) && call.operands.length === 0)) {
        return {
          manifests: ['package.json', 'package-lock.json*', 'npm-shrinkwrap.json*'],
          risk: 'review',
          caveat: NPM_SCRIPTS,
        };
      }
      return null;
    case 'yarn':
      if ((sub === 'install' || sub === '') && call.operands.length === 0) {
        return {
          manifests: ['package.json', 'yarn.lock*', '.yarnrc.yml*'],
          risk: 'review',
          caveat: NPM_SCRIPTS,
        };
      }
      return null;
    case 'pnpm':
      if (sub === 'install' && call.operands.length === 0) {
        return { manifests: ['package.json', 'pnpm-lock.yaml*'], risk: 'review', caveat: NPM_SCRIPTS };
      }
      return null;
    case 'pip':
      return pipRequirements(call, args);
    case 'pipenv':
      return sub === 'install' && call.operands.length === 0
        ? { manifests: ['Pipfile', 'Pipfile.lock*'], risk: 'review', caveat: LOCAL_PATHS }
        : null;
    case 'poetry':
    case 'uv': {
      // without the flag that leaves the project out, the install needs the source too
      const tool = BUILD_TOOLS.find((t) => t.id === call.pm.id);
      const split = tool?.withoutProject;
      return tool && split && sub === split.subcommand && has(split.flag)
        ? { manifests: installFiles(tool), risk: 'review', caveat: LOCAL_PATHS }
        : null;
    }
    case 'bundle':
      return (sub === 'install' || sub === '') && call.operands.length === 0
        ? { manifests: ['Gemfile', 'Gemfile.lock*'], risk: 'review', caveat: GEMSPEC }
        : null;
    case 'go':
      return sub === 'mod' && call.operands[0]?.value === 'download'
        ? { manifests: ['go.mod', 'go.sum*'], risk: 'review', caveat: LOCAL_PATHS }
        : null;
    default:
      return null;
  }
}

const PROJECT_SPLIT = {
  en: 'The install before the source leaves the project itself out (uv `--no-install-project`, Poetry `--no-root`), and the same install after the COPY adds only the project. Members of a workspace and path dependencies are read from the manifest too: copy them with it.',
  ko: '소스보다 먼저 하는 설치는 프로젝트 자체를 빼고(uv `--no-install-project`, Poetry `--no-root`), COPY 뒤의 같은 설치는 프로젝트만 더합니다. 워크스페이스 멤버와 경로 의존성도 매니페스트에서 읽으니 함께 복사하세요.',
};

/**
 * `uv sync` and `poetry install` install the dependencies and the project itself, which needs the
 * source. The same command with the flag that leaves the project out (uv's `--no-install-project`,
 * Poetry's `--no-root`, from each tool's command reference) reads only the manifests and can run
 * first; the original then stays after the source COPY. Null for anything else.
 */
export function projectInstallSplit(cmd: SimpleCommand): { install: DependencyInstall; flag: string } | null {
  const call = packageManagerCall(cmd);
  const tool = dependencyInstallOf(cmd);
  if (!call || !tool?.withoutProject || cmd.redirects.length > 0) return null;
  const split = tool.withoutProject;
  if (call.subcommand?.value !== split.subcommand) return null;
  // done already, or a workspace's or one package's sync, which picks its own members: left as it is
  if (shell.findOption(call.args, [split.flag, '--no-install-workspace', '--package']) !== null) return null;
  return {
    install: { manifests: installFiles(tool), risk: 'review', caveat: PROJECT_SPLIT },
    flag: split.flag,
  };
}

/**
 * What an install from the manifests reads (knowledge/ecosystems.ts): the manifests, then the lock
 * and configuration files as patterns, which copy nothing when the project has none (a COPY fails
 * only when none of its sources matches, and the manifest always does). A folder of configuration
 * would land flattened through a pattern: none of the tools that split the install has one.
 */
function installFiles(tool: BuildTool): string[] {
  const optional = [...tool.locks, ...tool.config].filter((f) => !f.endsWith('/'));
  return [...tool.manifests, ...optional.map((f) => `${f}*`)];
}

/** `pip install -r requirements.txt` (every -r file a plain relative path, nothing else installed). */
function pipRequirements(call: PackageManagerCall, args: string[]): DependencyInstall | null {
  if (!isInstall(call)) return null;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-r' || a === '--requirement') files.push(args[++i] ?? '');
    else if (a.startsWith('--requirement=')) files.push(a.slice('--requirement='.length));
    else if (/^-r./.test(a)) files.push(a.slice(2));
  }
  const requirementOperands = new Set(files);
  const others = call.operands.filter((o) => o.value !== 'install' && !requirementOperands.has(o.value));
  if (files.length === 0 || others.length > 0) return null;
  if (!files.every((f) => /^[\w./-]+$/.test(f) && !f.startsWith('/') && !f.includes('..'))) return null;
  return { manifests: files.map((f) => f.replace(/^\.\//, '')), risk: 'review', caveat: PIP_INCLUDES };
}
