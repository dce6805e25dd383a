import {
  DEPENDENCY_PREFETCH,
  baseImageInfo,
  type DockerfileModel,
  type InstructionNode,
  isInstall,
  type PackageManagerCall,
  packageManagerCall,
  resolveStage,
  runMounts,
  stagesNeeded,
  trimTrailingSlashes,
  writtenWorkdirAtEnd,
} from '@dop/analyzer';
import { copySources, landedOf, type Landed, readsNothingCopied } from './reads-copied.js';
import { isManifestOrLock } from './manifests.js';
import type { LayerInfo, LayerModel, SizeClass, StageLayers, Trigger } from './types.js';

/** Rough MB per size class: an estimate to draw bars with, never a measurement. */
export const SIZE_CLASS_MB: Record<SizeClass, number> = {
  none: 0,
  tiny: 0.1,
  small: 5,
  medium: 40,
  large: 150,
  huge: 500,
};

const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

/**
 * Which instructions of each stage make layers, how big they are likely to be, and what makes
 * them re-run: Docker's cache is invalidated at the first instruction whose inputs changed, and
 * everything after it in the stage re-runs too.
 */
export function computeLayers(model: DockerfileModel): LayerModel {
  const stages: StageLayers[] = [];
  const endTriggers: Set<Trigger>[] = [];
  const endFetched: Set<string>[] = [];
  /** What the re-running copies of each stage (and the stages it is built from) brought; null when unknown. */
  const endCopied: (Landed[] | null)[] = [];
  const avoidable = new Set<LayerInfo>();
  for (const stage of model.stages) {
    const triggers = new Set<Trigger>(['base']);
    const fetched = new Set<string>(stage.image.stage !== null ? endFetched[stage.image.stage] : []);
    if (stage.image.stage !== null) for (const t of endTriggers[stage.image.stage] ?? []) triggers.add(t);
    let copies: Landed[] | null = stage.image.stage !== null ? (endCopied[stage.image.stage] ?? []) : [];
    const layers: LayerInfo[] = [];
    for (const ins of stage.instructions) {
      if (ins.keyword !== 'FROM') for (const t of startsTriggers(ins, endTriggers, model)) triggers.add(t);
      const copied = copiedFromStageMB(ins, model, stages);
      const sizeClass = copied === null ? sizeClassOf(ins) : classOf(copied);
      const layer: LayerInfo = {
        instruction: firstLine(model.text, ins),
        keyword: ins.keyword,
        startLine: ins.startLine + 1,
        endLine: ins.endLine + 1,
        makesLayer: LAYER_KEYWORDS.has(ins.keyword),
        sizeClass,
        estimatedMB: copied ?? SIZE_CLASS_MB[sizeClass],
        rerunsOn: (['source', 'manifest', 'base'] as const).filter((t) => triggers.has(t)),
        installs: installsPackages(ins, fetched),
      };
      layers.push(layer);
      if (!triggers.has('source')) continue;
      // a re-run the source edit need not cause: the RUN reads nothing a re-running copy brought
      if (ins.keyword === 'RUN' && copies !== null && readsNothingCopied(model, ins, copies))
        avoidable.add(layer);
      if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
        const landed: Landed[] | null = copies && landedOf(model, ins);
        copies = copies && landed ? [...copies, ...landed] : null;
      }
    }
    endTriggers[stage.index] = triggers;
    endCopied[stage.index] = copies;
    endFetched[stage.index] = fetched;
    const info = stage.image.stage === null && !stage.image.scratch ? baseImageInfo(stage.image) : null;
    stages.push({
      index: stage.index,
      name: stage.name,
      base: stage.image.resolved || stage.image.raw,
      baseMB: stage.image.scratch ? 0 : (info?.variant.size.uncompressedMb ?? null),
      isFinal: stage.isFinal,
      layers,
    });
  }
  const needed = stagesNeeded(model);
  const rerun = (t: Trigger) =>
    stages
      .filter((s) => needed.has(s.index))
      .flatMap((s) => s.layers.filter((l) => l.makesLayer && l.rerunsOn.includes(t)));
  const source = rerun('source');
  return {
    stages,
    rerunOnSourceChange: source.length,
    runsRerunOnSourceChange: source.filter((l) => l.keyword === 'RUN').length,
    avoidableRunsRerunOnSourceChange: source.filter((l) => avoidable.has(l)).length,
    rerunOnManifestChange: rerun('manifest').length,
    rebuiltMBOnSourceChange: source.reduce((n, l) => n + l.estimatedMB, 0),
    installsRerunOnSourceChange: source.filter((l) => l.installs).length,
  };
}

/** The triggers an instruction brings in: the build context files it reads, or another stage. */
function startsTriggers(
  ins: InstructionNode,
  endTriggers: Set<Trigger>[],
  model: DockerfileModel,
): Trigger[] {
  const out: Trigger[] = [];
  const from = fromStageOf(ins, model);
  if (from !== undefined) {
    if (from !== null) out.push(...(endTriggers[from] ?? []));
    return out;
  }
  if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') {
    // RUN --mount=type=bind (default source is the context) reads context files too.
    for (const b of runMounts(ins, ['bind'])) {
      if (b.from) continue;
      out.push(isManifestOrLock(b.source ?? '.') ? 'manifest' : 'source', 'manifest');
    }
    return out;
  }
  const sources = copySources(ins);
  if (sources.some((s) => /^https?:\/\//.test(s) || /^git@/.test(s))) return out;
  if (sources.length === 0) return out;
  out.push('manifest');
  if (!sources.every((s) => isManifestOrLock(s))) out.push('source');
  return out;
}

/** For COPY --from: the stage index read (null for an external image or a variable); undefined if none. */
function fromStageOf(ins: InstructionNode, model: DockerfileModel): number | null | undefined {
  const flag = ins.flags.find((f) => f.name === 'from');
  if (!flag) return undefined;
  const target = resolveStage(model, flag.value ?? '');
  return typeof target === 'number' ? target : null;
}

export { copySources } from './reads-copied.js';

/** Folders that hold installed dependencies: copying one carries the dependency install's bytes. */
const DEPENDENCY_DIR = /(^|\/)(\.?venv|node_modules|site-packages|vendor|\.m2|\.gradle|\.bundle|gems)(\/|$)/;

/**
 * What a `COPY --from=<stage>` carries, in MB: the stage's own layers when it copies the stage's
 * working directory (or a folder above it), the dependency install when it copies a dependency
 * folder, a small artefact otherwise (a binary, built assets). Null for anything else.
 */
function copiedFromStageMB(
  ins: InstructionNode,
  model: DockerfileModel,
  stages: readonly StageLayers[],
): number | null {
  const from = fromStageOf(ins, model);
  if (from === undefined || ins.keyword !== 'COPY') return null;
  const source = from === null ? undefined : model.stages[from];
  const layers = stages.find((s) => s.index === from)?.layers;
  if (!source || !layers) return SIZE_CLASS_MB.small;
  const workdir = writtenWorkdirAtEnd(model, source);
  const own = source.instructions
    .map((i, n) => ({ i, layer: layers[n]! }))
    .filter((x) => x.layer?.makesLayer);
  let mb = 0;
  for (const raw of copySources(ins)) {
    const path = trimTrailingSlashes(raw) || '/';
    if (workdir && (path === '/' || workdir === path || workdir.startsWith(`${path}/`))) {
      // The app folder: what the stage copied in and built there, not what OS packages put in /usr.
      mb += own
        .filter((x) => installCalls(x.i, 'os').length === 0)
        .reduce((n, x) => n + x.layer.estimatedMB, 0);
    } else if (DEPENDENCY_DIR.test(path)) {
      mb += Math.max(
        0,
        ...own.filter((x) => installCalls(x.i, 'language').length > 0).map((x) => x.layer.estimatedMB),
      );
    } else mb += SIZE_CLASS_MB.small;
  }
  return mb;
}

/**
 * Whether a RUN installs packages: a package manager's install, download or restore, or a build
 * that fetches them itself (`mvn package`, `cargo build`) when no earlier step of the stage (or its
 * parent) fetched them for it. Records in `fetched` the managers whose fetch-only step ran.
 */
function installsPackages(ins: InstructionNode, fetched: Set<string>): boolean {
  let installs = false;
  for (const c of ins.shell?.commands ?? []) {
    const call = packageManagerCall(c);
    if (call === null) continue;
    // a fetch-only command that is not an install subcommand (`cargo chef cook`)
    const words = ` ${call.args.map((a) => a.value).join(' ')} `;
    const fetches = DEPENDENCY_PREFETCH.some(
      (e) => e.pm === call.pm.id && e.fetches.some((f) => words.includes(` ${f} `)),
    );
    if (!isInstall(call) && fetches) {
      fetched.add(call.pm.id);
      installs = true;
      continue;
    }
    if (!isInstall(call)) continue;
    const builds = call.pm.builds?.includes(call.subcommand?.value ?? '') ?? false;
    if (!builds) fetched.add(call.pm.id);
    if (!builds || !fetched.has(call.pm.id)) installs = true;
  }
  return installs;
}

/** The package installs a RUN makes: all of them, or only the distribution's (`os`) or the languages'. */
function installCalls(ins: InstructionNode, kind?: 'os' | 'language'): PackageManagerCall[] {
  return (ins.shell?.commands ?? [])
    .map((c) => packageManagerCall(c))
    .filter(
      (call): call is PackageManagerCall =>
        call !== null &&
        isInstall(call) &&
        (kind === undefined || (call.pm.ecosystem === 'os') === (kind === 'os')),
    );
}

/** The size class nearest below an estimate, for drawing. */
function classOf(mb: number): SizeClass {
  const order: SizeClass[] = ['huge', 'large', 'medium', 'small', 'tiny', 'none'];
  return order.find((c) => mb >= SIZE_CLASS_MB[c]) ?? 'none';
}

/** Programs that fetch files from the network: their output is usually an archive or a binary. */
const DOWNLOADERS = new Set(['curl', 'wget']);

function sizeClassOf(ins: InstructionNode): SizeClass {
  switch (ins.keyword) {
    case 'RUN': {
      let size: SizeClass = 'tiny';
      for (const cmd of ins.shell?.commands ?? []) {
        const call = packageManagerCall(cmd);
        if (call && isInstall(call)) {
          // Language installs pull whole dependency trees; OS installs grow with the package count.
          if (call.pm.ecosystem !== 'os') return 'large';
          size = call.operands.length > 8 ? 'large' : 'medium';
        } else if (DOWNLOADERS.has(cmd.name) && size === 'tiny') size = 'small';
      }
      return size;
    }
    case 'COPY':
    case 'ADD': {
      if (ins.flags.some((f) => f.name === 'from')) return 'medium';
      const sources = copySources(ins);
      return sources.every((s) => isManifestOrLock(s)) ? 'tiny' : 'small';
    }
    default:
      return 'none';
  }
}

function firstLine(text: string, ins: InstructionNode): string {
  const line = text.slice(ins.span.start, ins.span.end).split(/\r?\n/)[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
