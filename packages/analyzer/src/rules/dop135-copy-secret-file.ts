import type { ArgToken, InstructionNode } from '../model/types.js';
import { defineRule, instructionsOf } from './define.js';
import { secretFileReason } from './support/secrets.js';

/** Sources of a COPY/ADD from the build context: not heredocs, URLs, git repositories or variables. */
function contextSources(ins: InstructionNode): ArgToken[] {
  const operands = (ins.json ?? ins.args).filter((a) => !a.value.startsWith('<<'));
  // `ins.args` runs on into here-document bodies; with a heredoc the sources are not files.
  if (ins.heredocs.length > 0) return [];
  return operands
    .slice(0, -1)
    .filter(
      (a) =>
        !/^[a-z][a-z0-9+.-]*:\/\//i.test(a.value) && !a.value.startsWith('git@') && !a.value.includes('$'),
    );
}

/**
 * `COPY --from=<stage or image>` is skipped: the file does not come from the build context (the
 * peers' known false positive), and a secret built in a stage is a different problem.
 */
export const rule = defineRule({
  meta: {
    id: 'DOP135',
    slug: 'copy-secret-file',
    title: { en: 'Secret file copied into the image', ko: '비밀 파일을 이미지에 복사' },
    severity: 'warning',
    practices: ['P10', 'P21'],
    aka: { trivy: ['DS-0031'] },
    fixable: 'none',
    explanation: {
      en: 'A file copied into a layer stays in the image for anyone who pulls it, even if a later RUN deletes it. Mount build-time credentials only for the RUN that needs them (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, `--mount=type=ssh` for git), give runtime secrets to the container at start, and list such files in .dockerignore.',
      ko: '레이어에 복사한 파일은 나중의 RUN에서 지워도 이미지를 받는 누구에게나 남습니다. 빌드용 자격 증명은 필요한 RUN에만 마운트하고(`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, git에는 `--mount=type=ssh`), 실행용 비밀값은 컨테이너 시작 시 주입하며, 이런 파일은 .dockerignore에 넣으세요.',
    },
    examples: {
      bad: 'FROM node:20-slim\nWORKDIR /app\nCOPY .npmrc package.json package-lock.json ./\nRUN npm ci\n',
      badLines: [3],
      onbuild: 'same',
      good: 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n',
    },
  },
  check(ctx) {
    for (const ins of instructionsOf(ctx.model, 'COPY', 'ADD')) {
      if (ins.flags.some((f) => f.name.toLowerCase() === 'from')) continue;
      for (const src of contextSources(ins)) {
        const reason = secretFileReason(src.value);
        if (!reason) continue;
        ctx.report({
          span: src.span,
          message: {
            en: `${ins.keyword} of \`${src.value}\` puts credentials (${reason}) into a layer; use a secret mount instead.`,
            ko: `\`${src.value}\`의 ${ins.keyword}는 자격 증명(${reason})을 레이어에 넣습니다. secret 마운트를 쓰세요.`,
          },
        });
      }
    }
  },
});
