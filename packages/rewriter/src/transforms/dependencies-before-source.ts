import {
  cleansCache,
  type InstructionNode,
  type SimpleCommand,
  type StageNode,
  isInstall,
  packageManagerCall,
  shell,
  trimTrailingSlashes,
  DESCRIBES_IMAGE,
} from '@dop/analyzer';
import { copySources } from '../layers.js';
import { dependencyInstall, projectInstallSplit } from '../recipes/dependency-installs.js';
import { sourceAfterInstall } from '../recipes/source-after-install.js';
import { venvCreated, venvRun } from '../recipes/python-venv.js';
import {
  copyDestWord,
  eol,
  indentAt,
  isAndChain,
  isPlainRun,
  topCommands,
  wholeLines,
  withComments,
} from '../text.js';
import { defineTransform, type TransformContext } from '../transform.js';

/** Instructions that may sit between the source COPY and the install without mattering to it. */
const NEUTRAL = new Set<string>(DESCRIBES_IMAGE);

/**
 * `COPY . .` then `RUN npm ci`: every source edit re-runs the install. Copy the manifest and lock
 * files first, install, then copy the source; split the RUN when it also builds.
 */
export const transform = defineTransform({
  id: 'dependencies-before-source',
  run(ctx) {
    for (const stage of ctx.model.stages) {
      const found = findPattern(stage);
      if (!found) {
        const later = sourceAfterInstall(ctx.model, stage);
        if (later) proposeSourceAfter(ctx, later);
        continue;
      }
      const { copy, run, upTo, install, movedWorkdir, setup, pre } = found;
      const list = stage.instructions;
      const nl = eol(ctx.text);
      const commands = topCommands(run);
      const dest = copyDestWord(copy);
      const manifestDest = dest.endsWith('/') ? dest : `${dest}/`;
      const copyFlags = copy.flags.map((f) => `${ctx.text.slice(f.span.start, f.span.end)} `).join('');
      const indent = indentAt(ctx.text, copy.span.start);
      const flags = run.flags.map((f) => ctx.text.slice(f.span.start, f.span.end)).join(' ');
      // a project install (`uv sync`) stays after the COPY; a copy of it without the project runs first
      const leading = upTo >= 0 ? ctx.text.slice(commands[0]!.span.start, commands[upTo]!.span.end) : '';
      const moved = pre ? [leading, pre].filter((t) => t !== '').join(' && ') : leading;
      const copies = manifestCopies(install.manifests, manifestDest).map(
        (c) => `${indent}COPY ${copyFlags}${c}${nl}`,
      );
      // the WORKDIR after the source moves up with its comments: between its two places nothing
      // changes the working directory (only the moved set-up, the copies and the install), and an
      // absolute path without a variable resolves the same in both
      const workdirBlock =
        movedWorkdir && !movedWorkdir.workdir.includes('$')
          ? withComments(ctx.text, movedWorkdir.node, list[list.indexOf(movedWorkdir.node) - 1])
          : null;
      const workdirLine = workdirBlock
        ? ctx.text.slice(workdirBlock.start, workdirBlock.end).replace(/\r?\n?$/, nl)
        : movedWorkdir
          ? `${indent}WORKDIR ${movedWorkdir.workdir}${nl}`
          : '';
      const setupLines = setup.map((s) => `${indent}${ctx.text.slice(s.span.start, s.span.end)}${nl}`);
      const before = `${workdirLine}${setupLines.join('')}${copies.join('')}${indent}RUN ${flags ? `${flags} ` : ''}${moved}${nl}`;
      const edits = [
        {
          start: wholeLines(ctx.text, copy.span).start,
          end: wholeLines(ctx.text, copy.span).start,
          text: before,
        },
        ...setup.map((s) => ({ ...wholeLines(ctx.text, s.span), text: '' })),
        ...(workdirBlock ? [{ ...workdirBlock, text: '' }] : []),
      ];
      if (upTo === commands.length - 1) edits.push({ ...wholeLines(ctx.text, run.span), text: '' });
      else if (upTo >= 0)
        edits.push({ start: commands[0]!.span.start, end: commands[upTo + 1]!.span.start, text: '' });
      ctx.propose({
        title: {
          en: `Install dependencies from ${install.manifests[0]} before copying the source`,
          ko: `소스를 복사하기 전에 ${install.manifests[0]}로 의존성 설치`,
        },
        explanation: {
          en: `Docker re-runs every instruction after the first one whose inputs changed. With the whole source copied before the install, any edit re-installs every dependency; copying only the manifest and lock files first keeps the install cached until they change.${install.caveat ? ` ${install.caveat.en}` : ''}`,
          ko: `Docker는 입력이 바뀐 첫 명령어부터 그 뒤를 모두 다시 실행합니다. 소스 전체를 설치 전에 복사하면 어떤 수정이든 의존성을 전부 다시 설치합니다. 매니페스트와 잠금 파일만 먼저 복사하면 그 파일이 바뀔 때까지 설치가 캐시됩니다.${install.caveat ? ` ${install.caveat.ko}` : ''}`,
        },
        practices: ['P22', 'P23'],
        resolves: ['DOP094'],
        risk: install.risk,
        edits,
      });
    }
  },
});

/**
 * The manifests already come first, but other source files are copied before the install: those
 * copies move after it (a copy that also brings the requirement file leaves a copy of it behind).
 */
function proposeSourceAfter(
  ctx: TransformContext,
  found: NonNullable<ReturnType<typeof sourceAfterInstall>>,
) {
  const { install, moved, kept, caveat } = found;
  const nl = eol(ctx.text);
  const indent = indentAt(ctx.text, install.span.start);
  const blocks = moved.map((m) => withComments(ctx.text, m));
  const line = (ins: InstructionNode) => ctx.text.slice(ins.span.start, ins.span.end);
  const first = (ins: InstructionNode) => line(ins).split(/\r?\n/)[0]!;
  const after = wholeLines(ctx.text, install.span).end;
  const edits = [
    ...moved.map((m, k) => {
      const files = kept.get(m);
      if (!files) return { ...blocks[k]!, text: '' };
      const flags = m.flags.map((f) => `${ctx.text.slice(f.span.start, f.span.end)} `).join('');
      const dest = copyDestWord(m);
      return {
        ...wholeLines(ctx.text, m.span),
        text: `${indentAt(ctx.text, m.span.start)}COPY ${flags}${files.join(' ')} ${dest}${nl}`,
      };
    }),
    {
      start: after,
      end: after,
      text: moved
        .map((m, k) =>
          kept.has(m)
            ? `${indent}${line(m)}${nl}`
            : ctx.text.slice(blocks[k]!.start, blocks[k]!.end).replace(/\r?\n?$/, nl),
        )
        .join(''),
    },
  ];
  const copies = moved.map((m) => `\`${first(m)}\``).join(', ');
  const program = first(install).slice(0, 60);
  const keptFiles = [...kept.values()].flat();
  ctx.propose({
    title: {
      en: `Copy the source after the install, not before it`,
      ko: `소스는 설치 뒤에 복사하기`,
    },
    explanation: {
      en: `Docker re-runs every instruction after the first one whose inputs changed: with ${copies} before \`${program}\`, an edit of those files re-ran the install although its manifests had not changed. Nothing between them names what ${moved.length === 1 ? 'that copy brings' : 'those copies bring'}, so ${moved.length === 1 ? 'it moves' : 'they move'} to just after the install${keptFiles.length ? `, and ${keptFiles.join(', ')} (which the install reads) ${keptFiles.length === 1 ? 'is' : 'are'} copied on ${keptFiles.length === 1 ? 'its' : 'their'} own first` : ''}. It depends on the project: the install must read none of the moved files.${caveat ? ` ${caveat.en}` : ''}`,
      ko: `Docker는 입력이 바뀐 첫 명령어부터 그 뒤를 모두 다시 실행합니다. ${copies}이(가) \`${program}\`보다 먼저 있어, 매니페스트가 그대로여도 그 파일을 고치면 설치가 다시 실행됐습니다. 그 사이에 이 복사가 가져오는 것을 가리키는 명령이 없으니, 복사를 설치 바로 뒤로 옮깁니다${keptFiles.length ? `. 설치가 읽는 ${keptFiles.join(', ')}은(는) 먼저 따로 복사합니다` : ''}. 프로젝트에 달려 있습니다. 설치가 옮긴 파일을 하나도 읽지 않아야 합니다.${caveat ? ` ${caveat.ko}` : ''}`,
    },
    practices: ['P22', 'P23'],
    resolves: [],
    risk: 'review',
    edits,
  });
}

function findPattern(stage: StageNode) {
  const list = stage.instructions;
  const copyIndex = list.findIndex(
    (i) => i.keyword === 'COPY' && !i.flags.some((f) => f.name === 'from') && isWholeContext(i),
  );
  if (copyIndex < 0) return null;
  const copy = list[copyIndex]!;
  // The install reads its manifests from the working directory: the copy must land there.
  const workdir = list
    .slice(0, copyIndex)
    .filter((i) => i.keyword === 'WORKDIR')
    .map((i) => i.args.map((a) => a.value).join(' '))
    .pop();
  const dest = trimTrailingSlashes(copyDestWord(copy));
  const here =
    dest === '.' || dest === '' || (workdir !== undefined && dest === trimTrailingSlashes(workdir));
  // `COPY . /app` then `WORKDIR /app`: the install runs where the source landed; the manifests go there first
  let movedWorkdir: { node: InstructionNode; workdir: string } | null = null;
  if (!here && !dest.startsWith('/')) return null;
  // Where the source lands, when the file says: a virtualenv made outside it may move before it.
  const sourceDir = dest.startsWith('/')
    ? dest
    : workdir?.startsWith('/')
      ? trimTrailingSlashes(workdir)
      : null;
  const setup: InstructionNode[] = [];
  for (let j = copyIndex + 1; j < list.length; j++) {
    const ins = list[j]!;
    if (ins.keyword === 'WORKDIR' && !here && movedWorkdir === null) {
      const to = trimTrailingSlashes(ins.args.map((a) => a.value).join(' '));
      if (to !== dest) return null;
      movedWorkdir = { node: ins, workdir: to };
      continue;
    }
    if (!here && movedWorkdir === null && ins.keyword === 'RUN') return null;
    if (ins.keyword !== 'RUN') {
      if (NEUTRAL.has(ins.keyword)) continue;
      // ENV and ARG change nothing the COPY reads (it names no variable): they move with the install
      if ((ins.keyword === 'ENV' || ins.keyword === 'ARG') && !copyText(copy).includes('$')) {
        setup.push(ins);
        continue;
      }
      return null;
    }
    if (!isPlainRun(ins)) return null;
    // `python -m venv /opt/venv` reads nothing from the context: it moves before the COPY with the install.
    const venv = venvRun(ins);
    if (venv && sourceDir && !inside(venv, sourceDir)) {
      setup.push(ins);
      continue;
    }
    const commands = topCommands(ins);
    if (!isAndChain(commands) || commands.length !== (ins.shell?.commands.length ?? -1)) return null;
    // Tool set-up that reads nothing from the context (`corepack enable`, `pip install poetry`)
    // may come first and moves with the install.
    let at = 0;
    const setsUp = (c: SimpleCommand) => {
      const venv = venvCreated(c);
      return venv ? sourceDir !== null && !inside(venv, sourceDir) : isToolSetup(c);
    };
    while (at < commands.length && setsUp(commands[at]!)) at++;
    // a RUN of tool set-up alone (`yarn global add @vue/cli`) moves before the COPY as it is
    if (at === commands.length && here && ins.flags.length === 0) {
      setup.push(ins);
      continue;
    }
    const first = commands[at] && dependencyInstall(commands[at]!);
    if (!first) {
      // `uv sync`, `poetry install`: the dependencies first without the project, the project after
      const split = commands[at] ? projectInstallSplit(commands[at]!) : null;
      if (!split || commands[at]!.args.some((a) => a.expansion)) return null;
      const cmd = commands[at]!;
      // the dependencies were installed without the project before the source already
      const done = list
        .slice(0, copyIndex)
        .some((i) =>
          (i.shell?.commands ?? []).some(
            (c) => c.name === cmd.name && c.args.some((a) => a.value === split.flag),
          ),
        );
      if (done) return null;
      const text = `${[...cmd.assignments, ...cmd.argv].map((w) => w.raw).join(' ')} ${split.flag}`;
      return { copy, run: ins, upTo: at - 1, install: split.install, movedWorkdir, setup, pre: text };
    }
    // Consecutive installs in the chain move together (`pip install -U pip` is not one).
    let upTo = at;
    while (upTo + 1 < commands.length && dependencyInstall(commands[upTo + 1]!)) upTo++;
    // So does the cleanup of the cache those installs filled (`yarn cache clean`).
    const pm = packageManagerCall(commands[at]!)!.pm;
    while (upTo + 1 < commands.length && cleansCache(pm, [commands[upTo + 1]!])) upTo++;
    return { copy, run: ins, upTo, install: first, movedWorkdir, setup, pre: null };
  }
  return null;
}

const inside = (path: string, dir: string) => dir === '/' || path === dir || path.startsWith(`${dir}/`);

/** Commands that prepare a package manager without reading the build context. */
function isToolSetup(cmd: SimpleCommand): boolean {
  if (cmd.name === 'corepack') return true;
  const call = packageManagerCall(cmd);
  if (!call) return false;
  const sub = call.subcommand?.value ?? '';
  if (call.pm.id === 'poetry' && sub === 'config') return true;
  // `yarn global add <pkg>`: yarn 1's global install, the packages after `add`
  const yarnGlobal = call.pm.id === 'yarn' && sub === 'global' && call.operands[0]?.value === 'add';
  const operands = yarnGlobal ? call.operands.slice(1) : call.operands;
  if ((!isInstall(call) && !yarnGlobal) || operands.length === 0) return false;
  // Named packages from a registry only: no paths, requirement files or the project itself.
  const named = operands.every((o) => /^[A-Za-z@][\w.@/=<>~^-]*$/.test(o.value) && !o.value.startsWith('.'));
  const fromFiles = shell.findOption(call.args, [
    '-r',
    '--requirement',
    '-c',
    '--constraint',
    '-e',
    '--editable',
  ]);
  const global = call.pm.id === 'npm' ? shell.findOption(call.args, ['-g', '--global']) !== null : true;
  return named && fromFiles === null && global && (yarnGlobal || ['npm', 'pip'].includes(call.pm.id));
}

function isWholeContext(ins: InstructionNode): boolean {
  const sources = copySources(ins);
  return sources.length === 1 && (sources[0] === '.' || sources[0] === './');
}

/** A COPY's flags and operands as written. */
function copyText(ins: InstructionNode): string {
  const args = ins.json ? ins.json.map((a) => a.value) : ins.args.map((a) => a.value);
  return [...ins.flags.map((f) => f.value ?? ''), ...args].join(' ');
}

/**
 * The COPY arguments that put each manifest where the install reads it: files at the top of the
 * context in one COPY, a file in a folder (`requirements/prod.txt`) by its whole folder at the same
 * relative path — the install names it by that path, and such files include their neighbours
 * (`-r base.txt`).
 */
export function manifestCopies(manifests: readonly string[], dest: string): string[] {
  const top = manifests.filter((m) => !m.includes('/'));
  const folders = [
    ...new Set(manifests.filter((m) => m.includes('/')).map((m) => m.slice(0, m.lastIndexOf('/')))),
  ];
  return [
    ...(top.length > 0 ? [`${top.join(' ')} ${dest}`] : []),
    ...folders.map((f) => `${f}/ ${dest}${f}/`),
  ];
}
