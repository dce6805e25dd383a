import { hasOption } from '../shell/command.js';
import { hasPattern } from '../model/paths.js';
import type { DockerfileModel, InstructionNode } from '../model/types.js';
import type { Localized, TextEdit } from '../types.js';
import { defineRule } from './define.js';
import { callsOf } from './support/packages.js';

/** What each manager's "install exactly the lock file" looks like. */
const LOCKED: Record<
  string,
  {
    flags: string[];
    locks: string[];
    fix: (sub: string) => { replace: boolean; text: string } | null;
    advice: Localized;
  }
> = {
  npm: {
    flags: [],
    locks: ['package-lock.json', 'npm-shrinkwrap.json'],
    fix: (sub) => (sub === 'install' || sub === 'i' ? { replace: true, text: 'ci' } : null),
    advice: { en: 'use `npm ci`', ko: '`npm ci`를 쓰세요' },
  },
  yarn: {
    flags: ['--frozen-lockfile', '--immutable'],
    locks: ['yarn.lock'],
    // Yarn 1 wants --frozen-lockfile, Yarn 2+ --immutable: the Dockerfile rarely says which.
    fix: () => null,
    advice: {
      en: 'add `--frozen-lockfile` (Yarn 1) or `--immutable` (Yarn 2+)',
      ko: '`--frozen-lockfile`(Yarn 1) 또는 `--immutable`(Yarn 2 이상)을 붙이세요',
    },
  },
  pnpm: {
    flags: ['--frozen-lockfile'],
    locks: ['pnpm-lock.yaml'],
    fix: () => ({ replace: false, text: '--frozen-lockfile' }),
    advice: { en: 'add `--frozen-lockfile`', ko: '`--frozen-lockfile`을 붙이세요' },
  },
};

/**
 * Whether the stage copied a manifest but visibly not its lock file before this RUN
 * (`COPY package.json ./`): then `npm ci` would fail, so the advice is to copy the lock file.
 */
function lockMissing(model: DockerfileModel, ins: InstructionNode, locks: readonly string[]): boolean {
  const stage = ins.stage >= 0 ? model.stages[ins.stage] : undefined;
  let manifest = false;
  for (const i of stage?.instructions ?? []) {
    if (i.startLine >= ins.startLine) break;
    if ((i.keyword !== 'COPY' && i.keyword !== 'ADD') || i.flags.some((f) => f.name === 'from')) continue;
    const sources = (i.json ?? i.args)
      .slice(0, -1)
      .map((a) => a.value.split('/').filter(Boolean).pop() ?? '.');
    // A directory or a glob may well bring the lock file along.
    if (sources.some((n) => locks.includes(n) || hasPattern(n) || !n.includes('.') || n === '.'))
      return false;
    if (sources.includes('package.json')) manifest = true;
  }
  return manifest;
}

/** `npm install` may rewrite the lock file and resolve newer versions; `npm ci` installs it exactly. */
export const rule = defineRule({
  meta: {
    id: 'DOP076',
    slug: 'install-without-lockfile',
    title: {
      en: 'Dependencies installed without enforcing the lock file',
      ko: '잠금 파일을 강제하지 않는 의존성 설치',
    },
    severity: 'info',
    practices: ['P08'],
    aka: {},
    fixable: 'review',
    explanation: {
      en: '`npm install`, a plain `yarn install` and `pnpm install` may resolve newer versions than the lock file names and quietly update it inside the image, so two builds of the same commit can differ. `npm ci`, `yarn install --frozen-lockfile` (`--immutable` on Yarn 2+) and `pnpm install --frozen-lockfile` install exactly what the lock file says, and fail when it is out of date. pnpm already does this on CI, where the CI variable is set; a Docker build does not set it.',
      ko: '`npm install`, 옵션 없는 `yarn install`, `pnpm install`은 잠금 파일보다 새 버전을 받고 이미지 안에서 잠금 파일을 조용히 고칠 수 있어, 같은 커밋을 두 번 빌드해도 결과가 다를 수 있습니다. `npm ci`, `yarn install --frozen-lockfile`(Yarn 2 이상은 `--immutable`), `pnpm install --frozen-lockfile`은 잠금 파일 그대로 설치하고, 잠금 파일이 낡았으면 실패합니다. pnpm은 CI 변수가 있으면 이미 그렇게 하지만 Docker 빌드에는 그 변수가 없습니다.',
    },
    examples: {
      bad: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install\n',
      badLines: [4],
      onbuild: 'same',
      good: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n',
    },
  },
  check(ctx) {
    for (const { call, ins } of callsOf(ctx.model, ['npm', 'yarn', 'pnpm'])) {
      const sub = call.subcommand?.value ?? (call.pm.id === 'yarn' ? 'install' : '');
      if (!['install', 'i'].includes(sub) || call.operands.length > 0) continue;
      const spec = LOCKED[call.pm.id]!;
      if (spec.flags.length > 0 && hasOption(call.cmd, spec.flags)) continue;
      // Global installs and installs with explicit packages are a different matter (DOP072).
      if (hasOption(call.cmd, ['-g', '--global'])) continue;
      const missing = lockMissing(ctx.model, ins, spec.locks);
      const swap = missing ? null : spec.fix(sub);
      const at = call.subcommand ?? call.cmd.argv[call.cmd.programIndex];
      const edits: TextEdit[] =
        swap && at
          ? [
              swap.replace
                ? { start: at.span.start, end: at.span.end, text: swap.text }
                : { start: at.span.end, end: at.span.end, text: ` ${swap.text}` },
            ]
          : [];
      const advice = missing
        ? {
            en: `copy ${spec.locks[0]} into the image too, then ${spec.advice.en}`,
            ko: `${spec.locks[0]}도 이미지에 복사한 뒤 ${spec.advice.ko}`,
          }
        : spec.advice;
      ctx.report({
        span: call.cmd.span,
        message: {
          en: `\`${call.cmd.name} ${sub}\` does not enforce the lock file: ${advice.en}.`,
          ko: `\`${call.cmd.name} ${sub}\`은(는) 잠금 파일을 강제하지 않습니다. ${advice.ko}.`,
        },
        ...(edits.length
          ? {
              fix: {
                title: swap?.replace
                  ? { en: 'Use npm ci', ko: 'npm ci 사용' }
                  : { en: `Add ${swap?.text}`, ko: `${swap?.text} 추가` },
                safety: 'review' as const,
                edits,
              },
            }
          : {}),
      });
    }
  },
});
