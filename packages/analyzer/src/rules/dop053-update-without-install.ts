import {
  isInstall,
  isUpdate,
  isUpgrade,
  packageManagerCall,
  type PackageManagerCall,
} from '../knowledge/invocation.js';
import type { DockerfileModel, InstructionNode } from '../model/types.js';
import { wholeLines } from '../text/lines.js';
import { defineRule, type Report } from './define.js';
import { OS_MANAGERS } from './support/os-packages.js';
import { callsOf, said } from './support/packages.js';

/** An index refresh cached in its own layer goes stale: later installs read an old index. */
export const rule = defineRule({
  meta: {
    id: 'DOP053',
    slug: 'update-without-install',
    title: {
      en: 'Package index refreshed in a RUN that installs nothing',
      ko: '설치 없이 패키지 목록만 갱신하는 RUN',
    },
    severity: 'warning',
    practices: ['P24', 'P22'],
    aka: { trivy: ['DS-0017'] },
    fixable: 'review',
    explanation: {
      en: 'A RUN that only refreshes the index (`apt-get update`, `apk update`, `yum/dnf makecache`, `zypper refresh`) is cached and reused for months; when a later RUN changes its install line, it installs from that stale index and fails with 404s or gets old versions. Refresh and install in the same RUN (`apt-get update && apt-get install -y …`); with apk, `apk add --no-cache` fetches a fresh index by itself.',
      ko: '패키지 목록만 갱신하는 RUN(`apt-get update`, `apk update`, `yum/dnf makecache`, `zypper refresh`)은 캐시되어 몇 달이고 재사용됩니다. 뒤의 RUN에서 설치 줄을 바꾸면 그 낡은 목록으로 설치하다가 404로 실패하거나 옛 버전을 받게 됩니다. 갱신과 설치를 한 RUN에서 하세요(`apt-get update && apt-get install -y …`). apk라면 `apk add --no-cache`가 알아서 최신 목록을 받아 옵니다.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    },
  },
  check(ctx) {
    const byRun = new Map<InstructionNode, PackageManagerCall[]>();
    for (const { call, ins } of callsOf(ctx.model, [...OS_MANAGERS]))
      byRun.set(ins, [...(byRun.get(ins) ?? []), call]);
    for (const [ins, calls] of byRun) {
      if (calls.some((c) => isInstall(c) || isUpgrade(c) || usesIndex(c))) continue;
      const call = calls.find((c) => isUpdate(c));
      if (!call) continue;
      const fix = moveIntoInstall(ctx.model, ctx.text, ins);
      ctx.report({
        span: call.cmd.span,
        ...(fix ? { fix } : {}),
        message: {
          en: `\`${said(call)}\` without an install in the same RUN: its cached layer goes stale, and a later install reads an old index. Refresh and install in one RUN.`,
          ko: `같은 RUN에 설치가 없는 \`${said(call)}\`: 이 레이어가 캐시된 채 낡아서, 뒤의 설치가 오래된 목록을 읽게 됩니다. 갱신과 설치를 한 RUN에서 하세요.`,
        },
      });
    }
  },
});

/** Subcommands that neither refresh nor read the index (cleanups): they do not justify an update. */
const NO_INDEX = new Set(['clean', 'autoclean', 'autoremove', 'cache', 'cc']);

/** Another call that reads the fresh index in the same RUN (`apt-get build-dep`, `apt-get download` …). */
function usesIndex(c: PackageManagerCall): boolean {
  const sub = c.subcommand?.value;
  return sub !== undefined && !isUpdate(c) && !NO_INDEX.has(sub);
}

/**
 * A RUN made only of updates of one package manager: the update moves in front of the install of
 * the next RUN that uses that manager (when the install starts that RUN). `review`: it rests on a
 * fact outside the file, the package index on build day — the install then gets today's versions
 * where the cached update layer gave older ones.
 */
function moveIntoInstall(model: DockerfileModel, text: string, update: InstructionNode): Report['fix'] {
  const top = (ins: InstructionNode) =>
    (ins.shell?.commands ?? []).filter((c) => c.context === 'top' && c.depth === 0);
  const plain = (ins: InstructionNode) =>
    ins.keyword === 'RUN' && !ins.json && ins.heredocs.length === 0 && ins.shell !== null;
  const stage = model.stages.find((s) => s.instructions.includes(update));
  if (!stage || !plain(update) || update.flags.length > 0) return undefined;
  const cmds = top(update);
  const calls = cmds.map(packageManagerCall);
  if (cmds.length === 0 || cmds.length !== update.shell!.commands.length) return undefined;
  if (!calls.every((c) => c && isUpdate(c))) return undefined;
  const pm = calls[0]!.pm.id;
  if (!calls.every((c) => c!.pm.id === pm)) return undefined;
  const list = stage.instructions;
  const next = list
    .slice(list.indexOf(update) + 1)
    .find(
      (n) =>
        n.keyword === 'RUN' && (n.shell?.commands ?? []).some((c) => packageManagerCall(c)?.pm.id === pm),
    );
  if (!next || !plain(next)) return undefined;
  const install = top(next).find((c) => {
    const call = packageManagerCall(c);
    return call?.pm.id === pm && isInstall(call);
  });
  if (!install || install.connector !== null) return undefined;
  const updateText = text.slice(cmds[0]!.span.start, cmds.at(-1)!.span.end);
  return {
    title: {
      en: `Run \`${updateText}\` in the RUN that installs (the install then reads the index as it is on build day)`,
      ko: `\`${updateText}\`을(를) 설치하는 RUN 안에서 실행 (설치가 빌드하는 날의 목록을 읽게 됨)`,
    },
    safety: 'review',
    edits: [
      { ...wholeLines(text, update.span), text: '' },
      { start: install.span.start, end: install.span.start, text: `${updateText} && ` },
    ],
  };
}
