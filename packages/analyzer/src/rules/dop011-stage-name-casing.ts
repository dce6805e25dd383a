import type { TextEdit } from '../types.js';
import { defineRule } from './define.js';
import { stageRefs } from './support/structure.js';

export const rule = defineRule({
  meta: {
    id: 'DOP011',
    slug: 'stage-name-casing',
    title: { en: 'Stage name not in lowercase', ko: '스테이지 이름이 소문자가 아님' },
    severity: 'style',
    practices: ['P15'],
    aka: { buildkit: ['StageNameCasing'] },
    fixable: 'safe',
    explanation: {
      en: 'The builder lowercases stage names, so `AS Builder` is really `builder`: `--target Builder`, `COPY --from=BUILDER` and `FROM builder` all name the same stage, which hides typos and confuses readers. Write stage names in lowercase, and their references too.',
      ko: '빌더는 스테이지 이름을 소문자로 바꾸므로 `AS Builder`는 실제로 `builder`입니다. `--target Builder`, `COPY --from=BUILDER`, `FROM builder`가 모두 같은 스테이지를 가리키게 되어 오타가 가려지고 읽는 사람이 헷갈립니다. 스테이지 이름과 그 참조를 모두 소문자로 쓰세요.',
    },
    examples: {
      bad: 'FROM golang:1.23 AS Builder\nRUN go version\nFROM alpine:3.20\nCOPY --from=Builder /usr/local/go/VERSION /VERSION\n',
      badLines: [1],
      onbuild: 'same',
      good: 'FROM golang:1.23 AS builder\nRUN go version\nFROM alpine:3.20\nCOPY --from=builder /usr/local/go/VERSION /VERSION\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const refs = stageRefs(model);
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameSpan) continue;
      const lower = stage.name.toLowerCase();
      if (stage.name === lower) continue;
      const edits: TextEdit[] = [{ ...stage.nameSpan, text: lower }];
      // Each reference that resolves to this stage, written as a plain word, is renamed with it.
      for (const ref of refs) {
        if (ref.target !== stage.index || ref.value.toLowerCase() !== lower || ref.value === lower) continue;
        edits.push({ ...ref.span, text: lower });
      }
      ctx.report({
        span: stage.nameSpan,
        message: {
          en: `Stage name \`${stage.name}\` should be lowercase: \`${lower}\`.`,
          ko: `스테이지 이름 \`${stage.name}\`은(는) 소문자 \`${lower}\`(으)로 써야 합니다.`,
        },
        fix: {
          title: { en: `Rename the stage to \`${lower}\``, ko: `스테이지 이름을 \`${lower}\`(으)로 변경` },
          safety: 'safe',
          edits,
        },
      });
    }
  },
});
