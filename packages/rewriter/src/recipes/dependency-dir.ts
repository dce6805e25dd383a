import {
  type Ecosystem,
  type InstructionNode,
  type Localized,
  packageManagerCall,
  type SimpleCommand,
  type StageNode,
} from '@dop/analyzer';
import { type Block, renderBlock } from '../blocks.js';
import { topCommands } from '../text.js';
import type { contextRuntimeLibraries } from './context-libraries.js';
import { dependencyInstall } from './dependency-installs.js';
import { type Recipe, RUNTIME_ONLY } from './recipe.js';
import { relocatedDependencies } from './relocation.js';
import { isCleanupOnly, libraryDistro, runtimePackagesRun } from './shell-edits.js';
import { runtimeUser } from './runtime-user.js';
import { fromLine, runtimeTail, slimVariant } from './stages.js';

/**
 * Interpreted ecosystems whose dependencies install into one folder (a Python virtualenv, Ruby's
 * bundle path): the build stage installs there from the manifests, and the runtime stage copies
 * that folder and the source onto a slim image, so compilers, headers and caches stay behind.
 */
export interface DependencyDirSpec {
  ecosystem: Ecosystem;
  /** Package managers whose manifest-only install marks this ecosystem. */
  managers: string[];
  /** Whether the stage is this ecosystem's: its base image, or what its prelude installs. */
  matches(stage: StageNode, prelude: Block[]): boolean;
  /** Whether the base image is the ecosystem's official one (then its slim variant runs it). */
  officialImage(stage: StageNode): boolean;
  /** Where the dependencies end up. */
  dir: string;
  /**
   * The folder a RUN of the file already makes for them (`python -m venv /opt/venv`), or null: the
   * file's own folder is used then, and the recipe's set-up is left out.
   */
  createsDir?: (ins: InstructionNode) => string | null;
  /** …or a command of the install's own RUN that makes it (`python -m venv /opt/venv && /opt/venv/bin/pip install …`). */
  createsDirCommand?: (cmd: SimpleCommand) => string | null;
  /** Instructions before the manifest COPY in the build stage (create the folder, point tools at it). */
  buildSetup: string[];
  /**
   * Edits the build stage's prelude needs for that set-up (python3-venv on Debian and Ubuntu), as
   * offsets in the file; null when the set-up cannot work on this image.
   */
  setupNeeds?: (stage: StageNode) => { at: number; text: string }[] | null;
  /** Instructions before the folder is copied in the runtime stage. */
  runtimeSetup: string[];
  /** ENV names that move the folder elsewhere: their presence means the recipe does not know it. */
  movedBy: RegExp;
  explanation: (runtimeImage: string, user: Localized, dir: string) => Localized;
  /** Libraries the build context says the dependencies load at run time (Python: requirements.txt). */
  contextLibraries?: typeof contextRuntimeLibraries;
}

export function dependencyDirRecipe(spec: DependencyDirSpec): Recipe {
  return {
    ecosystem: spec.ecosystem,
    plan({ model, stage, blocks, options, nl }) {
      const isInstallCommand = (c: SimpleCommand) =>
        spec.managers.includes(packageManagerCall(c)?.pm.id ?? '') && dependencyInstall(c) !== null;
      const installAt = blocks.findIndex(
        (b) =>
          b.ins.keyword === 'RUN' &&
          topCommands(b.ins).length > 0 &&
          topCommands(b.ins).some(isInstallCommand) &&
          topCommands(b.ins).every((c) => isInstallCommand(c) || spec.createsDirCommand?.(c)),
      );
      if (installAt < 2) return null;
      const manifest = blocks[installAt - 1]!;
      if (manifest.ins.keyword !== 'COPY' || manifest.ins.flags.some((f) => f.name === 'from')) return null;
      const prelude = blocks.slice(1, installAt - 1);
      if (!spec.matches(stage, prelude)) return null;
      const rest = blocks.slice(installAt + 1);
      if (!rest.some((b) => b.ins.keyword === 'COPY')) return null;
      if ([...prelude, ...rest].some((b) => b.ins.keyword === 'USER' || b.ins.keyword === 'ONBUILD')) {
        return {
          skip: {
            en: 'It switches users already; the stages are left as they are.',
            ko: '이미 사용자를 바꾸고 있어 스테이지 구성을 그대로 두었습니다.',
          },
        };
      }
      if (rest.some((b) => b.ins.keyword === 'WORKDIR')) return null;
      // The file's own folder (its virtualenv): the install must write into it, by its path or PATH.
      const own = spec.createsDir ? prelude.filter((b) => spec.createsDir!(b.ins) !== null) : [];
      const inRun = topCommands(blocks[installAt]!.ins).flatMap((c) => {
        const d = spec.createsDirCommand?.(c);
        return d ? [d] : [];
      });
      if (new Set(inRun).size > 1) return null;
      const ownDir = inRun[0] ?? (own.length > 0 ? spec.createsDir!(own[own.length - 1]!.ins) : null);
      if (ownDir && !installsInto(blocks[installAt]!, prelude, ownDir, isInstallCommand)) return null;
      const dir = ownDir ?? spec.dir;
      const relocated = relocatedDependencies(blocks, dir);
      if (relocated) return { skip: relocated };
      if (
        blocks.some((b) => b.ins.keyword === 'ENV' && b.ins.properties.some((p) => spec.movedBy.test(p.name)))
      )
        return null;

      const needs = spec.setupNeeds ? spec.setupNeeds(stage) : [];
      if (needs === null) {
        return {
          skip: {
            en: `The stages were not split: the build stage's ${spec.dir} needs a tool this image does not install (on Debian and Ubuntu, python3-venv with the Python install).`,
            ko: `스테이지를 나누지 않았습니다. 빌드 스테이지의 ${spec.dir}에 필요한 도구를 이 이미지가 설치하지 않습니다(Debian과 Ubuntu에서는 Python 설치에 python3-venv가 필요합니다).`,
          },
        };
      }
      const withNeeds = (b: Block) => {
        const own = needs.filter((n) => n.at >= b.ins.span.start && n.at <= b.ins.span.end);
        if (own.length === 0) return renderBlock(b, nl);
        let text = b.text;
        for (const n of [...own].sort((x, y) => y.at - x.at)) {
          const at = n.at - b.ins.span.start;
          text = text.slice(0, at) + n.text + text.slice(at);
        }
        return renderBlock({ comments: b.comments, text }, nl);
      };
      const runtimeImage = spec.officialImage(stage) ? slimVariant(stage.image) : stage.image.raw;
      const build = [
        fromLine(model.text, stage, 'build'),
        ...prelude.filter((b) => !RUNTIME_ONLY.has(b.ins.keyword)).map(withNeeds),
        ...(ownDir ? [] : spec.buildSetup),
        renderBlock(manifest, nl),
        renderBlock(blocks[installAt]!, nl),
      ];
      const runtimePrelude = prelude.flatMap((b) => {
        if (own.includes(b)) return [];
        if (b.ins.keyword !== 'RUN') return [renderBlock(b, nl)];
        const text = runtimePackagesRun(model.text, b.ins, libraryDistro(stage.image));
        return text === null ? [] : [renderBlock({ comments: b.comments, text }, nl)];
      });
      // On the same image with the same OS packages the runtime would be no lighter: no split.
      const dropsPackages = prelude.some(
        (b) =>
          b.ins.keyword === 'RUN' &&
          runtimePackagesRun(model.text, b.ins, libraryDistro(stage.image)) !== b.text,
      );
      if (runtimeImage === stage.image.raw && !dropsPackages) {
        return {
          skip: {
            en: `The stages were not split: the runtime would start from the same image (${runtimeImage}) with the same OS packages, so it would be no smaller.`,
            ko: `스테이지를 나누지 않았습니다. 런타임이 같은 이미지(${runtimeImage})에서 같은 OS 패키지로 시작하므로 더 작아지지 않습니다.`,
          },
        };
      }
      const user = runtimeUser(stage.image, blocks, options, spec.ecosystem);
      const libraries =
        spec.contextLibraries?.(
          options.context,
          manifest,
          libraryDistro(stage.image),
          runtimePrelude.join('\n'),
        ) ?? null;
      const runtime = [
        fromLine(model.text, stage, null, runtimeImage),
        ...runtimePrelude,
        ...(libraries ? [libraries.line] : []),
        ...(ownDir ? [] : spec.runtimeSetup),
        `COPY --from=build ${dir} ${dir}`,
        ...runtimeTail(
          rest.filter((b) => !isCleanupOnly(b.ins)),
          user,
          nl,
        ),
      ];
      return {
        ecosystem: spec.ecosystem,
        build,
        runtime,
        title: {
          en: `Install dependencies in a build stage; run on ${runtimeImage}${user.line ? ` as user ${user.line.slice(5).split(':')[0]}` : ''}`,
          ko: `빌드 스테이지에서 의존성을 설치하고 ${runtimeImage}에서${user.line ? ` 사용자 ${user.line.slice(5).split(':')[0]}(으)로` : ''} 실행`,
        },
        explanation: withContext(spec.explanation(runtimeImage, user.text, dir), libraries?.because),
        resolves: ['DOP028', 'DOP029', 'DOP030', 'DOP096'],
      };
    },
  };
}

const withContext = (text: Localized, because: Localized | undefined): Localized =>
  because ? { en: `${text.en} ${because.en}`, ko: `${text.ko} ${because.ko}` } : text;

/** Whether the install runs the folder's own tool (`/opt/venv/bin/pip`), or a prelude ENV puts its bin on PATH. */
function installsInto(
  install: Block,
  prelude: readonly Block[],
  dir: string,
  isInstallCommand: (c: SimpleCommand) => boolean,
): boolean {
  const bin = `${dir}/bin/`;
  const own = topCommands(install.ins)
    .filter(isInstallCommand)
    .every((c) => (c.argv[0]?.value ?? '').startsWith(bin));
  const onPath = prelude.some(
    (b) =>
      b.ins.keyword === 'ENV' &&
      b.ins.properties.some((p) => p.name === 'PATH' && (p.value ?? '').split(':')[0] === `${dir}/bin`),
  );
  return own || onPath;
}
