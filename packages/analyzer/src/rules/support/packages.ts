/**
 * Shared pieces of the package-manager rules: finding the calls, and the three shapes most of
 * them take (a flag missing from an install, a cache left in the layer, packages not pinned),
 * driven by the facts in knowledge/package-managers.ts.
 */
import {
  cleansCache,
  isInstall,
  type PackageManagerCall,
  packageManagerCall,
} from '../../knowledge/invocation.js';
import type { PackageManagerId } from '../../knowledge/package-managers.js';
import { fact, factsOf } from '../../model/facts.js';
import type { DockerfileModel, InstructionNode } from '../../model/types.js';
import { hasOption } from '../../shell/command.js';
import type { Localized, TextEdit } from '../../types.js';
import { lineage } from '../../model/lineage.js';
import { hasCacheMount, type Rule, type RuleContext, type RuleMeta, runCommands } from '../define.js';

export interface Call {
  call: PackageManagerCall;
  ins: InstructionNode;
}

/** Every package-manager call in RUN instructions, read once per model. */
const CALLS = fact('package-manager calls', (model): Call[] => {
  const calls: Call[] = [];
  for (const { cmd, ins } of runCommands(model)) {
    const call = packageManagerCall(cmd);
    if (call) calls.push({ call, ins });
  }
  return calls;
});

function allCalls(model: DockerfileModel): Call[] {
  return factsOf(model).get(CALLS);
}

/** Each manager's calls and install calls, and all install calls, in file order, read once per model. */
const BY_MANAGER = fact('package-manager calls by manager', (model) => {
  const calls = new Map<PackageManagerId, Call[]>();
  const installs = new Map<PackageManagerId, Call[]>();
  const allInstalls: Call[] = [];
  const add = (map: Map<PackageManagerId, Call[]>, c: Call) => {
    const list = map.get(c.call.pm.id);
    if (list) list.push(c);
    else map.set(c.call.pm.id, [c]);
  };
  for (const c of allCalls(model)) {
    add(calls, c);
    if (!isInstall(c.call)) continue;
    add(installs, c);
    allInstalls.push(c);
  }
  return { calls, installs, allInstalls };
});

const NO_CALLS: readonly Call[] = [];

/** Every call of the given managers in RUN instructions (ONBUILD, `sh -c` and heredocs included). */
export function callsOf(model: DockerfileModel, managers: readonly PackageManagerId[]): readonly Call[] {
  if (managers.length === 1) return factsOf(model).get(BY_MANAGER).calls.get(managers[0]!) ?? NO_CALLS;
  return allCalls(model).filter((c) => managers.includes(c.call.pm.id));
}

/** Install calls only. */
export function installsOf(model: DockerfileModel, managers: readonly PackageManagerId[]): readonly Call[] {
  const { installs, allInstalls } = factsOf(model).get(BY_MANAGER);
  if (managers.length === 1) return installs.get(managers[0]!) ?? NO_CALLS;
  return allInstalls.filter((c) => managers.includes(c.call.pm.id));
}

/**
 * A package-manager call as written, for messages: `python -m pip install`, `uv pip install`.
 */
export function said(call: PackageManagerCall): string {
  const head = call.cmd.argv
    .slice(call.cmd.programIndex, call.cmd.argv.length - call.args.length)
    .map((w) => w.value)
    .join(' ');
  const sub = call.subcommand?.value;
  const subsub = call.pm.id === 'uv' && sub === 'pip' ? call.operands[0]?.value : undefined;
  return [head, sub, subsub].filter(Boolean).join(' ');
}

/** An edit inserting ` text` right after the subcommand (`apt-get install` → `apt-get install -y`). */
export function afterSubcommand(call: PackageManagerCall, text: string): TextEdit {
  const at = (call.subcommand ?? call.cmd.argv[0]!).span.end;
  return { start: at, end: at, text: ` ${text}` };
}

/** An edit appending ` && text` after the last command of a plain shell-form RUN; null otherwise. */
export function appendToRun(ins: InstructionNode, text: string): TextEdit | null {
  if (ins.json || !ins.shell) return null;
  if (ins.heredocs.length > 0) return appendToHeredocScript(ins, text);
  const last = ins.shell.commands.filter((c) => c.context === 'top').at(-1);
  if (!last) return null;
  return { start: last.span.end, end: last.span.end, text: ` && ${text}` };
}

/**
 * `RUN <<EOF` with one here-document script: ` && cleanup` after its last command, when that
 * command ends the script's last line at its top level (not inside an if or a loop, no `&`), so
 * the RUN's exit status stays the script's.
 */
function appendToHeredocScript(ins: InstructionNode, text: string): TextEdit | null {
  const [doc, ...more] = ins.heredocs;
  if (!doc || more.length > 0 || !doc.closed || !doc.contentSpan) return null;
  const commands = ins.shell!.commands;
  if (commands.some((c) => c.context !== 'heredoc')) return null; // RUN has a command of its own
  const last = commands.at(-1);
  if (last?.depth !== 1 || last.branches.length > 0 || last.connector === '&') return null;
  const body = doc.content.trimEnd();
  if (last.span.end !== doc.contentSpan.start + body.length) return null;
  return { start: last.span.end, end: last.span.end, text: ` && ${text}` };
}

/** Whether the RUN keeps the manager's cache out of the layer: cleaned in it, or a cache/tmpfs mount. */
export function cacheHandled({ call, ins }: Call): boolean {
  const pm = call.pm;
  if (pm.noCache.length > 0 && hasOption(call.cmd, pm.noCache)) return true;
  if (hasCacheMount(ins, pm.cacheDirs)) return true;
  return cleansCache(pm, ins.shell?.commands ?? [], call.cmd);
}

/** Operands that name registry packages without a version. */
export function unpinned(call: PackageManagerCall): string[] {
  const pinned = call.pinned;
  if (!pinned) return [];
  return call.operands.map((o) => o.value).filter((v) => !call.pm.notAPackage(v) && !pinned(v));
}

interface MissingFlagSpec {
  meta: RuleMeta;
  /** Packages the fix must name too, since the flag stops them coming along (ca-certificates for curl). */
  alsoInstall?: (c: Call) => string[];
  managers: PackageManagerId[];
  /** Which calls the rule looks at (default: installs). */
  applies?: (c: Call) => boolean;
  /** Flags any of which satisfies the rule. */
  flags: (c: Call) => readonly string[];
  /** The flag the fix inserts; no fix when null. */
  insert: string | null;
  safety: 'safe' | 'review';
  message: (c: Call) => Localized;
  fixTitle: Localized;
  /** Only final-stage RUNs matter (what a build stage leaves behind never reaches the image). */
  finalStageOnly?: boolean;
  /** Extra reasons not to report, that need the whole file (an ENV that already does it). */
  skip?: (ctx: RuleContext, c: Call) => boolean;
}

/** A rule that wants a flag on a package-manager call, with a fix that inserts it. */
export function missingFlagRule(spec: MissingFlagSpec): Rule {
  return {
    meta: spec.meta,
    check(ctx: RuleContext) {
      for (const c of spec.applies
        ? callsOf(ctx.model, spec.managers)
        : installsOf(ctx.model, spec.managers)) {
        if (spec.applies && !spec.applies(c)) continue;
        if (hasOption(c.call.cmd, spec.flags(c))) continue;
        if (spec.finalStageOnly && !reachesImage(ctx.model, c.ins)) continue;
        if (spec.skip?.(ctx, c)) continue;
        ctx.report({
          span: c.call.cmd.span,
          message: spec.message(c),
          ...(spec.insert
            ? {
                fix: {
                  title: spec.fixTitle,
                  safety: spec.safety,
                  edits: [
                    afterSubcommand(c.call, spec.insert),
                    ...appendOperands(c.call, spec.alsoInstall?.(c) ?? []),
                  ],
                },
              }
            : {}),
        });
      }
    },
  };
}

/** An edit adding packages after the call's last word, or none. */
function appendOperands(call: PackageManagerCall, packages: readonly string[]): TextEdit[] {
  const last = call.cmd.argv.at(-1);
  return packages.length && last
    ? [{ start: last.span.end, end: last.span.end, text: ` ${packages.join(' ')}` }]
    : [];
}

interface CacheSpec {
  meta: RuleMeta;
  managers: PackageManagerId[];
  /** Command appended to the RUN by the fix (per call: microdnf cleans with microdnf); no fix when null. */
  cleanup: string | ((c: Call) => string) | null;
  message: (c: Call) => Localized;
  fixTitle: Localized;
  /** Only final-stage RUNs matter (a build stage's cache never reaches the image). Default true. */
  finalStageOnly?: boolean;
}

/** A rule that wants an install's cache kept out of the layer, with a fix that appends the cleanup. */
export function cacheRule(spec: CacheSpec): Rule {
  return {
    meta: spec.meta,
    check(ctx) {
      const seen = new Set<InstructionNode>();
      for (const c of installsOf(ctx.model, spec.managers)) {
        if (seen.has(c.ins) || cacheHandled(c)) continue;
        if (spec.finalStageOnly !== false && !reachesImage(ctx.model, c.ins)) continue;
        seen.add(c.ins);
        const cleanup = typeof spec.cleanup === 'function' ? spec.cleanup(c) : spec.cleanup;
        const edit = cleanup ? appendToRun(c.ins, cleanup) : null;
        ctx.report({
          span: c.call.cmd.span,
          message: spec.message(c),
          ...(edit ? { fix: { title: spec.fixTitle, safety: 'safe' as const, edits: [edit] } } : {}),
        });
      }
    },
  };
}

interface PinSpec {
  meta: RuleMeta;
  managers: PackageManagerId[];
  message: (c: Call, names: string[]) => Localized;
}

/** A rule that wants installed packages pinned to versions. */
export function pinRule(spec: PinSpec): Rule {
  return {
    meta: spec.meta,
    check(ctx) {
      for (const c of installsOf(ctx.model, spec.managers)) {
        const names = unpinned(c.call);
        if (names.length > 0) ctx.report({ span: c.call.cmd.span, message: spec.message(c, names) });
      }
    },
  };
}

/**
 * Whether what the instruction leaves behind ends up in the image `docker build` produces: the
 * final stage, any stage it builds on (`FROM base`), instructions before the first FROM, and
 * ONBUILD triggers (they land in a child image). A build stage only COPY'd from does not.
 */
export function reachesImage(model: DockerfileModel, ins: InstructionNode): boolean {
  if (ins.onbuild || ins.stage < 0) return true;
  return imageStages(model).has(ins.stage);
}

/** The stages whose instructions reach the image (a 5 MB paste has tens of thousands of stages). */
const IMAGE_STAGES = fact('stages in the image', (model): Set<number> => {
  const final = model.stages.find((s) => s.isFinal) ?? model.stages.at(-1);
  return new Set(final ? lineage(model, final).map((s) => s.index) : []);
});

function imageStages(model: DockerfileModel): Set<number> {
  return factsOf(model).get(IMAGE_STAGES);
}

/** Up to three names, then "and N more". */
export function list(names: readonly string[]): string {
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} (+${names.length - 3})`;
}
