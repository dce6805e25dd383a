import { defineRule } from './define.js';
import { RESERVED_STAGE_NAMES } from './support/structure.js';

export const rule = defineRule({
  meta: {
    id: 'DOP012',
    slug: 'reserved-stage-name',
    title: { en: 'Reserved word used as a stage name', ko: '예약어를 스테이지 이름으로 사용' },
    severity: 'error',
    practices: ['P15'],
    aka: { hadolint: ['DL3063'], buildkit: ['ReservedStageName'] },
    fixable: 'none',
    explanation: {
      en: '`scratch` already means the empty image and `context` the build context, so a stage with either name cannot be reached the way it looks: `FROM scratch` or `COPY --from=context` would not mean this stage. Pick another name, such as `base` or `build`.',
      ko: '`scratch`는 빈 이미지를, `context`는 빌드 컨텍스트를 이미 뜻하므로 이런 이름의 스테이지는 보이는 대로 참조되지 않습니다. `FROM scratch`나 `COPY --from=context`는 이 스테이지를 가리키지 않습니다. `base`, `build`처럼 다른 이름을 쓰세요.',
    },
    examples: {
      bad: 'FROM alpine:3.20 AS context\nRUN echo hi > /hi\nFROM alpine:3.20\nCOPY --from=context /hi /hi\n',
      badLines: [1],
      onbuild: 'same',
      good: 'FROM alpine:3.20 AS base\nRUN echo hi > /hi\nFROM alpine:3.20\nCOPY --from=base /hi /hi\n',
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      if (!stage.name || !stage.nameSpan || !RESERVED_STAGE_NAMES.has(stage.name.toLowerCase())) continue;
      const word = stage.name.toLowerCase();
      ctx.report({
        span: stage.nameSpan,
        message: {
          en: `\`${stage.name}\` is a reserved word and cannot name a stage: \`${word}\` already means ${word === 'scratch' ? 'the empty image' : 'the build context'}.`,
          ko: `\`${stage.name}\`은(는) 예약어라 스테이지 이름으로 쓸 수 없습니다. \`${word}\`은(는) 이미 ${word === 'scratch' ? '빈 이미지' : '빌드 컨텍스트'}를 뜻합니다.`,
        },
      });
    }
  },
});
