/**
 * Why a rewritten Dockerfile still re-runs a dependency install after a source-only edit: the
 * reason class of its first such install, read from the rewriter's own layer model. Imported by
 * the rewrite report (the counts per class); run by itself it lists the files of the corpus.
 * Usage: npx --yes pnpm@10 exec tsx scripts/reinstalls.ts [--class ID]
 */
import {
  type InstructionNode,
  buildModel,
  isInstall,
  packageManagerCall,
  type SimpleCommand,
  type StageNode,
  stagesNeeded,
} from '../packages/analyzer/src/index.js';
import type { LayerModel } from '../packages/rewriter/src/index.js';
import { copySources } from '../packages/rewriter/src/layers.js';
import { isManifestOrLock } from '../packages/rewriter/src/manifests.js';
import { dependencyInstall } from '../packages/rewriter/src/recipes/dependency-installs.js';

/** The reason classes, in the order they are tested (the first that fits is the file's). */
export const REINSTALL_CLASSES = [
  {
    id: 'inherits-source',
    en: 'the install runs in a stage built FROM a stage that already holds the source',
  },
  {
    id: 'reads-copied',
    en: 'the install RUN names a file copied before it (a script such as `docker-php-source`, the copied folder)',
  },
  { id: 'here-document', en: 'the install is in a RUN here-document (`RUN <<EOF`)' },
  { id: 'script', en: 'the install is inside a condition, a loop or a script the build runs' },
  { id: 'os-packages', en: 'OS packages (apt-get, apk …) installed after the source COPY' },
  { id: 'named-packages', en: 'named registry packages (no manifest read) installed after the source COPY' },
  {
    id: 'installs-project',
    en: 'installs the project itself (`pip install .`, `go install ./...`, `go get`, `uv sync`, `npm init`)',
  },
  {
    id: 'build-fetches',
    en: 'a build that fetches its own dependencies (`mvn package`, `gradle build`, `cargo build`, `dotnet restore` of the source) with no fetch before the source',
  },
  {
    id: 'source-before-manifests',
    en: 'the manifests are installed from, but a non-manifest file (a script, `*.py`, a folder) is copied before the install',
  },
  {
    id: 'whole-context',
    en: 'the whole context is copied before a manifest install the rewriter did not move',
  },
  { id: 'other', en: 'anything else' },
] as const;

export type ReinstallClass = (typeof REINSTALL_CLASSES)[number]['id'];

/** The reason class of the first install that re-runs on a source-only edit; null when none does. */
export function reinstallReason(
  text: string,
  layers: LayerModel,
): { reason: ReinstallClass; line: number } | null {
  const model = buildModel(text);
  // the stages the final image needs, as the layer model counts them
  const needed = stagesNeeded(model);
  for (const stage of layers.stages) {
    if (!needed.has(stage.index)) continue;
    const at = stage.layers.findIndex((l) => l.installs && l.rerunsOn.includes('source'));
    if (at < 0) continue;
    const node = model.stages[stage.index]!;
    const ins = node.instructions[at]!;
    return { reason: classify(node, at, stage.layers), line: ins.startLine + 1 };
  }
  return null;
}

function classify(
  stage: StageNode,
  at: number,
  layers: LayerModel['stages'][number]['layers'],
): ReinstallClass {
  const list = stage.instructions;
  const ins = list[at]!;
  const own = list
    .slice(0, at)
    .some((i, n) => bringsSource(i) || (isFromStage(i) && layers[n]!.rerunsOn.includes('source')));
  if (!own && stage.image.stage !== null) return 'inherits-source';
  const copied = list
    .slice(0, at)
    .filter((i, n) => (bringsSource(i) || isFromStage(i)) && layers[n]!.rerunsOn.includes('source'));
  if (readsCopied(copied, ins)) return 'reads-copied';
  if (ins.heredocs.length > 0) return 'here-document';
  const all = ins.shell?.commands ?? [];
  const calls = all
    .map((c) => ({ c, call: packageManagerCall(c) }))
    .filter((x) => x.call && isInstall(x.call));
  if (calls.length === 0 || calls.some((x) => x.c.depth > 0 || x.c.context !== 'top')) return 'script';
  if (calls.every((x) => x.call!.pm.ecosystem === 'os')) return 'os-packages';
  const lang = calls.filter((x) => x.call!.pm.ecosystem !== 'os');
  if (lang.some((x) => installsProject(x.c))) return 'installs-project';
  if (lang.every((x) => namedPackages(x.c))) return 'named-packages';
  if (lang.some((x) => buildsOrRestores(x.c))) return 'build-fetches';
  if (lang.some((x) => dependencyInstall(x.c) !== null)) {
    const sources = list.slice(0, at).filter(bringsSource);
    return sources.some((i) => copySources(i).some((s) => s === '.' || s === './'))
      ? 'whole-context'
      : 'source-before-manifests';
  }
  return 'other';
}

/** A COPY/ADD of context files that are not all manifests. */
function bringsSource(ins: InstructionNode): boolean {
  if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || isFromStage(ins)) return false;
  const sources = copySources(ins);
  if (sources.some((s) => /^(https?:\/\/|git@)/.test(s))) return false;
  return sources.length > 0 && !sources.every(isManifestOrLock);
}

/** Whether a command word of the RUN names a source's file name or lies under a COPY destination. */
function readsCopied(copies: readonly InstructionNode[], ins: InstructionNode): boolean {
  const names = new Set(
    copies.flatMap((i) => copySources(i).map((s) => s.replace(/\/+$/, '').split('/').pop() ?? '')),
  );
  names.delete('.');
  names.delete('');
  const dests = copies
    .map((i) => (i.json ?? i.args).at(-1)?.value ?? '')
    .filter((d) => d.startsWith('/') && d !== '/');
  const used = (ins.shell?.commands ?? []).flatMap((c) => c.argv.map((w) => w.value));
  return used.some((w) => names.has(w.split('/').pop() ?? '') || dests.some((d) => w.startsWith(d)));
}

const isFromStage = (ins: InstructionNode) => ins.flags.some((f) => f.name === 'from');

const words = (c: SimpleCommand) => c.argv.slice(c.programIndex + 1).map((w) => w.value);

function installsProject(c: SimpleCommand): boolean {
  const call = packageManagerCall(c)!;
  const sub = call.subcommand?.value ?? '';
  const ops = call.operands.map((o) => o.value);
  const local = (o: string) => o === '.' || o.startsWith('./') || o.startsWith('/') || o === '-e';
  switch (call.pm.id) {
    case 'pip':
      return ops.some(local) || words(c).some((w) => w === '-e' || w === '--editable');
    case 'go':
      return sub === 'get' || sub === 'install' || (sub === 'mod' && ops[0] === 'tidy');
    case 'uv':
      return sub === 'sync' && !words(c).includes('--no-install-project');
    case 'poetry':
      return sub === 'install' && !words(c).includes('--no-root');
    case 'cargo':
      return sub === 'install' && words(c).includes('--path');
    default:
      return false;
  }
}

function namedPackages(c: SimpleCommand): boolean {
  const call = packageManagerCall(c)!;
  if (call.pm.builds?.includes(call.subcommand?.value ?? '')) return false;
  return call.operands.length > 0 && dependencyInstall(c) === null;
}

function buildsOrRestores(c: SimpleCommand): boolean {
  const call = packageManagerCall(c)!;
  const sub = call.subcommand?.value ?? '';
  return (
    (call.pm.builds?.includes(sub) ?? false) ||
    ['dotnet', 'composer', 'mvn', 'gradle', 'cargo'].includes(call.pm.id)
  );
}

async function main() {
  const { corpusDir, corpusFiles } = await import('../packages/analyzer/src/testing/corpus.js');
  const { rewrite } = await import('../packages/rewriter/src/index.js');
  const dir = corpusDir();
  if (!dir) {
    console.error('corpus not found: set DOP_CORPUS to the folder that holds manifest.json');
    process.exit(2);
  }
  const only = process.argv.includes('--class') ? process.argv[process.argv.indexOf('--class') + 1] : null;
  const counts = new Map<string, number>();
  for (const file of corpusFiles(dir)) {
    const result = rewrite(file.text);
    const found = reinstallReason(result.output, result.layers.after);
    if (!found) continue;
    counts.set(found.reason, (counts.get(found.reason) ?? 0) + 1);
    if (!only || only === found.reason) console.log(`${found.reason}\t${file.file}:${found.line}`);
  }
  for (const c of REINSTALL_CLASSES) if (counts.get(c.id)) console.log(`# ${c.id}: ${counts.get(c.id)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
