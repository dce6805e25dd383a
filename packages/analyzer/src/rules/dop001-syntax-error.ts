import { defineRule } from './define.js';

/** Parse problems of the Dockerfile and of its RUN shell scripts, reported as findings. */
export const rule = defineRule({
  meta: {
    id: 'DOP001',
    slug: 'syntax-error',
    title: { en: 'The Dockerfile does not parse', ko: 'Dockerfile을 해석할 수 없음' },
    severity: 'error',
    practices: ['P01'],
    aka: {},
    fixable: 'none',
    explanation: {
      en: 'The builder would stop here or read the line differently from what it looks like: an unknown instruction, an instruction without arguments, a here-document that never ends, or a quote left open in a RUN script. Fix the syntax first; other findings on a broken line may be wrong.',
      ko: '빌더가 여기서 멈추거나, 보이는 것과 다르게 해석합니다. 알 수 없는 명령어, 인자가 없는 명령어, 끝나지 않은 here-document, RUN 스크립트에서 닫히지 않은 따옴표 등이 원인입니다. 먼저 문법을 고치세요. 깨진 줄에 대한 다른 지적은 틀릴 수 있습니다.',
    },
    examples: {
      bad: 'FROM alpine:3.20\nRUN echo "hello\n',
      good: 'FROM alpine:3.20\nRUN echo "hello"\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    if (model.text.includes('\u0000') || /[\u0001-\u0008\u000e-\u001f]/.test(model.text.slice(0, 4096))) {
      ctx.report({
        span: { start: 0, end: Math.min(model.text.length, 1) },
        message: {
          en: 'This looks like binary data, not a Dockerfile (it contains NUL or control bytes).',
          ko: 'Dockerfile이 아니라 바이너리 데이터로 보입니다 (NUL 또는 제어 문자가 있습니다).',
        },
      });
      return;
    }
    if (model.text.trim() === '') {
      ctx.report({
        span: { start: 0, end: 0 },
        message: { en: 'The Dockerfile is empty.', ko: 'Dockerfile이 비어 있습니다.' },
      });
      return;
    }
    if (model.instructions.length === 0) {
      ctx.report({
        span: { start: 0, end: 0 },
        message: {
          en: 'The Dockerfile has no instructions, only comments or directives: it needs at least a FROM.',
          ko: 'Dockerfile에 명령어가 없고 주석이나 지시문뿐입니다. 최소한 FROM이 필요합니다.',
        },
      });
    }
    // A template (Go, Jinja, Helm) is not a Dockerfile yet: one clear finding instead of one per line.
    const template = TEMPLATE_LINE.exec(model.text);
    if (template) {
      const start = template.index + template[0].indexOf('{');
      ctx.report({
        span: { start, end: start + 2 },
        message: {
          en: 'This looks like a template (`{{ … }}` or `{% … %}` lines), not a Dockerfile: render it first, then check the result.',
          ko: '이 파일은 Dockerfile이 아니라 템플릿(`{{ … }}` 또는 `{% … %}` 줄)으로 보입니다. 먼저 렌더링한 뒤 결과를 검사하세요.',
        },
      });
      return;
    }
    for (const p of model.problems) {
      ctx.report({ span: p.span, message: { en: p.message, ko: translateProblem(p.message) } });
    }
  },
});

/** A line that starts with a template tag: `{{ if … }}`, `{{- … -}}`, `{% for … %}`. */
const TEMPLATE_LINE = /^[ \t]*\{[{%]/m;

/** Korean for the parser's messages; the English text is kept when no pattern matches. */
function translateProblem(en: string): string {
  const table: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^Unknown instruction "(.*)"\.$/, (m) => `알 수 없는 명령어 "${m[1]}"입니다.`],
    [/^(\w+) needs at least one argument\.$/, (m) => `${m[1]}에는 인자가 하나 이상 필요합니다.`],
    [
      /^Here-document "(.*)" is not closed.*$/,
      (m) => `here-document "${m[1]}"가 닫히지 않았습니다. 본문 뒤에 "${m[1]}" 줄을 추가하세요.`,
    ],
    [/^Shell: single quote is not closed\.$/, () => '셸: 작은따옴표가 닫히지 않았습니다.'],
    [/^Shell: double quote is not closed\.$/, () => '셸: 큰따옴표가 닫히지 않았습니다.'],
    [/^Shell: (.*) is not closed\.$/, (m) => `셸: ${m[1]}이(가) 닫히지 않았습니다.`],
    [/^Shell: here-document is not closed.*$/, () => '셸: here-document가 닫히지 않았습니다.'],
    [/^The Dockerfile could not be parsed: (.*)$/, (m) => `Dockerfile을 해석할 수 없습니다: ${m[1]}`],
  ];
  for (const [re, ko] of table) {
    const m = re.exec(en);
    if (m) return ko(m);
  }
  return en;
}
