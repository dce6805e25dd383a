import { both, defineRule } from './define.js';
import { isAbsolutePath, workdirSteps } from './support/metadata.js';

export const rule = defineRule({
  meta: {
    id: 'DOP100',
    slug: 'relative-workdir',
    title: { en: 'WORKDIR with a relative path', ko: '상대 경로 WORKDIR' },
    severity: 'warning',
    practices: ['P27'],
    aka: { hadolint: ['DL3000'], buildkit: ['WorkdirRelativePath'], trivy: ['DS-0009'] },
    fixable: 'safe',
    explanation: {
      en: 'A relative WORKDIR is resolved against the working directory in effect, which often comes from the base image and changes when the base image does. Write the absolute path (`WORKDIR /app`), so the reader and the build agree on where files go.',
      ko: '상대 경로 WORKDIR은 그 시점의 작업 디렉터리를 기준으로 풀리는데, 이 디렉터리는 대개 베이스 이미지가 정하고 베이스 이미지가 바뀌면 함께 바뀝니다. `WORKDIR /app`처럼 절대 경로를 써서 읽는 사람과 빌드가 같은 위치를 보게 하세요.',
    },
    examples: {
      bad: 'FROM python:3.12-slim\nWORKDIR /srv\nWORKDIR app\nCOPY . .\n',
      badLines: [3],
      onbuild: 'same',
      good: 'FROM python:3.12-slim\nARG APP_DIR=/srv/app\nWORKDIR $APP_DIR\nCOPY . .\n',
    },
  },
  check(ctx) {
    for (const step of workdirSteps(ctx.model)) {
      // An unknown variable (`$HOME/app`) may well hold an absolute path: say nothing.
      if (step.resolved === null || isAbsolutePath(step.resolved)) continue;
      const { ins, written } = step;
      const span = ins.argsSpan ?? ins.span;
      // The fix writes the directory the build would use anyway, so it changes nothing; only
      // possible when that directory is known, and for POSIX paths.
      const canFix = step.after !== null && !ctx.model.windows && written === step.resolved;
      ctx.report({
        span,
        message: canFix
          ? both(
              `\`WORKDIR ${written}\` is relative; it resolves to \`${step.after}\`: write that.`,
              `\`WORKDIR ${written}\`은(는) 상대 경로입니다. 실제 위치인 \`${step.after}\`을(를) 그대로 쓰세요.`,
            )
          : both(
              `\`WORKDIR ${written}\` is relative to a working directory this file does not set (the base image's); use an absolute path.`,
              `\`WORKDIR ${written}\`은(는) 이 파일이 정하지 않은(베이스 이미지의) 작업 디렉터리에 상대적입니다. 절대 경로를 쓰세요.`,
            ),
        fix: canFix
          ? {
              title: both(`Write \`${step.after}\``, `\`${step.after}\`(으)로 쓰기`),
              safety: 'safe',
              edits: [{ start: span.start, end: span.end, text: step.after! }],
            }
          : undefined,
      });
    }
  },
});
