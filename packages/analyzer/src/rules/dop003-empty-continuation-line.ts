import type { TextEdit } from '../types.js';
import { defineRule } from './define.js';

export const rule = defineRule({
  meta: {
    id: 'DOP003',
    slug: 'empty-continuation-line',
    title: { en: 'Empty line inside a line continuation', ko: '줄 이어쓰기 안의 빈 줄' },
    severity: 'warning',
    practices: ['P32'],
    aka: { buildkit: ['NoEmptyContinuation'] },
    fixable: 'safe',
    explanation: {
      en: 'The builder skips an empty line after a trailing backslash, so the instruction silently goes on below it; this is easy to misread (a following RUN may become arguments of this one), and BuildKit says it will become an error. Delete the empty line, or end the instruction before it.',
      ko: '빌더는 줄 끝 백슬래시 뒤의 빈 줄을 건너뛰므로 명령어가 그 아래로 조용히 이어집니다. 다음 RUN이 이 명령어의 인자가 되는 등 잘못 읽기 쉽고, BuildKit은 이를 앞으로 오류로 처리하겠다고 밝혔습니다. 빈 줄을 지우거나 그 앞에서 명령어를 끝내세요.',
    },
    examples: {
      bad: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n\n    curl\n',
      badLines: [3],
      onbuild: 'same',
      good: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n    # a comment line is fine\n    curl\n',
    },
  },
  check(ctx) {
    const { model, text } = ctx;
    const { lines } = model;
    for (const ins of model.instructions) {
      // Empty lines in a here-document body are content, not continuation.
      if (ins.endLine === ins.startLine) continue;
      const bodies = [...ins.heredocs, ...(ins.trigger?.heredocs ?? [])]
        .map((h) => h.contentSpan)
        .filter((s) => s !== null);
      const edits: TextEdit[] = [];
      for (let line = ins.startLine + 1; line <= ins.endLine; line++) {
        const start = lines.lineStart(line);
        if (!isBlank(text, start, lines.lineEnd(line))) continue;
        if (bodies.some((b) => start >= b.start && start < b.end)) continue;
        const end = Math.min(lines.lineStart(line + 1), text.length);
        if (end <= start) continue;
        const prev = edits[edits.length - 1];
        if (prev && prev.end === start) prev.end = end;
        else edits.push({ start, end, text: '' });
      }
      if (edits.length === 0) continue;
      const count = edits.reduce((n, e) => n + lines.lineOf(e.end - 1) - lines.lineOf(e.start) + 1, 0);
      ctx.report({
        span: { start: edits[0]!.start, end: edits[0]!.end },
        message: {
          en: `\`${ins.keywordRaw}\` on line ${ins.startLine + 1} continues across ${count === 1 ? 'an empty line' : `${count} empty lines`}; the builder skips ${count === 1 ? 'it' : 'them'} and reads on.`,
          ko: `${ins.startLine + 1}행의 \`${ins.keywordRaw}\`이(가) 빈 줄 ${count}개를 넘어 이어집니다. 빌더는 빈 줄을 건너뛰고 다음 줄을 계속 읽습니다.`,
        },
        related: [ins.keywordSpan],
        fix: {
          title: { en: 'Remove the empty lines', ko: '빈 줄 삭제' },
          safety: 'safe',
          edits,
        },
      });
    }
  },
});

/** Whether text[start, end) is all white space (as `trim` reads it: `\s`), without a copy per line. */
function isBlank(text: string, start: number, end: number): boolean {
  NON_BLANK.lastIndex = start;
  const m = NON_BLANK.exec(text);
  return m === null || m.index >= end;
}
const NON_BLANK = /\S/g;
