import type { DockerfileModel, InstructionNode } from '../model/types.js';
import type { Localized, Span } from '../types.js';
import { defineRule, instructionsOf } from './define.js';

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
      en: 'The builder would stop here or read the line differently from what it looks like: an unknown instruction, an instruction without arguments, a HEALTHCHECK without `CMD <command>` or `NONE`, an ENV or LABEL name without a value, a here-document that never ends, or a quote left open in a RUN script. Fix the syntax first; other findings on a broken line may be wrong.',
      ko: '빌더가 여기서 멈추거나, 보이는 것과 다르게 해석합니다. 알 수 없는 명령어, 인자가 없는 명령어, `CMD <명령>`이나 `NONE`이 없는 HEALTHCHECK, 값이 없는 ENV나 LABEL 이름, 끝나지 않은 here-document, RUN 스크립트에서 닫히지 않은 따옴표 등이 원인입니다. 먼저 문법을 고치세요. 깨진 줄에 대한 다른 지적은 틀릴 수 있습니다.',
    },
    examples: {
      bad: 'FROM alpine:3.20\nRUN echo "hello\n',
      badLines: [2],
      onbuild: 'same',
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
          ko: 'Dockerfile에 명령어가 없고 주석이나 지시어뿐입니다. 최소한 FROM이 필요합니다.',
        },
      });
    }
    // A template (Go, Jinja, Helm) is not a Dockerfile yet: one clear finding instead of one per line.
    // Most files have no `{{` nor `{%` at all: a plain search first, then the line-anchored pattern.
    const template =
      model.text.includes('{{') || model.text.includes('{%') ? TEMPLATE_LINE.exec(model.text) : null;
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
    for (const ins of instructionsOf(model, 'HEALTHCHECK')) {
      const problem = healthcheckProblem(ins);
      if (problem && !reported(model, problem.span)) ctx.report(problem);
    }
    // `ENV PATH` / `LABEL x`: a name with no value, which the builder rejects ("must have two arguments").
    for (const ins of instructionsOf(model, 'ENV', 'LABEL')) {
      const bare = ins.properties.find((p) => p.value === null);
      if (!bare || reported(model, ins.keywordSpan)) continue;
      ctx.report({
        span: ins.span,
        message: {
          en: `${ins.keyword} \`${bare.name}\` has no value: write \`${ins.keyword} ${bare.name}=<value>\`; the build stops here.`,
          ko: `${ins.keyword} \`${bare.name}\`에 값이 없습니다. \`${ins.keyword} ${bare.name}=<값>\`(으)로 쓰세요. 빌드가 여기서 멈춥니다.`,
        },
      });
    }
  },
});

/**
 * What the builder rejects in a HEALTHCHECK (BuildKit's parseHealthcheck): no arguments at all,
 * a type other than CMD or NONE, `NONE` with arguments, `CMD` with no command.
 */
function healthcheckProblem(ins: InstructionNode): { span: Span; message: Localized } | null {
  const [type, ...rest] = ins.args;
  if (!type) {
    return {
      span: ins.keywordSpan,
      message: {
        en: 'HEALTHCHECK needs `CMD <command>` or `NONE`: the build stops here.',
        ko: 'HEALTHCHECK에는 `CMD <명령>` 또는 `NONE`이 필요합니다. 빌드가 여기서 멈춥니다.',
      },
    };
  }
  const upper = type.value.toUpperCase();
  if (upper === 'NONE') {
    if (rest.length === 0) return null;
    return {
      span: rest[0]!.span,
      message: {
        en: 'HEALTHCHECK NONE takes no arguments: the build stops here.',
        ko: 'HEALTHCHECK NONE에는 인자를 쓸 수 없습니다. 빌드가 여기서 멈춥니다.',
      },
    };
  }
  if (upper !== 'CMD') {
    return {
      span: type.span,
      message: {
        en: `Unknown HEALTHCHECK type "${type.value}": write \`HEALTHCHECK CMD <command>\` or \`HEALTHCHECK NONE\`.`,
        ko: `알 수 없는 HEALTHCHECK 종류 "${type.value}"입니다. \`HEALTHCHECK CMD <명령>\` 또는 \`HEALTHCHECK NONE\`을(를) 쓰세요.`,
      },
    };
  }
  if (rest.length === 0 || (rest.length === 1 && /^\[\s*\]$/.test(rest[0]!.value))) {
    return {
      span: type.span,
      message: {
        en: 'HEALTHCHECK CMD has no command to run: the build stops here.',
        ko: 'HEALTHCHECK CMD 뒤에 실행할 명령이 없습니다. 빌드가 여기서 멈춥니다.',
      },
    };
  }
  return null;
}

/** Whether the parser already reported a problem at this place (no second finding for it). */
function reported(model: DockerfileModel, span: Span): boolean {
  return model.problems.some(
    (p) => p.span.start <= span.start && span.start < Math.max(p.span.end, p.span.start + 1),
  );
}

/** A line that starts with a template tag: `{{ if … }}`, `{{- … -}}`, `{% for … %}`. */
const TEMPLATE_LINE = /^[ \t]*\{[{%]/m;

/** Korean for the parser's messages; the English text is kept when no pattern matches. */
const PROBLEM_KO: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Unknown instruction "(.*)"\.$/, (m) => `알 수 없는 명령어 "${m[1]}"입니다.`],
  [/^(\w+) needs at least one argument\.$/, (m) => `${m[1]}에는 인자가 하나 이상 필요합니다.`],
  [
    /^Here-document "([^"]*)" is not closed/,
    (m) => `here-document "${m[1]}"가 닫히지 않았습니다. 본문 뒤에 "${m[1]}" 줄을 추가하세요.`,
  ],
  [/^Shell: single quote is not closed\.$/, () => '셸: 작은따옴표가 닫히지 않았습니다.'],
  [/^Shell: double quote is not closed\.$/, () => '셸: 큰따옴표가 닫히지 않았습니다.'],
  [/^Shell: (.*) is not closed\.$/, (m) => `셸: ${m[1]}이(가) 닫히지 않았습니다.`],
  [/^Shell: here-document is not closed.*$/, () => '셸: here-document가 닫히지 않았습니다.'],
  [/^The Dockerfile could not be parsed: (.*)$/, (m) => `Dockerfile을 해석할 수 없습니다: ${m[1]}`],
];

function translateProblem(en: string): string {
  for (const [re, ko] of PROBLEM_KO) {
    const m = re.exec(en);
    if (m) return ko(m);
  }
  return en;
}
