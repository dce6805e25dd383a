import { cleansCache, isInstall, packageManagerCall } from '../knowledge/invocation.js';
import { cacheFilledBy, explicitWrites } from '../knowledge/path-writers.js';
import type { InstructionNode } from '../model/types.js';
import { optionValue } from '../shell/command.js';
import type { SimpleCommand } from '../shell/types.js';
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

/** Paths a RUN writes, read from its parsed commands (outputs, redirects, package caches). */
function originsOfRun(ins: InstructionNode, dir: string | null): Origin[] {
  const out: Origin[] = [];
  const commands = ins.shell?.commands ?? [];
  const cleaned: (string | null)[] = [];
  let moved = false;
  for (const c of commands) {
    if (c.name === 'cd') moved = true;
    else if (c.name === 'rm') for (const p of removedPaths(c)) cleaned.push(resolve(dir, globRoot(p)));
  }
  // Once per manager, not per install: a RUN of 2,000 installs was quadratic here. Made for the
  // RUNs that install something only.
  let cleans: Map<string, boolean> | null = null;
  const cleansOnce = (pm: Parameters<typeof cleansCache>[0]) => {
    cleans ??= new Map();
    let c = cleans.get(pm.id);
    if (c === undefined) {
      c = cleansCache(pm, commands);
      cleans.set(pm.id, c);
    }
    return c;
  };
  for (const cmd of commands) {
    const pm = cacheFilledBy(cmd);
    // A RUN that cleans its manager's cache (any part of it) leaves nothing for a later RUN to delete.
    if (pm && !cleansOnce(pm)) {
      for (const d of pm.cacheDirs) {
        if (!d.startsWith('/') || hasCacheMount(ins, [d])) continue;
        if (cleaned.some((c) => c !== null && (isUnder(d, c) || isUnder(c, d)))) continue;
        out.push({ ins, path: d, tree: true });
      }
    }
    for (const w of explicitWrites(cmd)) {
      // After a `cd`, relative paths point somewhere this rule does not follow.
      if (moved && !w.value.startsWith('/')) continue;
      const p = resolve(dir, w.value);
      if (!p || p === '/' || hasCacheMount(ins, [p])) continue;
      if (cleaned.some((c) => c !== null && isUnder(p, c))) continue;
      out.push({ ins, path: p, tree: w.tree });
    }
  }
  return out;
}

/** Package names installed by a RUN (`apk add --virtual .deps gcc` gives `.deps` and `gcc`), null for none. */
function installedBy(ins: InstructionNode): Set<string> | null {
  let names: Set<string> | null = null;
  for (const cmd of ins.shell?.commands ?? []) {
    const call = packageManagerCall(cmd);
    if (!call || !isInstall(call)) continue;
    names ??= new Set();
    for (const o of call.operands) if (!o.value.includes('$')) names.add(packageName(o.value));
    const virtual = call.pm.id === 'apk' ? optionValue(call.args, ['-t', '--virtual']) : null;
    if (virtual) names.add(virtual);
  }
  return names !== null && names.size > 0 ? names : null;
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
      const seen = new Set<string>();
      const installs: { ins: InstructionNode; names: Set<string> }[] = [];
      for (const node of stage.instructions) {
        const ins = node.trigger ?? node;
        if (ins.keyword !== 'RUN') continue;
        const dir = workdirAt(model, ins);
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
            related: [origin.span],
          });
        }
        // Only the first origin of a path can be the one reported: later ones repeat it (the apt
        // cache of every install), and a file of hundreds of RUNs scanned them all at each rm.
        for (const o of originsOfRun(ins, dir)) {
          const key = `${o.tree ? 't' : 'f'}${o.path}`;
          if (seen.has(key)) continue;
          seen.add(key);
          origins.push(o);
        }
        // A RUN that installs nothing can never be the one a removal names: not listed.
        const names = installedBy(ins);
        if (names) installs.push({ ins, names });
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
