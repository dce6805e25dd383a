import { defineRule, instructionsOf } from './define.js';
import { copyOperands } from './support/structure.js';

/** Destinations that are directories whatever follows: `.` and `..` (BuildKit treats them so). */
const DIRECTORY_WORDS = new Set(['.', '..']);

export const rule = defineRule({
  meta: {
    id: 'DOP006',
    slug: 'copy-destination-slash',
    title: {
      en: 'COPY/ADD of several sources to a destination without a trailing /',
      ko: '여러 소스를 복사하는데 대상이 /로 끝나지 않음',
    },
    severity: 'error',
    practices: ['P32'],
    aka: { hadolint: ['DL3021'], trivy: ['DS-0011'] },
    fixable: 'safe',
    explanation: {
      en: 'With more than one source, the destination must be a directory, and the builder only takes it as one when it ends in `/`; otherwise the build fails ("When using COPY with more than one source file, the destination must be a directory and end with a /"). End the destination with `/`.',
      ko: '소스가 둘 이상이면 대상은 디렉터리여야 하고, 빌더는 대상이 `/`로 끝날 때만 디렉터리로 봅니다. 그렇지 않으면 "When using COPY with more than one source file, the destination must be a directory and end with a /" 오류로 빌드가 실패합니다. 대상 끝에 `/`를 붙이세요.',
    },
    examples: {
      bad: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json /app\nRUN npm ci\n',
      badLines: [3],
      onbuild: 'same',
      good: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json /app/\nRUN npm ci\n',
    },
  },
  check(ctx) {
    for (const ins of instructionsOf(ctx.model, 'COPY', 'ADD')) {
      const ops = copyOperands(ins);
      if (!ops || ops.sources.length < 2) continue;
      const { dest } = ops;
      const value = ops.json ? dest.value : unquote(dest.value);
      if (value.endsWith('/') || value.endsWith('\\') || DIRECTORY_WORDS.has(value)) continue;
      // A variable may already end in `/`; we cannot tell, so stay quiet.
      if (value.includes('$') || value === '') continue;
      const raw = ctx.text.slice(dest.span.start, dest.span.end);
      const quoted = raw.length >= 2 && /^["'].*["']$/s.test(raw);
      const at = quoted ? dest.span.end - 1 : dest.span.end;
      ctx.report({
        span: dest.span,
        message: {
          en: `\`${ins.keywordRaw}\` has ${ops.sources.length} sources, so its destination \`${value}\` must end in \`/\`.`,
          ko: `\`${ins.keywordRaw}\`의 소스가 ${ops.sources.length}개이므로 대상 \`${value}\`은(는) \`/\`(으)로 끝나야 합니다.`,
        },
        fix: {
          title: { en: `Write \`${value}/\``, ko: `\`${value}/\`(으)로 변경` },
          safety: 'safe',
          edits: [{ start: at, end: at, text: '/' }],
        },
      });
    }
  },
});

function unquote(word: string): string {
  return word.length >= 2 && /^(["']).*\1$/s.test(word) ? word.slice(1, -1) : word;
}
