import { defineRule } from './define.js';

/** Triggers the builder refuses, with why, per keyword. */
const FORBIDDEN: Record<string, { en: string; ko: string }> = {
  ONBUILD: { en: 'ONBUILD cannot be chained', ko: 'ONBUILD는 연쇄할 수 없습니다' },
  FROM: { en: 'a trigger cannot start a new stage', ko: '트리거로 새 스테이지를 시작할 수 없습니다' },
  MAINTAINER: {
    en: 'MAINTAINER is not allowed as a trigger (and is deprecated anyway)',
    ko: 'MAINTAINER는 트리거로 쓸 수 없습니다(게다가 더 이상 권장되지 않습니다)',
  },
};

export const rule = defineRule({
  meta: {
    id: 'DOP008',
    slug: 'onbuild-forbidden-trigger',
    title: { en: 'ONBUILD with a forbidden trigger', ko: 'ONBUILD에 허용되지 않는 트리거' },
    severity: 'error',
    practices: ['P32'],
    aka: { hadolint: ['DL3043'] },
    fixable: 'none',
    explanation: {
      en: 'ONBUILD ONBUILD, ONBUILD FROM and ONBUILD MAINTAINER are rejected by the builder ("… isn\'t allowed as an ONBUILD trigger"), so the image that declares them does not build. Put the instruction in the downstream Dockerfile instead, or use a LABEL for the author.',
      ko: 'ONBUILD ONBUILD, ONBUILD FROM, ONBUILD MAINTAINER는 빌더가 거부하므로("… isn\'t allowed as an ONBUILD trigger") 이를 선언한 이미지부터 빌드되지 않습니다. 해당 명령어는 이 이미지를 쓰는 쪽 Dockerfile에 두고, 작성자 정보는 LABEL로 남기세요.',
    },
    examples: {
      bad: 'FROM node:22-slim\nONBUILD COPY . /app\nONBUILD FROM node:22-slim\n',
      badLines: [3],
      // The rule is about triggers: the example is written with them already.
      onbuild: { badLines: [3] },
      good: 'FROM node:22-slim\nONBUILD COPY . /app\nONBUILD RUN npm ci\n',
    },
  },
  check(ctx) {
    for (const ins of ctx.model.instructions) {
      const trigger = ins.trigger;
      const why = trigger ? FORBIDDEN[trigger.keyword] : undefined;
      if (!trigger || !why) continue;
      ctx.report({
        span: trigger.keywordSpan,
        message: {
          en: `\`ONBUILD ${trigger.keywordRaw}\` fails the build: ${why.en}.`,
          ko: `\`ONBUILD ${trigger.keywordRaw}\`은(는) 빌드를 실패시킵니다. ${why.ko}.`,
        },
      });
    }
  },
});
