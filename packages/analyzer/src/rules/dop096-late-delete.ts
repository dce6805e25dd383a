import { cleansCache, isInstall, isUpdate, packageManagerCall } from '../knowledge/invocation.js';
import type { InstructionNode } from '../model/types.js';
import { optionValue, positionals } from '../shell/command.js';
import type { SimpleCommand, Word } from '../shell/types.js';
import { defineRule, hasCacheMount } from './define.js';
import {
  globRoot,
  isUnder,
  packageName,
  REMOVE_SUBCOMMANDS,
  removedPaths,
  resolvePath as resolve,
  workdirAt,
} from './support/layers.js';

/** Something an earlier instruction put into a layer. */
interface Origin {
  ins: InstructionNode;
  /** Absolute path; with `tree`, everything under it counts too (a directory it fills, a cache dir). */
  path: string;
  tree: boolean;
}

/**
 * What each program writes, from its parsed arguments: the output options and operands that name
 * files or directories it creates (`tree`: a directory it fills). A path a command only reads, such
 * as a script it runs, is not created by it.
 */
const WRITERS: Record<string, (args: readonly Word[]) => { value: string; tree: boolean }[]> = {
  curl: (a) => one(bundled(a, 'o') ?? optionValue(a, ['--output']), false),
  wget: (a) => [
    ...one(bundled(a, 'O') ?? optionValue(a, ['--output-document']), false),
    ...one(optionValue(a, ['-P', '--directory-prefix']), true),
  ],
  // mkdir makes empty directories: what lands in them later comes from elsewhere.
  mkdir: (a) => positionals(a, ['-m', '--mode']).map((w) => ({ value: w.value, tree: false })),
  touch: (a) => positionals(a).map((w) => ({ value: w.value, tree: false })),
  cp: (a) => one(positionals(a, ['-t', '--target-directory']).at(-1)?.value ?? null, true),
  mv: (a) => one(positionals(a, ['-t', '--target-directory']).at(-1)?.value ?? null, true),
  ln: (a) => one(positionals(a).at(-1)?.value ?? null, false),
  install: (a) =>
    one(positionals(a, ['-m', '--mode', '-o', '--owner', '-g', '--group']).at(-1)?.value ?? null, true),
  git: (a) => {
    const pos = positionals(a, ['-b', '--branch', '--depth', '-c', '--config', '-o', '--origin']);
    return pos[0]?.value === 'clone' ? one(pos[2]?.value ?? null, true) : [];
  },
  tar: (a) => one(optionValue(a, ['-C', '--directory']), true),
  unzip: (a) => one(optionValue(a, ['-d']), true),
};

/** The value of a short option that may close a bundle: `-o F`, `-fsSLo F`, `-oF`. */
function bundled(args: readonly Word[], letter: string): string | null {
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (!/^-[a-zA-Z]/.test(v) || v.startsWith('--')) continue;
    const at = v.indexOf(letter, 1);
    if (at < 0 || !/^[a-zA-Z]*$/.test(v.slice(1, at))) continue;
    return at === v.length - 1 ? (args[i + 1]?.value ?? null) : v.slice(at + 1);
  }
  return null;
}

function one(value: string | null, tree: boolean): { value: string; tree: boolean }[] {
  return value && !value.includes('://') ? [{ value, tree }] : [];
}

/** Paths a RUN writes, read from its parsed commands (outputs, redirects, package caches). */
function originsOfRun(ins: InstructionNode, dir: string | null): Origin[] {
  const out: Origin[] = [];
  const commands = ins.shell?.commands ?? [];
  const cleaned = commands.flatMap((c) => removedPaths(c).map((p) => resolve(dir, globRoot(p))));
  const moved = commands.some((c) => c.name === 'cd');
  // Once per manager, not per install: a RUN of 2,000 installs was quadratic here.
  const cleans = new Map<string, boolean>();
  const cleansOnce = (pm: Parameters<typeof cleansCache>[0]) => {
    if (!cleans.has(pm.id)) cleans.set(pm.id, cleansCache(pm, commands));
    return cleans.get(pm.id)!;
  };
  for (const cmd of commands) {
    const call = packageManagerCall(cmd);
    // A RUN that cleans its manager's cache (any part of it) leaves nothing for a later RUN to delete.
    if (call && (isInstall(call) || isUpdate(call)) && !cleansOnce(call.pm)) {
      for (const d of call.pm.cacheDirs) {
        if (!d.startsWith('/') || hasCacheMount(ins, [d])) continue;
        if (cleaned.some((c) => c !== null && (isUnder(d, c) || isUnder(c, d)))) continue;
        out.push({ ins, path: d, tree: true });
      }
    }
    for (const w of WRITERS[cmd.name]?.(cmd.args) ?? []) {
      // After a `cd`, relative paths point somewhere this rule does not follow.
      if (moved && !w.value.startsWith('/')) continue;
      const p = resolve(dir, w.value);
      if (!p || p === '/' || hasCacheMount(ins, [p])) continue;
      if (cleaned.some((c) => c !== null && isUnder(p, c))) continue;
      out.push({ ins, path: p, tree: w.tree });
    }
    for (const r of cmd.redirects) {
      // `2>&1` duplicates a descriptor: no file.
      if (!r.op.includes('>') || !r.target || /^\d+$|^-$/.test(r.target.value)) continue;
      const p = resolve(dir, r.target.value);
      if (p && !p.startsWith('/dev/')) out.push({ ins, path: p, tree: false });
    }
  }
  return out;
}

/** Package names installed by a RUN (`apk add --virtual .deps gcc` gives `.deps` and `gcc`). */
function installedBy(ins: InstructionNode): Set<string> {
  const names = new Set<string>();
  for (const cmd of ins.shell?.commands ?? []) {
    const call = packageManagerCall(cmd);
    if (!call || !isInstall(call)) continue;
    for (const o of call.operands) if (!o.value.includes('$')) names.add(packageName(o.value));
    const virtual = call.pm.id === 'apk' ? optionValue(call.args, ['-t', '--virtual']) : null;
    if (virtual) names.add(virtual);
  }
  return names;
}

function said(cmd: SimpleCommand): string {
  const s = cmd.argv
    .slice(cmd.programIndex)
    .map((w) => w.value)
    .join(' ');
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

export const rule = defineRule({
  meta: {
    id: 'DOP096',
    slug: 'late-delete',
    title: { en: 'Files deleted in a later layer', ko: '나중 레이어에서 파일 삭제' },
    severity: 'warning',
    practices: ['P16'],
    aka: {},
    fixable: 'none',
    restructuredBy: 'late-cleanup',
    explanation: {
      en: 'Every instruction adds a layer on top of the earlier ones; deleting files or packages that an earlier RUN created only hides them, and the image stays just as large. Delete them in the same RUN that created them (`… && rm -rf /tmp/x`), use a cache mount for package caches, or do the work in a build stage and copy out only the result.',
      ko: '명령마다 앞의 레이어 위에 새 레이어가 쌓입니다. 앞의 RUN이 만든 파일이나 패키지를 나중에 지우면 보이지 않을 뿐 이미지 크기는 그대로입니다. 파일을 만든 같은 RUN에서 지우거나(`… && rm -rf /tmp/x`), 패키지 캐시에는 캐시 마운트를 쓰거나, 빌드 스테이지에서 작업한 뒤 결과만 복사하세요.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz && tar -xzf /tmp/tool.tgz -C /usr/local/bin\nRUN rm /tmp/tool.tgz\n',
      badLines: [3],
      onbuild: 'same',
      good: 'FROM debian:12-slim\nRUN curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz && tar -xzf /tmp/tool.tgz -C /usr/local/bin && rm /tmp/tool.tgz\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const stage of model.stages) {
      const origins: Origin[] = [];
      const installs: { ins: InstructionNode; names: Set<string> }[] = [];
      for (const node of stage.instructions) {
        const ins = node.trigger ?? node;
        const dir = workdirAt(model, ins);
        if (ins.keyword !== 'RUN') continue;
        // Deletions first: a RUN's own files are not "earlier".
        for (const cmd of ins.shell?.commands ?? []) {
          const origin = lateRemoval(cmd, dir, origins, installs, ins);
          if (!origin) continue;
          ctx.report({
            span: cmd.span,
            message: {
              en: `\`${said(cmd)}\` removes what line ${origin.startLine + 1} (${origin.keyword}) added: it stays in that layer and the image does not shrink. Remove it in the same instruction that created it.`,
              ko: `\`${said(cmd)}\`은(는) ${origin.startLine + 1}행(${origin.keyword})이 추가한 것을 지웁니다. 그 레이어에 그대로 남아 이미지가 줄지 않습니다. 만든 명령 안에서 지우세요.`,
            },
          });
        }
        origins.push(...originsOfRun(ins, dir));
        installs.push({ ins, names: installedBy(ins) });
      }
    }
  },
});

/** The earlier instruction whose files or packages `cmd` removes, or null. */
function lateRemoval(
  cmd: SimpleCommand,
  dir: string | null,
  origins: readonly Origin[],
  installs: readonly { ins: InstructionNode; names: Set<string> }[],
  run: InstructionNode,
): InstructionNode | null {
  for (const raw of removedPaths(cmd)) {
    const root = globRoot(raw);
    const p = resolve(dir, root);
    if (!p || p === '/' || hasCacheMount(run, [p])) continue;
    // `rm dir/*` removes what is inside dir, not dir itself.
    const inside = root !== raw;
    const hit = origins.find(
      (o) => (isUnder(o.path, p) && !(inside && o.path === p)) || (o.tree && isUnder(p, o.path)),
    );
    if (hit) return hit.ins;
  }
  const call = packageManagerCall(cmd);
  const removes = call?.subcommand && REMOVE_SUBCOMMANDS[call.pm.id]?.includes(call.subcommand.value);
  if (call && removes) {
    for (const o of call.operands) {
      const hit = installs.find((i) => i.names.has(packageName(o.value)));
      if (hit) return hit.ins;
    }
  }
  return null;
}
