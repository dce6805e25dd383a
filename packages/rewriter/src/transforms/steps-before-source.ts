import {
  analyzeRules,
  applyEdits,
  buildModel,
  type DockerfileModel,
  hasPattern,
  type InstructionNode,
  type StageNode,
  DESCRIBES_IMAGE,
} from '@dop/analyzer';
import { computeLayers } from '../layers.js';
import { isManifestOrLock } from '../manifests.js';
import {
  copySources,
  destOf,
  fileOnly,
  hits,
  type Landed,
  landedOf,
  overlaps,
  pathsNamed,
  pathsOf,
  readsNothingCopied,
} from '../reads-copied.js';
import { dependencyInstall } from '../recipes/dependency-installs.js';
import { eol, withComments } from '../text.js';
import { defineTransform } from '../transform.js';

/** Instructions that only describe the image: a RUN may pass them without anything changing. */
const METADATA = new Set<string>([...DESCRIBES_IMAGE, 'ONBUILD']);

/** The rule that asks for consecutive short RUNs to be joined. */
const JOINABLE = 'DOP099';

/**
 * `COPY . .` then `RUN apt-get install …`: the install reads nothing the COPY brought, yet every
 * source edit runs it again, because Docker re-runs everything after the first instruction whose
 * inputs changed. RUNs that cannot read what the source COPYs wrote (the programs of
 * knowledge/context-free-programs.ts, naming no copied path, running nothing copied, reading no
 * configuration a COPY could bring) move above the first COPY that brings the source, with the
 * ENV, ARG, USER and WORKDIR they need.
 */
export const transform = defineTransform({
  id: 'steps-before-source',
  run(ctx) {
    const layers = computeLayers(ctx.model);
    const nl = eol(ctx.text);
    for (const stage of ctx.model.stages) {
      const stageLayers = layers.stages.find((s) => s.index === stage.index)?.layers;
      if (!stageLayers || stageLayers[0]?.rerunsOn.includes('source')) continue;
      const at = stageLayers.findIndex((l) => l.rerunsOn.includes('source'));
      if (at < 0) continue;
      const moved = movable(ctx.model, stage, at);
      if (moved.length === 0) continue;
      const source = stage.instructions[at]!;
      const prev = stage.instructions[at - 1];
      const insertAt = withComments(ctx.text, source, prev).start;
      const blocks = moved.map((m) =>
        withComments(ctx.text, m, stage.instructions[stage.instructions.indexOf(m) - 1]),
      );
      const text = blocks.map((b) => ctx.text.slice(b.start, b.end).replace(/\r?\n?$/, nl)).join('');
      const edits = [
        { start: insertAt, end: insertAt, text },
        ...blocks.map((b) => ({ start: b.start, end: b.end, text: '' })),
      ];
      // Moved next to another short RUN, it would be one to join (DOP099): the author kept them
      // apart around the COPY, and joining is a choice of theirs, so the move is left out.
      const joinable = (t: string) => analyzeRules(buildModel(t), [JOINABLE]).findings.length;
      if (joinable(applyEdits(ctx.text, edits)) > ctx.findingsOf([JOINABLE]).length) continue;
      const runs = moved.filter((m) => m.keyword === 'RUN');
      // an install from a requirements file reads what that file names too
      const caveats = [
        ...new Map(
          runs
            .flatMap((r) => r.shell?.commands ?? [])
            .map((c) => dependencyInstall(c)?.caveat)
            .filter((c) => c !== undefined)
            .map((c) => [c.en, c] as const),
        ).values(),
      ];
      // `review` even when the build context is given: a variable of the base image (APT_CONFIG,
      // PIP_CONFIG_FILE, PATH) may point a command at any copied file, whatever its name
      const from = source.flags.find((f) => f.name === 'from')?.value;
      const fact = from
        ? {
            en: `what stage \`${from}\` leaves at the copied paths`,
            ko: `\`${from}\` 단계가 복사되는 경로에 남기는 파일`,
          }
        : { en: 'what the build context holds', ko: '빌드 컨텍스트' };
      const first = (ins: InstructionNode) =>
        ctx.text.slice(ins.span.start, ins.span.end).split(/\r?\n/)[0]!.slice(0, 60);
      ctx.propose({
        title: {
          en: `Run ${runs.length === 1 ? 'a step' : `${runs.length} steps`} that read${runs.length === 1 ? 's' : ''} nothing of the source before copying it`,
          ko: `소스를 읽지 않는 단계 ${runs.length}개를 소스 복사 전에 실행`,
        },
        explanation: {
          en: `Docker re-runs every instruction after the first one whose inputs changed, so with \`${first(source)}\` first, any source edit ran ${runs.map((r) => `\`${first(r)}\``).join(', ')} again. ${runs.length === 1 ? 'It names' : 'They name'} no path the COPY writes, run${runs.length === 1 ? 's' : ''} nothing it brings and read${runs.length === 1 ? 's' : ''} no configuration it lands in (nothing it copies lands where these programs read without naming it, such as their configuration or a home folder, and it brings no program they run by name); moved above it, ${runs.length === 1 ? 'it stays' : 'they stay'} cached until the base image or ${runs.length === 1 ? 'its own line changes' : 'their own lines change'}. It depends on ${fact.en}: a copied file at a path these commands read without naming it (an apt source, a pip.conf, a program they run by name, a file a variable of the base image points to) would now be missed, so check the list of copied files.${caveats.map((c) => ` ${c.en}`).join('')}`,
          ko: `Docker는 입력이 바뀐 첫 명령어부터 그 뒤를 모두 다시 실행하므로, \`${first(source)}\`이(가) 먼저 있으면 소스를 고칠 때마다 ${runs.map((r) => `\`${first(r)}\``).join(', ')}도 다시 실행됐습니다. 이 단계는 COPY가 쓰는 경로를 가리키지 않고, COPY가 가져온 것을 실행하지 않으며, COPY가 놓는 설정도 읽지 않습니다(복사되는 파일은 이 프로그램들이 이름 없이 읽는 곳, 곧 설정이나 홈 폴더에 놓이지 않고, 이름으로 실행하는 프로그램도 아닙니다). 그래서 위로 옮기면 베이스 이미지나 그 줄이 바뀔 때까지 캐시됩니다. 다만 ${fact.ko}에 달려 있습니다. 이 명령이 이름을 밝히지 않고 읽는 경로(apt 소스, pip.conf, 이름으로 실행하는 프로그램, 베이스 이미지의 변수가 가리키는 파일)에 복사되는 파일이 있으면 이제 그 파일을 보지 못하니, 복사되는 파일 목록을 확인하세요.${caveats.map((c) => ` ${c.ko}`).join('')}`,
        },
        practices: ['P22'],
        resolves: [],
        risk: 'review',
        edits,
      });
    }
  },
});
/**
 * The instructions after the stage's first source copy (at `at`) that move above it: RUNs that
 * read nothing the copies before them wrote, and the ENV, ARG, USER and WORKDIR before such a RUN.
 * The scan stops at the first RUN that stays (RUNs keep their order among themselves).
 */
function movable(model: DockerfileModel, stage: StageNode, at: number): InstructionNode[] {
  const list = stage.instructions;
  const copies: Landed[] = [];
  const staying: InstructionNode[] = [];
  const moved: InstructionNode[] = [];
  /** The paths the RUNs that stay name. */
  const touched: string[] = [];
  for (let j = at; j < list.length; j++) {
    const ins = list[j]!;
    if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
      const landed = landedOf(model, ins);
      if (!landed) break;
      // dependency manifests copied apart (`COPY requirements.txt .`) go with the install after
      // them, when no copy that stays can bring a file of the same name
      const written = copies.flatMap(pathsOf);
      const mine = landed.flatMap(pathsOf);
      if (
        j > at &&
        ins.keyword === 'COPY' &&
        !ins.flags.some((f) => f.name === 'from') &&
        copySources(ins).every(isManifestOrLock) &&
        landed.every((l) => l.names !== null && !l.names.some((n) => hasPattern(n))) &&
        !mine.some((m) => written.some((w) => hits(m, w)) || touched.some((t) => overlaps(m, t)))
      ) {
        moved.push(ins);
        continue;
      }
      copies.push(...landed);
      staying.push(ins);
    } else if (METADATA.has(ins.keyword)) {
      staying.push(ins);
    } else if (
      ['ENV', 'ARG', 'USER', 'WORKDIR'].includes(ins.keyword) &&
      staying.some((s) => s.keyword === 'RUN')
    ) {
      // a RUN that stays would run as another user, in another folder or with other variables
      // (`chmod +x` as a user who does not own the file fails)
      break;
    } else if (ins.keyword === 'ENV' || ins.keyword === 'ARG') {
      // moved above the copies only when none of what stays names the variable
      const names = ins.properties.map((p) => p.name);
      const text = staying.map((s) => s.argsText + s.flags.map((f) => f.value ?? '').join(' ')).join('\n');
      if (names.some((n) => new RegExp(`\\$\\{?${n}\\b`).test(text))) break;
      moved.push(ins);
    } else if (ins.keyword === 'USER') {
      moved.push(ins);
    } else if (ins.keyword === 'WORKDIR') {
      // the copies before it keep their folder only when they name it absolutely
      if (!staying.every((s) => !isCopy(s) || isAbsoluteDest(s))) break;
      moved.push(ins);
    } else if (ins.keyword === 'RUN') {
      const own = pathsNamed(model, ins);
      const passes = own !== null && !own.some((p) => touched.some((t) => overlaps(p, t)));
      if (passes && readsNothingCopied(model, ins, copies)) moved.push(ins);
      else {
        // a RUN that only changes files it names (`chmod +x /usr/local/bin/app`) stays, and
        // later RUNs may pass it when they name none of its paths
        const paths = fileOnly(ins) ? own : null;
        if (paths === null) break;
        touched.push(...paths);
        staying.push(ins);
      }
    } else break;
  }
  // what the last moved RUN did not need stays where it was
  while (moved.length > 0 && moved.at(-1)!.keyword !== 'RUN') moved.pop();
  return moved;
}

const isCopy = (i: InstructionNode) => i.keyword === 'COPY' || i.keyword === 'ADD';

const isAbsoluteDest = (ins: InstructionNode) => destOf(ins).startsWith('/') && !destOf(ins).includes('$');
