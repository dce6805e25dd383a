import { defineRule } from './define.js';
import { casingOf } from './support/structure.js';

export const rule = defineRule({
  meta: {
    id: 'DOP005',
    slug: 'from-as-casing',
    title: { en: '`AS` cased differently from `FROM`', ko: '`AS`와 `FROM`의 대소문자가 다름' },
    severity: 'style',
    practices: ['P32'],
    aka: { buildkit: ['FromAsCasing'] },
    fixable: 'safe',
    explanation: {
      en: 'The builder accepts `as` in any case, but `FROM image as build` next to an uppercase `FROM` reads like part of the image reference. Write `AS` in the same case as `FROM`.',
      ko: '빌더는 `as`의 대소문자를 가리지 않지만, 대문자 `FROM` 옆의 `FROM image as build`는 이미지 참조의 일부처럼 읽힙니다. `AS`를 `FROM`과 같은 대소문자로 쓰세요.',
    },
    examples: {
      bad: 'FROM golang:1.23 as build\nRUN go version\nFROM alpine:3.20\nCOPY --from=build /usr/local/go/VERSION /VERSION\n',
      badLines: [1],
      onbuild: 'same',
      good: 'FROM golang:1.23 AS build\nRUN go version\nFROM alpine:3.20\nCOPY --from=build /usr/local/go/VERSION /VERSION\n',
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const from = stage.from;
      const as = from.args[1];
      if (!as || from.args.length < 3 || as.value.toLowerCase() !== 'as') continue;
      // A lowercase `from` wants `as`; any other FROM (upper or mixed) wants `AS`.
      const lower = casingOf(from.keywordRaw) === 'lower';
      const want = lower ? 'as' : 'AS';
      if (as.value === want) continue;
      ctx.report({
        span: as.span,
        message: {
          en: `\`${as.value}\` does not match the casing of \`${from.keywordRaw}\`: write \`${from.keywordRaw} … ${want} ${stage.name ?? ''}\`.`,
          ko: `\`${as.value}\`의 대소문자가 \`${from.keywordRaw}\`과(와) 맞지 않습니다. \`${from.keywordRaw} … ${want} ${stage.name ?? ''}\`(으)로 쓰세요.`,
        },
        fix: {
          title: { en: `Write \`${want}\``, ko: `\`${want}\`(으)로 변경` },
          safety: 'safe',
          edits: [{ ...as.span, text: want }],
        },
      });
    }
  },
});
