import { hasOption } from '../shell/command.js';
import { defineRule } from './define.js';
import { envBefore, setInRun } from './support/env.js';
import { callsOf, inFinalStage, said } from './support/packages.js';

/** Flags that leave development dependencies out, per manager. */
const PRODUCTION: Record<string, string[]> = {
  npm: ['--omit', '--production', '--only'],
  yarn: ['--production', '--prod'],
  pnpm: ['--prod', '-P', '--production'],
  poetry: ['--only', '--without', '--no-dev'],
};

export const rule = defineRule({
  meta: {
    id: 'DOP078',
    slug: 'dev-dependencies-in-final-image',
    title: {
      en: 'Development dependencies installed in the final image',
      ko: '최종 이미지에 개발 의존성 설치',
    },
    severity: 'info',
    practices: ['P15', 'P09', 'P18'],
    aka: {},
    fixable: 'none',
    explanation: {
      en: 'Test frameworks, linters, type checkers and bundlers are needed to build, not to run, and they often outweigh the app. In the final image install production dependencies only (`npm ci --omit=dev`, `pnpm install --prod`, `yarn install --production`, `poetry install --only main`), or build in a separate stage and copy the result. NODE_ENV=production set before the install counts.',
      ko: '테스트 프레임워크, 린터, 타입 검사기, 번들러는 빌드에만 필요하고 실행에는 필요 없으며, 앱보다 큰 경우가 많습니다. 최종 이미지에는 운영 의존성만 설치하거나(`npm ci --omit=dev`, `pnpm install --prod`, `yarn install --production`, `poetry install --only main`), 별도 스테이지에서 빌드해 결과만 복사하세요. 설치 전에 NODE_ENV=production을 두면 된 것으로 봅니다.',
    },
    examples: {
      bad: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]\n',
      good: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "server.js"]\n',
    },
  },
  check(ctx) {
    for (const { call, ins } of callsOf(ctx.model, ['npm', 'yarn', 'pnpm', 'poetry'])) {
      const sub = call.subcommand?.value ?? (call.pm.id === 'yarn' ? 'install' : '');
      if (!['install', 'i', 'ci'].includes(sub) || call.operands.length > 0) continue;
      if (!inFinalStage(ctx.model, ins) || hasOption(call.cmd, ['-g', '--global'])) continue;
      if (hasOption(call.cmd, PRODUCTION[call.pm.id]!)) continue;
      if (
        call.pm.id !== 'poetry' &&
        (envBefore(ctx.model, ins, 'NODE_ENV') === 'production' || setInRun(ins, 'NODE_ENV'))
      )
        continue;
      // A build step later in the same stage needs the dev dependencies: that is DOP029's business.
      const stage = ctx.model.stages[ins.stage];
      const builds = stage?.instructions.some(
        (i) =>
          i.startLine > ins.startLine &&
          i.keyword === 'RUN' &&
          (i.shell?.commands ?? []).some((c) => c.args.some((a) => a.value === 'build')),
      );
      if (builds) continue;
      ctx.report({
        span: call.cmd.span,
        message: {
          en: `\`${said(call)}\` installs development dependencies into the final image.`,
          ko: `\`${said(call)}\`이(가) 최종 이미지에 개발 의존성을 설치합니다.`,
        },
      });
    }
  },
});
