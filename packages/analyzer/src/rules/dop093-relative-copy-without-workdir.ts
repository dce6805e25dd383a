import { defineRule, instructionsOf } from './define.js';
import { copySources, instructionsBefore } from './support/layers.js';

/** Absolute on Linux or Windows (`/x`, `C:\x`, `C:/x`), or a variable the rule cannot judge. */
const NOT_RELATIVE = /^(\/|\\|[A-Za-z]:[\\/]|\$)/;

export const rule = defineRule({
  meta: {
    id: 'DOP093',
    slug: 'relative-copy-without-workdir',
    title: { en: 'COPY to a relative path with no WORKDIR', ko: 'WORKDIR 없이 상대 경로로 COPY' },
    severity: 'warning',
    practices: ['P27'],
    aka: { hadolint: ['DL3045'] },
    fixable: 'none',
    explanation: {
      en: 'A relative COPY or ADD destination is resolved against the working directory, which here is whatever the base image set (often `/`). Files end up somewhere the reader cannot see, and a new base image can move them. Set `WORKDIR /app` first, or copy to an absolute path.',
      ko: 'COPY나 ADD의 상대 경로 대상은 작업 디렉터리를 기준으로 풀리는데, 여기서는 베이스 이미지가 정한 곳(대개 `/`)입니다. 파일이 읽는 사람이 알 수 없는 곳에 놓이고, 베이스 이미지가 바뀌면 위치도 바뀔 수 있습니다. 먼저 `WORKDIR /app`을 두거나 절대 경로로 복사하세요.',
    },
    examples: {
      bad: 'FROM node:22-slim\nCOPY package.json package-lock.json ./\n',
      badLines: [2],
      // Ignored: a trigger runs in a downstream image whose WORKDIR this file cannot see.
      onbuild: 'ignored',
      good: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const ins of instructionsOf(model, 'COPY', 'ADD')) {
      // An ONBUILD trigger runs in a child image whose WORKDIR this file cannot see.
      if (ins.onbuild) continue;
      const ops = copySources(ins);
      if (!ops) continue;
      const dest = ops.dest.value.replace(/^["']|["']$/g, '');
      if (dest === '' || NOT_RELATIVE.test(dest)) continue;
      // A WORKDIR earlier in this stage or in a stage it builds on (as hadolint does).
      if (instructionsBefore(model, ins).some((i) => i.keyword === 'WORKDIR')) continue;
      ctx.report({
        span: ops.dest.span,
        message: {
          en: `${ins.keyword} to the relative path \`${dest}\` with no WORKDIR set: it lands in the base image's working directory. Set WORKDIR or use an absolute path.`,
          ko: `WORKDIR 없이 상대 경로 \`${dest}\`(으)로 ${ins.keyword}합니다. 베이스 이미지의 작업 디렉터리에 놓입니다. WORKDIR을 두거나 절대 경로를 쓰세요.`,
        },
      });
    }
  },
});
