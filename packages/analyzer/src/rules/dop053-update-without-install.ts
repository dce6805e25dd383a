import { isInstall, isUpdate, isUpgrade, type PackageManagerCall } from '../knowledge/invocation.js';
import type { PackageManagerId } from '../knowledge/package-managers.js';
import type { InstructionNode } from '../model/types.js';
import { defineRule } from './define.js';
import { callsOf } from './support/packages.js';

const OS: PackageManagerId[] = ['apt-get', 'apt', 'apk', 'dnf', 'yum', 'microdnf', 'zypper'];

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
    fixable: 'none',
    explanation: {
      en: 'The layer of `RUN apt-get update` alone is cached and reused for months; when a later RUN changes its install line, it installs from that stale index and can fail with 404s or get old versions. Refresh and install in the same RUN: `apt-get update && apt-get install -y …`.',
      ko: '`RUN apt-get update`만 있는 레이어는 캐시되어 몇 달씩 재사용됩니다. 뒤의 RUN에서 설치 줄을 바꾸면 오래된 목록으로 설치해 404로 실패하거나 옛 버전을 받습니다. 갱신과 설치를 한 RUN에서 하세요: `apt-get update && apt-get install -y …`.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n',
      good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    },
  },
  check(ctx) {
    const byRun = new Map<InstructionNode, PackageManagerCall[]>();
    for (const { call, ins } of callsOf(ctx.model, OS)) byRun.set(ins, [...(byRun.get(ins) ?? []), call]);
    for (const calls of byRun.values()) {
      if (calls.some((c) => isInstall(c) || isUpgrade(c))) continue;
      const call = calls.find((c) => isUpdate(c));
      if (!call) continue;
      const update = { call };
      ctx.report({
        span: update.call.cmd.span,
        message: {
          en: `\`${update.call.cmd.name} ${update.call.subcommand?.value}\` without an install in the same RUN: its cached layer will go stale.`,
          ko: `같은 RUN에 설치가 없는 \`${update.call.cmd.name} ${update.call.subcommand?.value}\`: 캐시된 레이어가 낡게 됩니다.`,
        },
      });
    }
  },
});
