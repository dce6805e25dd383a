import { both, defineRule, instructionsOf, stageOf } from './define.js';
import { labelsOfStage, stageChain } from './support/metadata.js';

export const rule = defineRule({
  meta: {
    id: 'DOP113',
    slug: 'empty-label-value',
    title: { en: 'Label with an empty value', ko: '값이 비어 있는 레이블' },
    severity: 'warning',
    practices: ['P29'],
    aka: { hadolint: ['DL3051'] },
    fixable: 'none',
    explanation: {
      en: 'An empty label tells nothing and usually means a build argument was not passed or a value was forgotten. Give it a value (pass it with `--build-arg` if it comes from CI), or drop the label; an empty value is right only to blank a label inherited from the base image.',
      ko: '빈 레이블은 아무 정보도 주지 않으며, 대개 빌드 인자를 넘기지 않았거나 값을 빠뜨렸다는 뜻입니다. 값을 채우거나(CI에서 온다면 `--build-arg`로 넘기세요) 레이블을 지우세요. 빈 값은 베이스 이미지에서 물려받은 레이블을 지울 때만 맞습니다.',
    },
    examples: {
      bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=""\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM alpine:3.20\nARG VERSION=1.0.0\nLABEL org.opencontainers.image.version=$VERSION\n',
    },
  },
  check(ctx) {
    for (const ins of instructionsOf(ctx.model, 'LABEL')) {
      const stage = stageOf(ctx.model, ins);
      for (const p of ins.properties) {
        if ((p.value ?? '').trim() !== '') continue;
        // Blanking a label that a parent stage of this file sets is deliberate.
        if (stage && !ins.onbuild) {
          const chain = stageChain(ctx.model, stage);
          const parent = chain.length > 1 ? chain[chain.length - 2]! : null;
          if (parent && (labelsOfStage(ctx.model, parent).get(p.name)?.value ?? '') !== '') continue;
        }
        ctx.report({
          span: p.span,
          message: both(
            `Label \`${p.name}\` is empty: give it a value or remove it.`,
            `레이블 \`${p.name}\`이(가) 비어 있습니다. 값을 주거나 지우세요.`,
          ),
        });
      }
    }
  },
});
