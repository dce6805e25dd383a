/**
 * Which file a bare command runs, found as a person reading the Dockerfile would: `go build -o
 * /usr/local/bin/api` then `CMD ["api"]` runs /usr/local/bin/api because the image's PATH finds it
 * there; `go install` and `cargo install --path .` put the binary in the toolchain's bin folder;
 * `cargo build --release` in target/release/<package>. Names the build does not write down come
 * from the build context (go.mod, Cargo.toml); without it, the result says which file was missing.
 */
import {
  DEFAULT_PATH,
  type DockerfileModel,
  type InstructionNode,
  NATIVE_COMPILERS,
  type Localized,
  type ProjectFacts,
  type SimpleCommand,
  type StageNode,
  TOOLCHAINS,
  type Toolchain,
  trimTrailingSlashes,
  resolvePath,
  writtenWorkdirBefore,
} from '@dop/analyzer';
import { fullImageName } from './command.js';

/** A file the build writes: its folder and its name (null when only a missing file could tell). */
interface Produced {
  dir: string;
  name: string | null;
  /** The context file the name came from, when it came from one. */
  file?: string;
  /** The file that would have told the name, when it is unknown. */
  needs?: string;
}

export interface FoundArtefact {
  /** Absolute path in the build stage. */
  path: string;
  /** Where the runtime stage puts it: the same path when the runtime image's PATH finds it there. */
  target: string;
  /** The context file a name came from (`go.mod`), for the change to say so. */
  file?: string;
}

export type ArtefactLookup = { found: FoundArtefact } | { needs: string } | null;

/** The toolchain of a stage's image (Go, Rust), or null. */
export function toolchainOf(stage: StageNode): Toolchain | null {
  const image = fullImageName(stage);
  return Object.values(TOOLCHAINS).find((t) => t.images.test(image)) ?? null;
}

/** The binary a bare command name (`api`) runs, from what the stage's RUNs build. */
export function bareCommandArtefact(
  model: DockerfileModel,
  stage: StageNode,
  name: string,
  facts: ProjectFacts | null,
): ArtefactLookup {
  const toolchain = toolchainOf(stage);
  if (!toolchain || name.includes('/')) return null;
  const produced = stage.instructions.flatMap((ins) => producedBy(model, ins, toolchain, facts));
  const path = imagePath(stage, toolchain);
  for (const dir of path) {
    const hit = produced.find(
      (p) => p.dir === dir && (p.name === name || (p.name === null && dir === toolchain.installBin)),
    );
    if (hit) {
      const full = `${dir}/${name}`;
      return {
        found: {
          path: full,
          target: DEFAULT_PATH.includes(dir) ? full : `/usr/local/bin/${name}`,
          file: hit.file,
        },
      };
    }
  }
  const unknown = produced.find((p) => p.name === null && p.needs);
  return unknown?.needs ? { needs: unknown.needs } : null;
}

/** The stage's PATH: the image's, with `ENV PATH=/x:$PATH` prepended where the stage sets it. */
function imagePath(stage: StageNode, toolchain: Toolchain): string[] {
  let path = [...toolchain.path];
  for (const ins of stage.instructions) {
    if (ins.keyword !== 'ENV') continue;
    const m = ins.args
      .map((a) => a.value)
      .join(' ')
      .match(/(?:^|\s)PATH[= ]"?([^"\s]+)/);
    if (!m?.[1]) continue;
    const parts = m[1].split(':');
    path = parts.flatMap((p) =>
      /^\$\{?PATH\}?$/.test(p) ? path : p.startsWith('/') ? [p.replace(/(?<!\/)\/+$/, '')] : [],
    );
  }
  return path;
}

function producedBy(
  model: DockerfileModel,
  ins: InstructionNode,
  toolchain: Toolchain,
  facts: ProjectFacts | null,
): Produced[] {
  if (ins.keyword !== 'RUN') return [];
  const workdir = writtenWorkdirBefore(model, ins);
  return (ins.shell?.commands ?? []).flatMap((cmd) => {
    const p =
      cmd.name === 'go'
        ? goOutput(cmd, workdir, toolchain, facts)
        : cmd.name === 'cargo'
          ? cargoOutput(cmd, workdir, toolchain, facts)
          : null;
    return p ? [p] : [];
  });
}

const words = (cmd: SimpleCommand) => cmd.args.map((a) => a.value);

/** The value of `-o X` / `-o=X` / `--out X`. */
function optionValue(args: string[], names: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (names.includes(a)) return args[i + 1];
    const eq = names.find((n) => a.startsWith(`${n}=`));
    if (eq) return a.slice(eq.length + 1);
  }
  return undefined;
}

/** Package operands of a go command (`./cmd/api`), flags and their values left out. */
function goPackages(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('-')) {
      if (
        !a.includes('=') &&
        ['-o', '-ldflags', '-tags', '-gcflags', '-mod', '-p', '-pkgdir', '-buildmode'].includes(a)
      )
        i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

function goOutput(
  cmd: SimpleCommand,
  workdir: string | null,
  toolchain: Toolchain,
  facts: ProjectFacts | null,
): Produced | null {
  const args = words(cmd);
  const sub = args[0];
  if (sub !== 'build' && sub !== 'install') return null;
  if (cmd.args.some((a) => a.expansion)) return null;
  const pkgs = goPackages(args);
  if (pkgs.length > 1) return null;
  const pkg = pkgs[0] ?? '.';
  // `./cmd/api` builds `api`; `.` builds the module's own name (go.mod)
  const fromPkg =
    pkg.startsWith('./') && !pkg.includes('...') ? trimTrailingSlashes(pkg).split('/').pop() : undefined;
  const fromMod = pkg === '.' || pkg === './' ? facts?.go?.binary : undefined;
  const name = fromPkg && fromPkg !== '.' ? fromPkg : (fromMod?.value ?? null);
  const file = fromPkg ? undefined : fromMod?.file;
  const needs = name === null ? 'go.mod' : undefined;
  if (sub === 'install') return { dir: toolchain.installBin, name, file, needs };
  const out = optionValue(args, ['-o']);
  if (out !== undefined) {
    const abs = resolvePath(workdir, out);
    if (!abs) return null;
    if (out.endsWith('/')) return { dir: abs, name, file, needs };
    const at = abs.lastIndexOf('/');
    return { dir: abs.slice(0, at) || '/', name: abs.slice(at + 1) };
  }
  return workdir ? { dir: workdir, name, file, needs } : null;
}

function cargoOutput(
  cmd: SimpleCommand,
  workdir: string | null,
  toolchain: Toolchain,
  facts: ProjectFacts | null,
): Produced | null {
  const args = words(cmd);
  const sub = args[0];
  if (cmd.args.some((a) => a.expansion)) return null;
  const bin = optionValue(args, ['--bin']);
  const named = bin ?? facts?.rust?.bins[0]?.value ?? facts?.rust?.package?.value ?? null;
  const file = bin ? undefined : (facts?.rust?.bins[0]?.file ?? facts?.rust?.package?.file);
  const needs = named === null ? 'Cargo.toml' : undefined;
  if (sub === 'install' && optionValue(args, ['--path']) !== undefined) {
    const root = optionValue(args, ['--root']);
    const dir = root ? resolvePath(workdir, `${root}/bin`) : toolchain.installBin;
    return dir ? { dir, name: named, file, needs } : null;
  }
  if (sub === 'build' && workdir) {
    const profile = args.includes('--release') || args.includes('-r') ? 'release' : 'debug';
    const target = optionValue(args, ['--target']);
    const dir = resolvePath(workdir, `target/${target ? `${target}/` : ''}${profile}`);
    return dir ? { dir, name: named, file, needs } : null;
  }
  return null;
}

/** What was missing when the binary's name was. */
export const BINARY_NAME: Localized = {
  en: 'The name of the binary the build writes',
  ko: '빌드가 만드는 바이너리의 이름',
};

/** Options of `java` that take the next word as their value. */
const JAVA_VALUE_OPTIONS = new Set(['-cp', '-classpath', '--class-path']);

/**
 * The class files `java Main` loads when `javac Main.java` compiled them in the working directory:
 * without `-d`, javac writes each class beside its source, and with no class path given the JVM
 * reads classes from the working directory. Null for anything else (a package, a jar, `-d`
 * elsewhere, a CLASSPATH set by ENV, source-file mode `java Main.java`).
 */
export function javacClasses(
  model: DockerfileModel,
  stage: StageNode,
  argv: readonly string[],
  workdir: string | null,
): { dir: string; mainClass: string } | null {
  if (argv[0] !== 'java' || !workdir) return null;
  let classPath: string | undefined;
  let i = 1;
  for (; i < argv.length && argv[i]!.startsWith('-'); i++) {
    const a = argv[i]!;
    if (JAVA_VALUE_OPTIONS.has(a)) classPath = argv[++i];
    // -Xmx512m, -Dkey=value, -ea, -server: settings that take no separate word
    else if (!/^-(X|D|ea$|da$|server$|client$|verbose)/.test(a)) return null;
  }
  const mainClass = argv[i];
  if (!mainClass || !/^[A-Za-z_$][\w$]*$/.test(mainClass)) return null;
  if (classPath !== undefined && classPath !== '.' && resolvePath(workdir, classPath) !== workdir)
    return null;
  const setsClassPath = stage.instructions.some(
    (ins) =>
      (ins.keyword === 'ENV' || ins.keyword === 'ARG') && ins.properties.some((p) => p.name === 'CLASSPATH'),
  );
  if (setsClassPath) return null;
  const compiles = stage.instructions.some(
    (ins) =>
      ins.keyword === 'RUN' &&
      writtenWorkdirBefore(model, ins) === workdir &&
      (ins.shell?.commands ?? []).some((cmd) => {
        if (cmd.name !== 'javac' || cmd.args.some((a) => a.expansion)) return false;
        const args = words(cmd);
        const out = optionValue(args, ['-d']);
        if (out !== undefined && out !== '.' && resolvePath(workdir, out) !== workdir) return false;
        const sources = args.filter((a, k) => !a.startsWith('-') && args[k - 1] !== '-d');
        return sources.includes(`${mainClass}.java`) && sources.every((s) => /^[\w$-]+\.java$/.test(s));
      }),
  );
  return compiles ? { dir: workdir, mainClass } : null;
}

/**
 * The absolute paths of the programs a stage links with a C or C++ compiler (`gcc -O2 -o
 * /usr/local/bin/hello hello.c`), in the order the RUNs build them; a relative `-o` is taken
 * from the RUN's working directory.
 */
export function nativeOutputs(model: DockerfileModel, stage: StageNode): string[] {
  return stage.instructions.flatMap((ins) =>
    ins.keyword !== 'RUN'
      ? []
      : (ins.shell?.commands ?? []).flatMap((cmd) => {
          const out = nativeOutput(cmd, writtenWorkdirBefore(model, ins));
          return out ? [out] : [];
        }),
  );
}

function nativeOutput(cmd: SimpleCommand, workdir: string | null): string | null {
  if (!NATIVE_COMPILERS.has(cmd.name) || cmd.args.some((a) => a.expansion)) return null;
  const args = words(cmd);
  // `-c` (and -E, -S) stop before linking: an object file, not a program
  if (args.some((a) => a === '-c' || a === '-E' || a === '-S' || a === '-shared')) return null;
  const out = optionValue(args, ['-o']) ?? args.find((a) => /^-o./.test(a))?.slice(2);
  return out ? resolvePath(workdir, out) : null;
}

/** The program a native build wrote that the command runs: by its path, or a bare name on the default PATH. */
export function nativeArtefact(
  model: DockerfileModel,
  stage: StageNode,
  argv: readonly string[],
  workdir: string | null,
): string | null {
  const program = argv[0];
  if (!program || program.includes('$')) return null;
  const outputs = nativeOutputs(model, stage);
  if (program.includes('/')) {
    const path = resolvePath(workdir, program);
    return path && outputs.includes(path) ? path : null;
  }
  const dir = DEFAULT_PATH.find((d) => outputs.includes(`${d}/${program}`));
  return dir ? `${dir}/${program}` : null;
}
