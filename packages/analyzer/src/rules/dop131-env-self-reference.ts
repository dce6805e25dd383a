import { defineRule, instructionsOf } from './define.js';
import { referencedVars } from './support/variables.js';

export const rule = defineRule({
  meta: {
    id: 'DOP131',
    slug: 'env-self-reference',
    title: {
      en: 'ENV uses a variable set in the same ENV',
      ko: '같은 ENV에서 정의한 변수를 사용하는 ENV',
    },
    severity: 'error',
    practices: ['P31'],
    aka: { hadolint: ['DL3044'] },
    fixable: 'review',
    explanation: {
      en: 'Docker expands every value of an ENV instruction with the variables as they were before it, so in `ENV A=1 B=$A` B does not get 1 but the earlier A (often empty). Set A in one ENV and use it in a later one.',
      ko: 'Docker는 ENV 명령의 모든 값을 그 명령 이전의 변수로 확장하므로, `ENV A=1 B=$A`에서 B는 1이 아니라 이전의 A(대개 빈 값)를 받습니다. A를 한 ENV에서 정하고 다음 ENV에서 사용하세요.',
    },
    examples: {
      bad: 'FROM alpine:3.20\nENV APP_HOME=/app APP_BIN=$APP_HOME/bin\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM alpine:3.20\nENV APP_HOME=/app\nENV APP_BIN=$APP_HOME/bin\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const ins of instructionsOf(model, 'ENV')) {
      const props = ins.properties;
      const allEquals = props.every((p) => p.hasEquals);
      for (let k = 1; k < props.length; k++) {
        const p = props[k]!;
        const earlier = new Set(props.slice(0, k).map((q) => q.name));
        const refs = referencedVars(p.rawValue ?? '', model.escapeChar).filter((r) => earlier.has(r.name));
        const first = refs[0];
        if (!first) continue;
        const prev = props[k - 1]!;
        const keyword = ins.onbuild ? `${ins.onbuild.keywordRaw} ${ins.keywordRaw}` : ins.keywordRaw;
        ctx.report({
          span: p.span,
          message: {
            en: `\`${p.name}\` uses \`$${first.name}\`, which this same ENV sets; it gets the value from before this instruction.`,
            ko: `\`${p.name}\`은(는) 같은 ENV에서 정하는 \`$${first.name}\`을(를) 사용하므로, 이 명령 이전의 값을 받습니다.`,
          },
          ...(allEquals
            ? {
                fix: {
                  title: { en: `Move ${p.name} to its own ENV`, ko: `${p.name}를 별도 ENV로 분리` },
                  // The value changes: that is the point, but a person should confirm it.
                  safety: 'review' as const,
                  edits: [{ start: prev.span.end, end: p.span.start, text: `\n${keyword} ` }],
                },
              }
            : {}),
        });
      }
    }
  },
});
