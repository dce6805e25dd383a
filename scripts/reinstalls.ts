/**
 * Why a rewritten Dockerfile still re-runs a dependency install after a source-only edit: the
 * reason class of its first such install, read from the rewriter's own layer model. Imported by
 * the rewrite report (the counts per class); run by itself it lists the files of the corpus.
 * Usage: npx --yes pnpm@10 exec tsx scripts/reinstalls.ts [--class ID]
 */
import {
  type InstructionNode,
  buildModel,
  cacheMounts,
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
  {
    id: 'os-packages',
    en: 'OS packages (apt-get, apk …) installed after the source COPY and not moved above it: the RUN also runs a program outside knowledge/context-free-programs.ts (`curl … | sh`, `php -r` in a condition), or it comes after a RUN that reads the copy and stays (RUNs keep their order), or the copy is from a stage whose ADD names its source by a build argument (it may be the context)',
  },
  {
    id: 'named-packages',
    en: 'named registry packages installed after the source COPY and not moved above it: the tool may read where the source landed (`pip install flask` installs a `./flask` folder, `npm init` reads the folder), the copy names its source by a variable, or the tool is outside knowledge/context-free-programs.ts (`gem`)',
  },
  {
    id: 'project-after-dependencies',
    en: 'installs only the project itself, its dependencies installed before the source by the same tool (`uv sync` after `uv sync --no-install-project`, `pip install -e .` after `pip install -r requirements.txt`): it re-runs on a source edit as it must, and finds the dependencies in place',
  },
  {
    id: 'installs-project',
    en: 'installs the project itself or resolves the dependencies from the source’s imports (`go get` without a go.mod, `go mod init`, `go mod tidy`, `pip install .`): there is no manifest to fetch from before the source',
  },
  {
    id: 'fetched-before',
    en: 'the same tool already fetched before the source COPY, the author’s way (`./gradlew downloadRepos`, a placeholder `cargo build`, `composer install --no-autoloader`): the build after it finds the download cached, though it is counted as a fetch',
  },
  {
    id: 'cache-mounted',
    en: 'the build downloads into a cache mount (`RUN --mount=type=cache` on the registry), which a source edit keeps: only the compile re-runs, though it is counted as a fetch',
  },
  {
    id: 'sub-project',
    en: 'the whole context is copied and the build runs in one of its sub-folders (`WORKDIR /app/src/Web`, `dotnet restore`): what that project references elsewhere in the context (other projects, a central package file) is not in the Dockerfile, so nothing is fetched before the source',
  },
  {
    id: 'build-fetches',
    en: 'a build that fetches its own dependencies (`mvn package`, `gradle build`, `cargo build`, `dotnet restore`) with no fetch before the source, in a layout the prefetch does not read (a project file in a copied sub-folder restored with a build argument, `-r linux-$TARGETARCH`, before the WORKDIR the build runs in)',
  },
  {
    id: 'source-before-manifests',
    en: 'source files are copied before a manifest install and kept there: the rewriter cannot show that nothing up to the install reads them (the RUN also runs a program outside knowledge/context-free-programs.ts, such as `python` reading a script from a pipe, which imports from its folder)',
  },
  {
    id: 'whole-context',
    en: 'the whole context is copied before a manifest install the rewriter does not move: a step between them makes a virtualenv inside the folder the context lands in (a `venv/` of the context would be copied over it), or may read the source',
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
  const earlier = list.slice(0, at).flatMap((i) => (i.keyword === 'RUN' ? (i.shell?.commands ?? []) : []));
  if (lang.some((x) => installsProject(x.c)))
    return lang.every((x) => !installsProject(x.c) || dependenciesBefore(x.c, earlier))
      ? 'project-after-dependencies'
      : 'installs-project';
  if (lang.every((x) => namedPackages(x.c))) return 'named-packages';
  if (lang.some((x) => buildsOrRestores(x.c))) {
    // the stage's own source copy comes after the tool ran: the author fetched first
    const firstSource = list.findIndex(bringsSource);
    const beforeSource = list
      .slice(0, firstSource < 0 ? at : firstSource)
      .flatMap((i) => (i.keyword === 'RUN' ? (i.shell?.commands ?? []) : []));
    if (lang.some((x) => beforeSource.some((e) => packageManagerCall(e)?.pm.id === x.call!.pm.id)))
      return 'fetched-before';
    if (cacheMounts(ins).length > 0) return 'cache-mounted';
    if (subProject(stage, at)) return 'sub-project';
    return 'build-fetches';
  }

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

/** Whether the same tool installed the dependencies earlier, from manifests (not the project). */
function dependenciesBefore(c: SimpleCommand, earlier: readonly SimpleCommand[]): boolean {
  const id = packageManagerCall(c)!.pm.id;
  // Python's project installs; Go's `go get` and `go mod tidy` resolve from the source's imports
  if (!['pip', 'uv', 'poetry'].includes(id)) return false;
  return earlier.some((e) => {
    const call = packageManagerCall(e);
    return call?.pm.id === id && isInstall(call) && !installsProject(e) && dependencyInstall(e) !== null;
  });
}

/** A build run in a folder below the one the whole context was copied to. */
function subProject(stage: StageNode, at: number): boolean {
  const list = stage.instructions;
  const copy = list
    .slice(0, at)
    .find((i) => bringsSource(i) && copySources(i).some((s) => s === '.' || s === './'));
  if (!copy) return false;
  const dest = (copy.json ?? copy.args).at(-1)?.value ?? '';
  const dir = (upTo: number) => {
    let d = '';
    for (const i of list.slice(0, upTo)) {
      if (i.keyword !== 'WORKDIR') continue;
      const v = i.args
        .map((a) => a.value)
        .join(' ')
        .replace(/^"|"$/g, '');
      d = v.startsWith('/') ? v : `${d}/${v}`;
    }
    return d.replace(/\/+$/, '');
  };
  const atCopy = dir(list.indexOf(copy));
  const landed = (dest.startsWith('/') ? dest : `${atCopy}/${dest}`)
    .replace(/\/\.?\/?$/, '')
    .replace(/\/+$/, '');
  const build = dir(at);
  return build.startsWith(`${landed}/`);
}

function namedPackages(c: SimpleCommand): boolean {
  const call = packageManagerCall(c)!;
  if (call.pm.builds?.includes(call.subcommand?.value ?? '')) return false;
  // a build tool's operands are projects and goals (`dotnet restore app.csproj`), not packages
  if (['dotnet', 'mvn', 'gradle', 'cargo', 'composer'].includes(call.pm.id)) return false;
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
