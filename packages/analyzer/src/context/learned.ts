/**
 * What a build context taught, per file, in words a person reads ("package.json: start script
 * `node server.js`, lock file present"): shown by `dop rewrite` and beside each file the playground
 * was given. The facts come from project-facts.ts; this module only words them.
 */
import { BUILD_TOOLS, buildToolsOfFile } from '../knowledge/ecosystems.js';
import type { Localized } from '../types.js';
import { outputWords } from './front-end-output.js';
import { parseIgnoreFile } from './ignore-file.js';
import { type ProjectFacts, projectFacts } from './project-facts.js';
import type { BuildContext } from './types.js';
import { DOCKERIGNORE } from './view.js';

export interface LearnedFile {
  /** The context file, relative to the root. */
  file: string;
  /** What was learned from it, one phrase each. */
  facts: Localized[];
}

const code = (s: string) => `\`${s}\``;
const dirOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const PROJECT_FILE = /\.(cs|fs|vb)proj$/;

/** Every folder of the context that holds a project (a manifest, lock or project file), root first. */
function projectDirs(ctx: BuildContext): string[] {
  const dirs = new Set<string>(['']);
  for (const f of ctx.files) {
    if (PROJECT_FILE.test(f) || buildToolsOfFile(f).length > 0) dirs.add(dirOf(f));
  }
  return [...dirs].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
}

/** Per file of the context, what was learned from it; files that taught nothing are left out. */
export function learnFromContext(ctx: BuildContext): LearnedFile[] {
  const byFile = new Map<string, Localized[]>();
  const add = (file: string, fact: Localized) => {
    const list = byFile.get(file) ?? [];
    if (!list.some((f) => f.en === fact.en)) list.push(fact);
    byFile.set(file, list);
  };
  for (const dir of projectDirs(ctx)) wordFacts(projectFacts(ctx, dir), ctx, dir, add);
  const ignore = ctx.texts[DOCKERIGNORE];
  if (ignore !== undefined) {
    const n = parseIgnoreFile(ignore).lines.length;
    add(DOCKERIGNORE, {
      en: `${n} line${n === 1 ? '' : 's'} kept in the suggested .dockerignore`,
      ko: `제안하는 .dockerignore에 ${n}줄을 그대로 둡니다`,
    });
  }
  return [...byFile].map(([file, facts]) => ({ file, facts }));
}

/** One line per file: `package.json: start script `node server.js`, lock file present`. */
export function learnedLines(learned: readonly LearnedFile[], lang: keyof Localized): string[] {
  return learned.map((l) => `${l.file}: ${l.facts.map((f) => f[lang]).join(', ')}`);
}

function wordFacts(
  facts: ProjectFacts,
  ctx: BuildContext,
  dir: string,
  add: (file: string, fact: Localized) => void,
): void {
  const node = facts.node;
  if (node?.start)
    add(node.start.file, {
      en: `start script ${code(node.start.value)}`,
      ko: `시작 스크립트 ${code(node.start.value)}`,
    });
  if (node?.main)
    add(node.main.file, { en: `main ${code(node.main.value)}`, ko: `진입 파일 ${code(node.main.value)}` });
  if (node?.build)
    add(node.build.file, {
      en: `build script ${code(node.build.value)}`,
      ko: `빌드 스크립트 ${code(node.build.value)}`,
    });
  if (node?.output) {
    // said on the file that told it: the config file, or package.json for a script option or a default
    const isDefault =
      node.output.value.dir === node.bundler?.value.output && node.output.file === node.bundler.file;
    add(node.output.file, outputWords(node.output.value, isDefault));
  } else if (node?.bundler?.value.output) {
    add(
      node.bundler.file,
      outputWords({ ...node.bundler.value, dir: node.bundler.value.output, by: { en: '', ko: '' } }, true),
    );
  }
  if (facts.go) {
    add(facts.go.module.file, {
      en: `module ${code(facts.go.module.value)}`,
      ko: `모듈 ${code(facts.go.module.value)}`,
    });
    add(facts.go.binary.file, {
      en: `binary ${code(facts.go.binary.value)}`,
      ko: `실행 파일 ${code(facts.go.binary.value)}`,
    });
  }
  if (facts.rust?.package)
    add(facts.rust.package.file, {
      en: `package ${code(facts.rust.package.value)}`,
      ko: `패키지 ${code(facts.rust.package.value)}`,
    });
  for (const bin of facts.rust?.bins ?? [])
    add(bin.file, { en: `binary ${code(bin.value)}`, ko: `실행 파일 ${code(bin.value)}` });
  const java = facts.java;
  if (java?.artifactId)
    add(java.artifactId.file, {
      en: `artifact ${code(java.artifactId.value)}`,
      ko: `아티팩트 ${code(java.artifactId.value)}`,
    });
  if (java?.jar)
    add(java.jar.file, {
      en: `builds ${code(`target/${java.jar.value}`)}`,
      ko: `${code(`target/${java.jar.value}`)} 파일을 만듭니다`,
    });
  for (const d of facts.dotnet ?? []) {
    add(d.assembly.file, {
      en: `assembly ${code(`${d.assembly.value}.dll`)}`,
      ko: `어셈블리 ${code(`${d.assembly.value}.dll`)}`,
    });
    if (d.sdk)
      add(d.sdk.file, {
        en: `SDK ${code(d.sdk.value)}${d.runtime ? ` (runs on ${code(`dotnet/${d.runtime.value}`)})` : ''}`,
        ko: `SDK ${code(d.sdk.value)}${d.runtime ? `(${code(`dotnet/${d.runtime.value}`)}에서 실행)` : ''}`,
      });
    if (d.targetFramework)
      add(d.targetFramework.file, {
        en: `target framework ${code(d.targetFramework.value)}`,
        ko: `대상 프레임워크 ${code(d.targetFramework.value)}`,
      });
  }
  for (const p of facts.pythonNative) {
    const libs = p.value.runtime.debian.map(code).join(', ');
    if (!libs) continue;
    add(p.file, {
      en: `${code(p.value.package)} needs ${libs} at run time`,
      ko: `${code(p.value.package)} 패키지는 실행할 때 ${libs} 라이브러리가 필요합니다`,
    });
  }
  for (const lock of facts.locks) {
    const tool = BUILD_TOOLS.find((t) => t.id === lock.value.tool);
    // Said on the manifest when it is there ("package.json: …, lock file present"), else on the lock.
    const manifest = tool?.manifests
      .map((m) => (dir === '' ? m : `${dir}/${m}`))
      .find((m) => ctx.files.includes(m));
    const name = lock.file.slice(lock.file.lastIndexOf('/') + 1);
    add(manifest ?? lock.file, {
      en: `lock file ${code(name)} present`,
      ko: `잠금 파일 ${code(name)} 있음`,
    });
  }
}
