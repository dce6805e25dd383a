import type { InstructionNode } from '../model/types.js';
import { defineRule, instructionsOf } from './define.js';
import { quotedList } from './support/structure.js';

/** Instructions that take a JSON array; written with single quotes, each falls back to shell form. */
const EXEC_FORM = ['CMD', 'ENTRYPOINT', 'RUN', 'SHELL', 'HEALTHCHECK', 'VOLUME', 'COPY', 'ADD'];

export const rule = defineRule({
  meta: {
    id: 'DOP007',
    slug: 'json-form-single-quotes',
    title: { en: 'Exec form written with single quotes', ko: '작은따옴표로 쓴 exec 형식' },
    severity: 'error',
    practices: ['P02', 'P03'],
    aka: {},
    fixable: 'review',
    explanation: {
      en: "Exec form must be a JSON array, and JSON strings take double quotes only. `CMD ['node', 'app.js']` is not JSON, so Docker runs the whole text as a shell command (`/bin/sh -c \"['node', 'app.js']\"`), which fails at start-up; `VOLUME ['/data']` creates a directory with brackets in its name. Use double quotes: `CMD [\"node\", \"app.js\"]`.",
      ko: "exec 형식은 JSON 배열이어야 하고, JSON 문자열은 큰따옴표만 쓸 수 있습니다. `CMD ['node', 'app.js']`는 JSON이 아니어서 Docker가 전체를 셸 명령(`/bin/sh -c \"['node', 'app.js']\"`)으로 실행하고, 컨테이너 시작 시 실패합니다. `VOLUME ['/data']`는 이름에 대괄호가 들어간 디렉터리를 만듭니다. `CMD [\"node\", \"app.js\"]`처럼 큰따옴표를 쓰세요.",
    },
    examples: {
      bad: "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD ['node', 'server.js']\n",
      badLines: [4],
      onbuild: 'same',
      good: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const ins of instructionsOf(model, ...EXEC_FORM)) {
      if (ins.json || !ins.argsSpan) continue;
      const start = argumentStart(ins);
      if (start === null) continue;
      const items = quotedList(ctx.text.slice(start, ins.argsSpan.end), start, model.escapeChar);
      const single = items?.filter((it) => it.quote === "'") ?? [];
      if (!items || single.length === 0) continue;
      // JSON would read `"` and `\` inside the strings differently; leave those to a person.
      const safe = single.every((it) => !/["\\]/.test(it.content));
      const shown = `[${items.map((it) => `"${it.content}"`).join(', ')}]`;
      ctx.report({
        span: ins.argsSpan,
        message: {
          en: `\`${ins.keyword}\` uses single quotes, which JSON does not allow, so this is shell form, not exec form: write \`${shown}\`.`,
          ko: `\`${ins.keyword}\`에 JSON에서 쓸 수 없는 작은따옴표를 썼기 때문에 exec 형식이 아니라 셸 형식으로 처리됩니다. \`${shown}\`(으)로 쓰세요.`,
        },
        ...(safe
          ? {
              fix: {
                // Review, not safe: today the shell runs the bracketed text; after the fix the
                // program itself runs, in exec form. That is the intent, but it changes what runs.
                title: {
                  en: 'Use double quotes (what runs changes: exec form instead of the shell)',
                  ko: '큰따옴표로 변경 (셸 대신 exec 형식으로 실행되므로 실행 내용이 바뀜)',
                },
                safety: 'review' as const,
                edits: single.flatMap((it) => [
                  { start: it.open, end: it.open + 1, text: '"' },
                  { start: it.close, end: it.close + 1, text: '"' },
                ]),
              },
            }
          : {}),
      });
    }
  },
});

/** Where the would-be array starts: after `CMD` in `HEALTHCHECK [flags] CMD [...]`. */
function argumentStart(ins: InstructionNode): number | null {
  if (ins.keyword !== 'HEALTHCHECK') return ins.argsSpan!.start;
  const first = ins.args[0];
  if (first?.value.toUpperCase() !== 'CMD') return null;
  return first!.span.end;
}
