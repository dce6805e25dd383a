import { hasOption } from '../shell/command.js';
import { defineRule } from './define.js';
import { envBefore, setInRun } from './support/env.js';
import { type Call, callsOf, reachesImage, said } from './support/packages.js';

/** Flags that leave development dependencies out, per manager. */
const PRODUCTION: Record<string, string[]> = {
  npm: ['--omit', '--production', '--only'],
  yarn: ['--production', '--prod'],
  pnpm: ['--prod', '-P', '--production'],
  poetry: ['--only', '--without', '--no-dev'],
  bundle: ['--without', '--only'],
};

/** A requirements file or extra meant for development: `requirements-dev.txt`, `.[test]`. */
const DEV_NAME = /(^|[-_./[,])(dev|devel|develop|development|test|tests|testing|lint|docs|ci)([-_.\],]|$)/i;

/** Bundler groups are left out through BUNDLE_WITHOUT/BUNDLE_ONLY or `bundle config set without …`. */
const BUNDLE_ENV = ['BUNDLE_WITHOUT', 'BUNDLE_ONLY'];

/** Every value of a repeatable option (`-r a.txt -r b.txt`, `--requirement=c.txt`). */
function valuesOf(call: Call['call'], names: readonly string[]): string[] {
  const out: string[] = [];
  call.args.forEach((a, i) => {
    for (const n of names) {
      if (a.value === n && call.args[i + 1]) out.push(call.args[i + 1]!.value);
      else if (n.startsWith('--') && a.value.startsWith(`${n}=`)) out.push(a.value.slice(n.length + 1));
      else if (
        !n.startsWith('--') &&
        a.value.startsWith(n) &&
        a.value.length > n.length &&
        !a.value.startsWith('--')
      )
        out.push(a.value.slice(n.length));
    }
  });
  return out;
}

/** What a pip install brings in for development, if anything: a dev requirements file or a dev extra. */
function pipDevelopment(call: Call['call']): string | null {
  if (call.subcommand?.value !== 'install') return null;
  const files = valuesOf(call, ['-r', '--requirement']).map((f) => f.split('/').at(-1) ?? f);
  const extras = call.operands.map((o) => o.value).filter((v) => /\[[^[\]]+\]/.test(v));
  const editable = valuesOf(call, ['-e', '--editable']).filter((v) => /\[[^[\]]+\]/.test(v));
  return (
    files.find((f) => DEV_NAME.test(f.replace(/\.(txt|in)$/, ''))) ??
    [...extras, ...editable].find((v) => DEV_NAME.test(v.slice(v.indexOf('[')))) ??
    null
  );
}

/** Whether Bundler was told to leave groups out: env, or `bundle config … without|only` earlier in the stage or this RUN. */
function bundleGroupsLimited(model: Parameters<typeof envBefore>[0], ins: Call['ins']): boolean {
  if (BUNDLE_ENV.some((n) => envBefore(model, ins, n) || setInRun(ins, n))) return true;
  const stage = ins.stage >= 0 ? model.stages[ins.stage] : undefined;
  const runs = [...(stage?.instructions ?? []).filter((i) => i.startLine < ins.startLine), ins];
  return runs.some((i) =>
    (i.shell?.commands ?? []).some(
      (c) =>
        c.name.startsWith('bundle') &&
        c.args[0]?.value === 'config' &&
        c.args.some((a) => /^(without|only)$/.test(a.value)),
    ),
  );
}

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
    restructuredBy: 'multi-stage',
    explanation: {
      en: 'Test frameworks, linters, type checkers and bundlers are needed to build, not to run, and they often outweigh the app. In the final image install production dependencies only (`npm ci --omit=dev`, `pnpm install --prod`, `yarn install --production`, `poetry install --only main`, `ENV BUNDLE_WITHOUT=development:test` before `bundle install`, no `requirements-dev.txt`), or build in a separate stage and copy the result. NODE_ENV=production set before the install counts.',
      ko: '테스트 프레임워크, 린터, 타입 검사기, 번들러는 빌드에만 필요하고 실행에는 필요 없으며, 앱보다 큰 경우가 많습니다. 최종 이미지에는 운영 의존성만 설치하거나(`npm ci --omit=dev`, `pnpm install --prod`, `yarn install --production`, `poetry install --only main`, `bundle install` 앞에 `ENV BUNDLE_WITHOUT=development:test`, `requirements-dev.txt` 제외), 별도 스테이지에서 빌드해 결과만 복사하세요. 설치 전에 NODE_ENV=production을 두면 된 것으로 봅니다.',
    },
    examples: {
      bad: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]\n',
      badLines: [4],
      onbuild: 'same',
      good: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\nCMD ["node", "server.js"]\n',
    },
  },
  check(ctx) {
    const report = (call: Call['call'], what?: string) =>
      ctx.report({
        span: call.cmd.span,
        message: what
          ? {
              en: `\`${said(call)}\` of ${what} installs development dependencies into the final image.`,
              ko: `\`${said(call)}\`(${what})이(가) 최종 이미지에 개발 의존성을 설치합니다.`,
            }
          : {
              en: `\`${said(call)}\` installs development dependencies into the final image.`,
              ko: `\`${said(call)}\`이(가) 최종 이미지에 개발 의존성을 설치합니다.`,
            },
      });
    for (const { call, ins } of callsOf(ctx.model, ['pip', 'bundle'])) {
      if (!reachesImage(ctx.model, ins)) continue;
      if (call.pm.id === 'pip') {
        const dev = pipDevelopment(call);
        if (dev) report(call, dev);
      } else if (
        call.subcommand?.value === 'install' &&
        !hasOption(call.cmd, PRODUCTION.bundle!) &&
        !bundleGroupsLimited(ctx.model, ins)
      ) {
        report(call);
      }
    }
    for (const { call, ins } of callsOf(ctx.model, ['npm', 'yarn', 'pnpm', 'poetry'])) {
      const sub = call.subcommand?.value ?? (call.pm.id === 'yarn' ? 'install' : '');
      if (!['install', 'i', 'ci'].includes(sub) || call.operands.length > 0) continue;
      if (!reachesImage(ctx.model, ins) || hasOption(call.cmd, ['-g', '--global'])) continue;
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
      report(call);
    }
  },
});
