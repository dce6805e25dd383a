import { hasOption } from '../shell/command.js';
import type { Localized, TextEdit } from '../types.js';
import { defineRule } from './define.js';
import { callsOf } from './support/packages.js';

/** What each manager's "install exactly the lock file" looks like. */
const LOCKED: Record<
  string,
  { flags: string[]; fix: (sub: string) => { from: string; to: string } | null; advice: Localized }
> = {
  npm: {
    flags: [],
    fix: (sub) => (sub === 'install' || sub === 'i' ? { from: sub, to: 'ci' } : null),
    advice: { en: 'use `npm ci`', ko: '`npm ci`를 쓰세요' },
  },
  yarn: {
    flags: ['--frozen-lockfile', '--immutable'],
    fix: () => null,
    advice: {
      en: 'add `--frozen-lockfile` (Yarn 1) or `--immutable` (Yarn 2+)',
      ko: '`--frozen-lockfile`(Yarn 1) 또는 `--immutable`(Yarn 2 이상)을 붙이세요',
    },
  },
  pnpm: {
    flags: ['--frozen-lockfile'],
    fix: () => null,
    advice: { en: 'add `--frozen-lockfile`', ko: '`--frozen-lockfile`을 붙이세요' },
  },
};

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
      good: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n',
    },
  },
  check(ctx) {
    for (const { call } of callsOf(ctx.model, ['npm', 'yarn', 'pnpm'])) {
      const sub = call.subcommand?.value ?? (call.pm.id === 'yarn' ? 'install' : '');
      if (!['install', 'i'].includes(sub) || call.operands.length > 0) continue;
      const spec = LOCKED[call.pm.id]!;
      if (spec.flags.length > 0 && hasOption(call.cmd, spec.flags)) continue;
      // Global installs and installs with explicit packages are a different matter (DOP072).
      if (hasOption(call.cmd, ['-g', '--global'])) continue;
      const swap = spec.fix(sub);
      const edits: TextEdit[] =
        swap && call.subcommand
          ? [{ start: call.subcommand.span.start, end: call.subcommand.span.end, text: swap.to }]
          : [];
      ctx.report({
        span: call.cmd.span,
        message: {
          en: `\`${call.cmd.name} ${sub}\` does not enforce the lock file: ${spec.advice.en}.`,
          ko: `\`${call.cmd.name} ${sub}\`은(는) 잠금 파일을 강제하지 않습니다. ${spec.advice.ko}.`,
        },
        ...(edits.length
          ? { fix: { title: { en: 'Use npm ci', ko: 'npm ci 사용' }, safety: 'review' as const, edits } }
          : {}),
      });
    }
  },
});
