import { hasPattern, resolvePath } from '@dop/analyzer';
import type { DockerfileModel, Localized, ProjectFacts, StageNode } from '@dop/analyzer';
import type { CompiledBuild } from './artifact-ecosystems.js';
import { bareCommandArtefact, javacClasses, nativeArtefact } from './built-artefacts.js';

export interface LocatedArtefact {
  /** What the runtime stage copies from the build stage (a glob stays a glob). */
  path: string;
  /** Where it lands; a folder when `directory`. */
  target: string;
  directory: boolean;
  /** Which context file a name came from, when one did. */
  from?: Localized;
}

const fromFile = (what: string, value: string, file: string): Localized => ({
  en: `The ${what}'s name, ${value}, comes from ${file}.`,
  ko: `${what === 'jar' ? 'jar' : '바이너리'} 이름 ${value}은(는) ${file}에서 읽었습니다.`,
});

/**
 * The file the runtime stage needs, from the command: a path it names (relative to the working
 * directory), a jar glob made one named file with pom.xml, or a bare name found on the image's PATH.
 */
export function locateArtefact(
  model: DockerfileModel,
  eco: CompiledBuild,
  stage: StageNode,
  argv: readonly string[],
  workdir: string | null,
  facts: ProjectFacts | null,
): LocatedArtefact | { needs: string } | null {
  const named = eco.artifact(argv);
  if (named) {
    const path = resolvePath(workdir, named.path);
    if (!path || path === '/') return null;
    if (!hasPattern(path)) return { path, target: path, directory: named.directory };
    // `java -jar target/*.jar`: the shell expands the glob; the runtime stage needs the one jar
    const dir = path.slice(0, path.lastIndexOf('/'));
    if (hasPattern(dir)) return null;
    const jar = facts?.java?.jar;
    if (jar && eco.ecosystem === 'java') {
      const file = `${dir}/${jar.value}`;
      return { path: file, target: file, directory: false, from: fromFile('jar', jar.value, jar.file) };
    }
    return { path, target: dir, directory: true };
  }
  if (eco.sameBase) {
    const path = nativeArtefact(model, stage, argv, workdir);
    return path ? { path, target: path, directory: false } : null;
  }
  if (eco.ecosystem === 'java') {
    const classes = javacClasses(model, stage, argv, workdir);
    if (!classes) return null;
    return {
      path: `${classes.dir}/*.class`,
      target: classes.dir,
      directory: true,
      from: {
        en: `javac wrote ${classes.mainClass}.class (and any nested classes) beside its source in ${classes.dir}, where \`java ${classes.mainClass}\` finds it: with no class path given, the JVM reads classes from the working directory.`,
        ko: `javac는 ${classes.mainClass}.class(중첩 클래스 포함)를 소스 옆 ${classes.dir}에 만들고, \`java ${classes.mainClass}\`는 거기서 찾습니다. 클래스 경로를 주지 않으면 JVM은 작업 디렉터리에서 클래스를 읽습니다.`,
      },
    };
  }
  const program = argv[0];
  if (!program || program.includes('/') || program.includes('$')) return null;
  const bare = bareCommandArtefact(model, stage, program, facts);
  if (!bare) return null;
  if ('needs' in bare) return bare;
  const { path, target, file } = bare.found;
  return { path, target, directory: false, from: file ? fromFile('binary', program, file) : undefined };
}
