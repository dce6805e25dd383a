import {
  type BuildContext,
  cacheMounts,
  type DockerfileModel,
  type InstructionNode,
  resolvePath,
  type StageNode,
  trimTrailingSlashes,
  writtenWorkdirBefore,
  DESCRIBES_IMAGE,
} from '@dop/analyzer';
import { copySources } from '../layers.js';
import { isManifestOrLock } from '../manifests.js';
import { fetchesFor, type PrefetchPlan, planPrefetch, prefetchEntryOf } from '../recipes/prefetch-plan.js';
import { copyDestWord, eol, indentAt, isPlainRun, topCommands, wholeLines, withComments } from '../text.js';
import { defineTransform, type TransformContext } from '../transform.js';

/**
 * `COPY . .` then `RUN go build` (or mvn package, dotnet publish, cargo build, composer install):
 * the build downloads every dependency again after any source edit. Copy the manifests first and
 * fetch the dependencies from them (go mod download, mvn dependency:go-offline, dotnet restore …),
 * so the download stays cached until a manifest changes.
 */
export const transform = defineTransform({
  id: 'dependency-prefetch',
  run(ctx) {
    const nl = eol(ctx.text);
    for (const stage of ctx.model.stages) {
      const split = findSplit(ctx.model, stage);
      if (split) {
        if (!authorCaches(ctx, split.run)) proposeSplit(ctx, split);
        continue;
      }
      const found = findBuild(ctx.model, stage);
      if (!found || authorCaches(ctx, found.run)) continue;
      const { copy, run, cmd, workdir, insertWorkdir, folder, moveWorkdir } = found;
      // the WORKDIR the inserted one stands for moves up with its comments (nothing before it
      // after the copy reads the working directory)
      const list = stage.instructions;
      const replaced = insertWorkdir ? replacedWorkdir(list, copy, run) : null;
      const replacedBlock = replaced
        ? withComments(ctx.text, replaced, list[list.indexOf(replaced) - 1])
        : null;
      const plan = planPrefetch(cmd, folder ? within(ctx.options.context, folder) : ctx.options.context);
      if (!plan) continue;
      // a single-stage PHP file gets a composer vendor stage from the multi-stage recipe instead
      if (
        !('skip' in plan) &&
        plan.entry.tool === 'composer' &&
        ctx.options.multiStage &&
        ctx.model.stages.length === 1 &&
        /^(library\/)?php$/.test(stage.image.name)
      )
        continue;
      if ('skip' in plan) {
        ctx.note({
          key: `skip:${stage.index}`,
          message: {
            en: `The dependencies were not fetched before the source: ${plan.skip.en}.`,
            ko: `소스보다 먼저 의존성을 받지 않았습니다. ${plan.skip.ko}.`,
          },
          spans: [run.span],
        });
        continue;
      }
      const fetches = stage.instructions.filter(
        (i) => i.keyword === 'RUN' && (i.shell?.commands ?? []).some((c) => fetchesFor(c, plan.entry)),
      );
      // A fetch of its own after the source COPY (`COPY . .`, `RUN dotnet restore`, then the build)
      // moves before it instead; one anywhere else means the author arranged the cache already.
      const own = fetches.length > 0 ? movableFetch(ctx.model, stage, copy, run, fetches, plan) : null;
      if (fetches.length > 0 && !own) continue;
      // The tool already runs before the source arrives (`cargo chef cook` from a recipe, a
      // hand-made fetch): the author has arranged the dependency cache their own way.
      const before = stage.instructions.slice(0, stage.instructions.indexOf(copy));
      if (
        before.some(
          (i) => i.keyword === 'RUN' && (i.shell?.commands ?? []).some((c) => c.name === plan.entry.tool),
        )
      )
        continue;
      const indent = indentAt(ctx.text, copy.span.start);
      const flags = copy.flags.map((f) => `${ctx.text.slice(f.span.start, f.span.end)} `).join('');
      const comments = replacedBlock
        ? ctx.text
            .slice(replacedBlock.start, wholeLines(ctx.text, replaced!.span).start)
            .split(/\r?\n/)
            .filter((l) => l !== '')
            .map((l) => l.trim())
        : [];
      const lines = [
        ...comments,
        ...(insertWorkdir ? [`WORKDIR ${workdir}`] : []),
        ...(moveWorkdir ? [`WORKDIR ${workdir}`] : []),
        ...(folder
          ? plan.copies.map((c) => [...c.slice(0, -1).map((f) => `${folder}/${f}`), c.at(-1)!])
          : plan.copies
        ).map((c) => `COPY ${flags}${c.map(quoteIfNeeded).join(' ')}`),
        `RUN ${own ? ctx.text.slice(own.span.start, own.span.end).replace(/^RUN\s+/, '') : plan.command}`,
      ];
      const at = wholeLines(ctx.text, copy.span).start;
      const files = plan.copies
        .flatMap((c) => c.slice(0, -1))
        .map((f) => (folder ? `${folder}/${f}` : f))
        .join(', ');
      const extra = plan.notes.map((n) => n);
      ctx.propose({
        title: {
          en: `Fetch the dependencies from ${files} before copying the source`,
          ko: `소스를 복사하기 전에 ${files}(으)로 의존성 받기`,
        },
        explanation: {
          en: `The build (\`${cmd.argv
            .slice(cmd.programIndex, cmd.programIndex + 2)
            .map((w) => w.value)
            .join(
              ' ',
            )}\`) downloads every dependency it finds missing, and with the whole source copied just before it, any edit makes Docker run it again from nothing. Copying the dependency files first and running \`${plan.command.length > 60 ? `${plan.command.slice(0, 57)}…` : plan.command}\` keeps the download cached until they change. ${extra.map((n) => n.en).join(' ')} If the manifests name local paths (a \`replace\` to a folder, a path dependency, a project reference), copy those too.`.replace(
            / {2,}/g,
            ' ',
          ),
          ko: `빌드(\`${cmd.argv
            .slice(cmd.programIndex, cmd.programIndex + 2)
            .map((w) => w.value)
            .join(
              ' ',
            )}\`)는 없는 의존성을 모두 내려받는데, 바로 앞에서 소스 전체를 복사하면 어떤 수정이든 Docker가 이를 처음부터 다시 실행합니다. 의존성 파일을 먼저 복사하고 \`${plan.command.length > 60 ? `${plan.command.slice(0, 57)}…` : plan.command}\`을(를) 실행하면 그 파일이 바뀔 때까지 다운로드가 캐시됩니다. ${extra.map((n) => n.ko).join(' ')} 매니페스트가 로컬 경로(폴더로의 \`replace\`, 경로 의존성, 프로젝트 참조)를 가리키면 그것도 함께 복사하세요.`.replace(
            / {2,}/g,
            ' ',
          ),
        },
        practices: ['P22', 'P23'],
        resolves: [],
        risk: 'review',
        edits: [
          { start: at, end: at, text: lines.map((l) => `${indent}${l}${nl}`).join('') },
          ...(own ? [{ ...wholeLines(ctx.text, own.span), text: '' }] : []),
          ...(replacedBlock ? [{ ...replacedBlock, text: '' }] : []),
          // the folder's copy lands in the working directory, now set before it
          ...(moveWorkdir
            ? [
                { ...copyDestSpan(copy), text: './' },
                { ...wholeLines(ctx.text, moveWorkdir.span), text: '' },
              ]
            : []),
        ],
      });
    }
  },
});

/**
 * The stage's one fetch RUN when it sits between the source COPY and the build, in the build's
 * folder, and only fetches (`dotnet restore`, or `dotnet restore app.csproj` when the plan copies
 * that project first): it can run before the source.
 */
function movableFetch(
  model: DockerfileModel,
  stage: StageNode,
  copy: InstructionNode,
  build: InstructionNode,
  fetches: readonly InstructionNode[],
  plan: PrefetchPlan,
): InstructionNode | null {
  const entry = plan.entry;
  const [ins] = fetches;
  if (fetches.length !== 1 || !ins || !isPlainRun(ins) || ins.flags.length > 0) return null;
  const list = stage.instructions;
  const at = list.indexOf(ins);
  if (at < list.indexOf(copy) || at > list.indexOf(build)) return null;
  const cmds = topCommands(ins);
  if (cmds.length !== 1 || ins.shell?.commands.length !== 1 || cmds[0]!.args.some((a) => a.expansion))
    return null;
  if (writtenWorkdirBefore(model, ins) !== writtenWorkdirBefore(model, build)) return null;
  const bare = (w: string) => w.replace(/^\.\//, '');
  const fetchWords = new Set([
    ...entry.fetches.flatMap((f) => f.split(' ')),
    ...plan.command.split(' ').slice(1).map(bare),
  ]);
  const words = cmds[0]!.args.map((a) => bare(a.value)).filter((w) => !w.startsWith('-'));
  return words.every((w) => fetchWords.has(w)) ? ins : null;
}

const quoteIfNeeded = (s: string) => (/\s/.test(s) ? JSON.stringify(s) : s);

/** Instructions that may sit between the source COPY and the build without mattering to the fetch. */
const BETWEEN = new Set<string>([...DESCRIBES_IMAGE, 'ENV', 'ARG', 'USER', 'RUN']);

/**
 * `COPY pom.xml .`, `COPY src ./src`, `RUN mvn package`: the manifests already come first, but
 * nothing fetches from them before the source arrives, so the build downloads everything again
 * after any edit. The fetch goes between the two copies.
 */
function findSplit(model: DockerfileModel, stage: StageNode) {
  const list = stage.instructions;
  let manifests: InstructionNode | null = null;
  for (let i = 0; i < list.length; i++) {
    const ins = list[i]!;
    if (ins.keyword !== 'COPY' || ins.flags.some((f) => f.name === 'from')) continue;
    const sources = copySources(ins);
    if (sources.length > 0 && sources.every(isManifestOrLock)) {
      manifests ??= ins;
      continue;
    }
    if (!manifests || isWholeContext(ins)) return null;
    const found = buildAfter(model, stage, i, true);
    if (!found) return null;
    // the manifests land where the build reads them
    const dest = copyDestWord(manifests);
    const at = writtenWorkdirBefore(model, manifests);
    if (found.workdir === null || resolvePath(at, dest) !== found.workdir) return null;
    return { ...found, manifests, source: ins };
  }
  return null;
}

function proposeSplit(ctx: TransformContext, found: NonNullable<ReturnType<typeof findSplit>>) {
  const { source, manifests, run, cmd, stage } = found;
  const plan = planPrefetch(cmd, ctx.options.context);
  if (!plan || 'skip' in plan) return;
  const list = stage.instructions;
  const between = list.slice(list.indexOf(manifests), list.indexOf(run) + 1);
  // a fetch already between them, or a tool run before the source: the author arranged it
  if (
    between.some(
      (i) =>
        i.keyword === 'RUN' &&
        i !== run &&
        (i.shell?.commands ?? []).some((c) => fetchesFor(c, plan.entry) || c.name === plan.entry.tool),
    )
  )
    return;
  // every file the fetch needs (the wrapper too, when the build runs it) must come with the manifests
  const copied = list
    .slice(0, list.indexOf(source))
    .filter((i) => i.keyword === 'COPY' && !i.flags.some((f) => f.name === 'from'))
    .flatMap((i) => copySources(i).map((s) => trimTrailingSlashes(s.replace(/^\.\//, ''))));
  const needed = plan.copies.flatMap((c) => c.slice(0, -1)).filter((f) => !f.endsWith('*'));
  if (
    !needed.every((f) =>
      copied.some((c) => c === trimTrailingSlashes(f) || c.split('/').pop() === trimTrailingSlashes(f)),
    )
  )
    return;
  const nl = eol(ctx.text);
  const at = wholeLines(ctx.text, source.span).start;
  const program = cmd.argv
    .slice(cmd.programIndex, cmd.programIndex + 2)
    .map((w) => w.value)
    .join(' ');
  ctx.propose({
    title: {
      en: `Fetch the dependencies with \`${plan.command}\` before copying the source`,
      ko: `소스를 복사하기 전에 \`${plan.command}\`로 의존성 받기`,
    },
    explanation: {
      en: `The manifests are copied first, but nothing reads them before the source arrives: the build (\`${program}\`) downloads every dependency after any source edit. Running \`${plan.command}\` between the two copies keeps the download cached until a manifest changes. ${plan.notes.map((n) => n.en).join(' ')} If the manifests name local paths (a module, a path dependency), copy those with them.`.replace(
        / {2,}/g,
        ' ',
      ),
      ko: `매니페스트를 먼저 복사하지만 소스가 오기 전에 읽는 단계가 없어, 빌드(\`${program}\`)가 소스를 고칠 때마다 의존성을 모두 다시 내려받습니다. 두 복사 사이에서 \`${plan.command}\`을(를) 실행하면 매니페스트가 바뀔 때까지 다운로드가 캐시됩니다. ${plan.notes.map((n) => n.ko).join(' ')} 매니페스트가 로컬 경로(모듈, 경로 의존성)를 가리키면 그것도 함께 복사하세요.`.replace(
        / {2,}/g,
        ' ',
      ),
    },
    practices: ['P22', 'P23'],
    resolves: [],
    risk: 'review',
    edits: [{ start: at, end: at, text: `${indentAt(ctx.text, source.span.start)}RUN ${plan.command}${nl}` }],
  });
}

function findBuild(model: DockerfileModel, stage: StageNode) {
  const list = stage.instructions;
  for (let i = 0; i < list.length; i++) {
    const ins = list[i]!;
    if (ins.keyword === 'COPY' && !ins.flags.some((f) => f.name === 'from')) {
      const sources = copySources(ins);
      // manifests copied on their own first: the file is already in the expert order
      if (sources.length > 0 && sources.every(isManifestOrLock)) return null;
      if (isWholeContext(ins)) {
        const found = buildAfter(model, stage, i);
        return found ? { ...found, folder: null, moveWorkdir: null } : null;
      }
      const folder = folderSource(ins);
      const found = folder ? folderBuild(model, stage, i, folder) : null;
      if (found) return found;
    }
  }
  return null;
}

/**
 * `COPY ./app/ ./app/`, `WORKDIR /root/app`, `RUN dotnet build`: a folder of the context copied
 * where the build runs is the project, as the whole context is in `COPY . .`; its manifests are
 * copied from that folder. A relative destination resolved before a later WORKDIR has that WORKDIR
 * moved above it (only file metadata may come between).
 */
function folderBuild(model: DockerfileModel, stage: StageNode, at: number, folder: string) {
  const found = buildAfter(model, stage, at, true);
  if (!found || found.workdir === null) return null;
  const list = stage.instructions;
  const copy = list[at]!;
  const dest = copyDestWord(copy);
  const atCopy = writtenWorkdirBefore(model, copy);
  const target = resolvePath(null, found.workdir);
  if (dest.includes('$') || resolvePath(atCopy, dest) !== target) return null;
  const same = atCopy !== null && resolvePath(null, atCopy) === target;
  if (same || dest.startsWith('/')) return { ...found, insertWorkdir: !same, folder, moveWorkdir: null };
  const between = list.slice(at + 1, list.indexOf(found.run));
  const workdirs = between.filter((i) => i.keyword === 'WORKDIR');
  const [moved] = workdirs;
  if (workdirs.length !== 1 || !moved || copy.json) return null;
  const value = moved.args.map((a) => a.value).join(' ');
  if (!value.startsWith('/') || resolvePath(null, value) !== target) return null;
  if (
    between
      .slice(0, between.indexOf(moved))
      .some((i) => !['LABEL', 'EXPOSE', 'ENV', 'ARG'].includes(i.keyword))
  )
    return null;
  return { ...found, insertWorkdir: false, folder, moveWorkdir: moved };
}

/**
 * The one WORKDIR between a source COPY and the build when nothing before it reads the working
 * directory (a RUN, a copy to a relative path): set above the COPY instead, it leaves every
 * instruction in the same folder, so the one below is redundant.
 */
function replacedWorkdir(
  list: readonly InstructionNode[],
  copy: InstructionNode,
  run: InstructionNode,
): InstructionNode | null {
  const between = list.slice(list.indexOf(copy) + 1, list.indexOf(run));
  const workdirs = between.filter((i) => i.keyword === 'WORKDIR');
  if (workdirs.length !== 1) return null;
  const reads = (i: InstructionNode) =>
    i.keyword === 'RUN' ||
    ((i.keyword === 'COPY' || i.keyword === 'ADD') && !copyDestWord(i).startsWith('/'));
  return between.slice(0, between.indexOf(workdirs[0]!)).some(reads) ? null : workdirs[0]!;
}

/** The one context folder a COPY brings (`./app/`, `src/ad`), without `./` and the trailing slash. */
function folderSource(ins: InstructionNode): string | null {
  const sources = copySources(ins);
  if (sources.length !== 1) return null;
  const s = trimTrailingSlashes(sources[0]!.replace(/^\.\//, '').replace(/^\//, ''));
  if (!s || s === '.' || s.includes('..') || /[*?[$]/.test(s)) return null;
  // a folder: written with its trailing slash, or a last part with no extension
  if (!sources[0]!.endsWith('/') && /\.[A-Za-z0-9]+$/.test(s)) return null;
  return s;
}

/** The build context as the folder sees it: its files, relative to it. */
function within(context: BuildContext | undefined, folder: string): BuildContext | undefined {
  if (!context) return undefined;
  const prefix = `${folder}/`;
  const strip = (f: string) => f.slice(prefix.length);
  return {
    files: context.files.filter((f) => f.startsWith(prefix)).map(strip),
    texts: Object.fromEntries(
      Object.entries(context.texts)
        .filter(([f]) => f.startsWith(prefix))
        .map(([f, t]) => [strip(f), t]),
    ),
  };
}

/** The span of a COPY's destination word. */
function copyDestSpan(ins: InstructionNode): { start: number; end: number } {
  const arg = ins.args.at(-1)!;
  return { start: arg.span.start, end: arg.span.end };
}

/** The build after a source COPY at `copyIndex`; `more`: other source COPYs may come between. */
function buildAfter(model: DockerfileModel, stage: StageNode, copyIndex: number, more = false) {
  const list = stage.instructions;
  const copy = list[copyIndex]!;
  const atCopy = writtenWorkdirBefore(model, copy);
  const dest = copyDestWord(copy);
  if (dest.includes('$')) return null;
  const destAbs = dest === '.' || dest === './' ? atCopy : resolvePath(atCopy, dest);
  for (let j = copyIndex + 1; j < list.length; j++) {
    const ins = list[j]!;
    if (ins.keyword === 'WORKDIR') continue;
    if (more && ins.keyword === 'COPY' && !ins.flags.some((f) => f.name === 'from')) continue;
    if (!BETWEEN.has(ins.keyword)) return null;
    if (ins.keyword !== 'RUN') continue;
    const cmd = (ins.shell?.commands ?? []).find((c) => c.depth === 0 && prefetchEntryOf(c));
    if (!cmd) continue;
    const workdir = writtenWorkdirBefore(model, ins);
    // the build reads the manifests from its working directory: the source must land there (with
    // the manifests copied first, the caller checks where they land instead)
    if (
      !more &&
      (workdir === null ? !(destAbs === null && (dest === '.' || dest === './')) : destAbs !== workdir)
    )
      return null;
    const insertWorkdir = workdir !== null && atCopy !== workdir;
    // a WORKDIR set above the COPY moves what lands at a relative destination, and where the
    // steps before the build's WORKDIR run
    if (insertWorkdir && !more && !dest.startsWith('/')) return null;
    if (
      insertWorkdir &&
      list.slice(copyIndex + 1, lastWorkdirBefore(list, j)).some((i) => i.keyword === 'RUN')
    )
      return null;
    return { copy, run: ins as InstructionNode, stage, cmd, workdir, insertWorkdir };
  }
  return null;
}

/** The index of the last WORKDIR before `at`. */
function lastWorkdirBefore(list: readonly InstructionNode[], at: number): number {
  return list.slice(0, at).findLastIndex((i) => i.keyword === 'WORKDIR');
}

/**
 * A build that downloads into a cache mount of its own keeps its downloads across source edits
 * already, and a fetch before the source without that mount would fill a layer the build never
 * reads (the mount hides it). With the cache-mounts option the fetch gets the mount as well.
 */
function authorCaches(ctx: TransformContext, run: InstructionNode): boolean {
  return !ctx.options.cacheMounts && cacheMounts(run).length > 0;
}

function isWholeContext(ins: InstructionNode): boolean {
  const sources = copySources(ins);
  return sources.length === 1 && ['.', './'].includes(sources[0]!);
}
