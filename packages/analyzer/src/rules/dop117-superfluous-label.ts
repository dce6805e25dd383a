import { both, defineRule, instructionsOf } from './define.js';

export const rule = defineRule({
  meta: {
    id: 'DOP117',
    slug: 'superfluous-label',
    title: { en: 'Label not in the label schema', ko: '레이블 스키마에 없는 레이블' },
    severity: 'info',
    practices: ['P29'],
    aka: { hadolint: ['DL3050'] },
    fixable: 'none',
    optIn: true,
    explanation: {
      en: "For teams that keep a closed set of labels (hadolint's strict-labels): once `requiredLabels` is configured, any other key is probably a typo of a required one or metadata nobody reads. Rename it to a key of the schema, add it to the schema, or drop it. Off unless enabled.",
      ko: '레이블 목록을 닫힌 집합으로 관리하는 팀을 위한 규칙입니다(hadolint의 strict-labels). `requiredLabels`를 설정했다면 그 밖의 키는 대개 필수 키의 오타이거나 아무도 읽지 않는 메타데이터입니다. 스키마의 키로 고치거나, 스키마에 추가하거나, 지우세요. 켜야만 동작합니다.',
    },
    examples: {
      bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source=https://github.com/x/y org.opencontainers.image.sorce=https://github.com/x/y\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source=https://github.com/x/y\n',
      options: { requiredLabels: { 'org.opencontainers.image.source': 'url' } },
    },
  },
  check(ctx) {
    const schema = ctx.config.requiredLabels ?? {};
    // Without a schema every label would be "extra": the rule only means something with one.
    if (Object.keys(schema).length === 0) return;
    for (const ins of instructionsOf(ctx.model, 'LABEL')) {
      for (const p of ins.properties) {
        if (p.name === '' || p.name in schema) continue;
        ctx.report({
          span: p.nameSpan,
          message: both(
            `Label \`${p.name}\` is not in the configured label schema.`,
            `레이블 \`${p.name}\`은(는) 설정된 레이블 스키마에 없습니다.`,
          ),
        });
      }
    }
  },
});
