import { both, defineRule, instructionsOf } from './define.js';
import { hasExpansion, LABEL_FORMATS, type LabelFormat } from './support/metadata.js';

export const rule = defineRule({
  meta: {
    id: 'DOP114',
    slug: 'label-value-format',
    title: { en: 'Label value in the wrong format', ko: '형식에 맞지 않는 레이블 값' },
    severity: 'warning',
    practices: ['P29'],
    aka: { hadolint: ['DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3058'] },
    fixable: 'none',
    explanation: {
      en: 'Your configuration (`requiredLabels`) gives a format for some labels (URL, RFC 3339 time, SPDX licence, git hash, semantic version, email). Tools that read them (registries, SBOM and licence scanners) drop or misread values in another format, so write the value in that format.',
      ko: '설정의 `requiredLabels`는 일부 레이블의 형식(URL, RFC 3339 시각, SPDX 라이선스, git 해시, 시맨틱 버전, 이메일)을 정합니다. 이 값을 읽는 레지스트리, SBOM·라이선스 스캐너는 다른 형식의 값을 버리거나 잘못 읽으므로 정해진 형식으로 쓰세요.',
    },
    examples: {
      bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=latest org.opencontainers.image.created=yesterday\n',
      badLines: [2, 2],
      onbuild: 'same',
      good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.4.2 org.opencontainers.image.created=2024-05-01T12:00:00Z\n',
      options: {
        requiredLabels: {
          'org.opencontainers.image.version': 'semver',
          'org.opencontainers.image.created': 'rfc3339',
        },
      },
    },
  },
  check(ctx) {
    const formats = ctx.config.requiredLabels ?? {};
    for (const ins of instructionsOf(ctx.model, 'LABEL')) {
      for (const p of ins.properties) {
        const format = formats[p.name] as LabelFormat | undefined;
        const spec = format ? LABEL_FORMATS[format] : undefined;
        const value = p.value ?? '';
        // Empty values are DOP113's; values from build arguments are known only at build time.
        if (!spec || value.trim() === '' || hasExpansion(value) || spec.test(value)) continue;
        ctx.report({
          span: p.valueSpan ?? p.span,
          message: both(
            `Label \`${p.name}\` should be ${spec.describe.en}, but is \`${value}\`.`,
            `레이블 \`${p.name}\`은(는) ${spec.describe.ko}여야 하는데 값이 \`${value}\`입니다.`,
          ),
        });
      }
    }
  },
});
