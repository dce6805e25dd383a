/**
 * Shared pieces of the OS package-manager rules (DOP051–DOP069): which stages reach the image,
 * where apt keeps its lists, and the one generic "cache left in the layer" rule that the apt,
 * yum, dnf and zypper variants are built from. Finding the calls and the missing-flag and pin
 * shapes live in support/packages.ts (shared with the language package managers).
 */
import { packageManagerCall, runsAfter } from '../../knowledge/invocation.js';
import type { PackageManagerId } from '../../knowledge/package-managers.js';
import { type Fact, fact, factsOf } from '../../model/facts.js';
import type { DockerfileModel, InstructionNode } from '../../model/types.js';
import type { SimpleCommand } from '../../shell/types.js';
import type { Localized } from '../../types.js';
import { hasCacheMount, type Rule, type RuleContext, type RuleMeta } from '../define.js';
import {
  appendToRun,
  reachesImage,
  type Call,
  cacheHandled,
  callsOf,
  installsOf,
  missingFlagRule,
  said,
} from './packages.js';

/** The distribution package managers this group looks at. */
export const OS_MANAGERS: readonly PackageManagerId[] = [
  'apt-get',
  'apt',
  'aptitude',
  'apk',
  'dnf',
  'yum',
  'microdnf',
  'zypper',
];

/** Where `apt-get update` writes the package lists. */
export const APT_LISTS = '/var/lib/apt/lists';

/** `rm` arguments that delete the apt lists (`apt-get clean` does not: it only empties the .deb archive). */
const APT_LIST_REMOVALS = new Set([
  APT_LISTS,
  `${APT_LISTS}/`,
  `${APT_LISTS}/*`,
  '/var/lib/apt',
  '/var/lib/apt/',
]);

/** A narrower glob over the list files (`rm /var/lib/apt/lists/*_*`) removes them too. */
const APT_LIST_GLOB = /^\/var\/lib\/apt\/lists\/[^/*]*\*[^/]*$/;

/**
 * Whether a command of the RUN (here-document and `sh -c` scripts included) deletes the apt lists:
 * `rm` over them, or a subcommand that drops the index itself (`apt-get dist-clean`, apt ≥ 2.7.8).
 * With `after`, only a removal that runs after that command counts (`rm … && apt-get update` does
 * not remove the lists the update downloads).
 */
export function removesAptLists(commands: readonly SimpleCommand[], after?: SimpleCommand): boolean {
  return commands.some((c) => {
    if (after && !runsAfter(c, after)) return false;
    if (c.name === 'rm')
      return c.args.some(
        (a) => !a.value.startsWith('-') && (APT_LIST_REMOVALS.has(a.value) || APT_LIST_GLOB.test(a.value)),
      );
    const call = packageManagerCall(c);
    const sub = call?.subcommand?.value;
    return sub !== undefined && (call!.pm.dropIndex ?? []).includes(sub);
  });
}

/**
 * Whether the RUN keeps the apt lists out of the layer: removed in it after the given call, or a
 * cache/tmpfs mount over them.
 */
export function aptListsHandled(ins: InstructionNode, call: SimpleCommand): boolean {
  return removesAptLists(ins.shell?.commands ?? [], call) || hasCacheMount(ins, [APT_LISTS]);
}

interface CleanupSpec {
  meta: RuleMeta;
  managers: readonly PackageManagerId[];
  /** Which calls leave the cache behind (default: installs). */
  calls?: (model: DockerfileModel, managers: readonly PackageManagerId[]) => Iterable<Call>;
  /** Whether the RUN already keeps the cache out (default: the manager's clean commands, no-cache flag or a cache mount). */
  handled?: (c: Call, model: DockerfileModel) => boolean;
  /** The command the fix appends to the RUN, per call (microdnf is cleaned with microdnf). */
  cleanup: (c: Call) => string;
  message: (c: Call, cleanup: string) => Localized;
  fixTitle: Localized;
}

/**
 * A rule that wants a package manager's cache kept out of the layer, once per RUN, only where
 * the layer reaches the image; its fix appends the cleanup to a plain shell-form RUN.
 */
export function cleanupRule(spec: CleanupSpec): Rule {
  return {
    meta: spec.meta,
    check(ctx: RuleContext) {
      const seen = new Set<InstructionNode>();
      const calls = spec.calls
        ? spec.calls(ctx.model, spec.managers)
        : installsOf(ctx.model, [...spec.managers]);
      for (const c of calls) {
        if (seen.has(c.ins)) continue;
        // Where the layer reaches the image first: it is the cheap test.
        if (!reachesImage(ctx.model, c.ins) || (spec.handled ?? cacheHandled)(c, ctx.model)) continue;
        seen.add(c.ins);
        // A manager run through sudo (a non-root user's RUN) left root-owned files: so is the removal.
        const cleanup = `${viaSudo(c) ? 'sudo ' : ''}${spec.cleanup(c)}`;
        const edit = appendToRun(c.ins, cleanup);
        ctx.report({
          span: c.call.cmd.span,
          message: spec.message(c, cleanup),
          ...(edit ? { fix: { title: spec.fixTitle, safety: 'safe' as const, edits: [edit] } } : {}),
        });
      }
    },
  };
}

/** Whether the call runs through sudo (`sudo apt-get install …`). */
function viaSudo({ call }: Call): boolean {
  return call.cmd.argv.slice(0, call.cmd.programIndex).some((w) => w.value.split('/').pop() === 'sudo');
}

/** Every call of the managers, for rules that look at more than installs. */
export function allCallsOf(model: DockerfileModel, managers: readonly PackageManagerId[]): Iterable<Call> {
  return callsOf(model, [...managers]);
}

/**
 * apt settings that switch recommends off, as `-o` values or as lines written to apt.conf.d
 * (`echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/…`).
 */
const NO_RECOMMENDS_SETTING = /^APT::Install-Recommends(\s*=\s*|\s+)"?(0|false|no)"?;?$/i;

/** Whether the call turns recommends off with `-o APT::Install-Recommends=false` (or `-oAPT::…`, `--option`). */
export function recommendsOffByOption(c: Call): boolean {
  const args = c.call.args;
  return args.some((a, i) => {
    const v =
      a.value === '-o' || a.value === '--option'
        ? (args[i + 1]?.value ?? '')
        : a.value.startsWith('-o')
          ? a.value.slice(2)
          : a.value.startsWith('--option=')
            ? a.value.slice(9)
            : '';
    return NO_RECOMMENDS_SETTING.test(v.trim());
  });
}

/** Whether an earlier RUN writes an apt setting that switches recommends off for the whole image. */
export function recommendsOffByConfig(model: DockerfileModel, ins: InstructionNode): boolean {
  return writtenBefore(model, ins, NO_RECOMMENDS_WRITER);
}

/** dnf's setting for weak dependencies, as written to /etc/dnf/dnf.conf or given to --setopt. */
export const NO_WEAK_DEPS_SETTING = /^install_weak_deps\s*=\s*(false|0|no)$/i;

const NO_RECOMMENDS_WRITER = firstWriter('apt recommends switched off by a RUN', NO_RECOMMENDS_SETTING);
const NO_WEAK_DEPS_WRITER = firstWriter('dnf weak dependencies switched off by a RUN', NO_WEAK_DEPS_SETTING);

/** Whether an earlier RUN writes `install_weak_deps=False` (to /etc/dnf/dnf.conf) for the whole image. */
export function weakDepsOffByConfig(model: DockerfileModel, ins: InstructionNode): boolean {
  return writtenBefore(model, ins, NO_WEAK_DEPS_WRITER);
}

/** Whether a RUN before `ins` (or `ins` itself) has a word that is such a setting (`echo '…' > conf`). */
function writtenBefore(model: DockerfileModel, ins: InstructionNode, setting: Fact<number | null>): boolean {
  const first = factsOf(model).get(setting);
  return first !== null && first <= (ins.onbuild ?? ins).index;
}

/** The index of the first instruction whose RUN writes a setting, once per model. */
function firstWriter(name: string, setting: RegExp): Fact<number | null> {
  return fact(name, (model) => {
    for (const { cmd, ins } of runCommandsOf(model)) {
      // Options of a package-manager call apply to that call only.
      if (packageManagerCall(cmd) === null && cmd.args.some((w) => setting.test(w.value.trim())))
        return (ins.onbuild ?? ins).index;
    }
    return null;
  });
}

function* runCommandsOf(model: DockerfileModel): Generator<{ cmd: SimpleCommand; ins: InstructionNode }> {
  for (const ins of model.instructions) {
    const run = ins.keyword === 'RUN' ? ins : ins.trigger?.keyword === 'RUN' ? ins.trigger : null;
    for (const cmd of run?.shell?.commands ?? []) yield { cmd, ins: run! };
  }
}

/**
 * `yum/dnf/zypper install` without an assume-yes flag: the build cannot answer the prompt.
 * The flags that count come from the manager's facts; the fix inserts `-y` after the subcommand.
 */
export function missingYesRule(meta: RuleMeta, managers: readonly PackageManagerId[]): Rule {
  return missingFlagRule({
    meta,
    managers: [...managers],
    flags: (c) => c.call.pm.yes,
    insert: '-y',
    safety: 'safe',
    message: (c) => ({
      en: `\`${said(c.call)}\` without -y stops at a confirmation prompt the build cannot answer.`,
      ko: `-y 없는 \`${said(c.call)}\` 명령은 빌드가 답할 수 없는 확인 질문에서 멈춥니다.`,
    }),
    fixTitle: { en: 'Add -y', ko: '-y 추가' },
  });
}
