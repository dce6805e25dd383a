import { both, defineRule } from './define.js';
import { quoteLiteral } from './support/metadata.js';

/** The OCI annotation that replaces MAINTAINER. */
const AUTHORS = 'org.opencontainers.image.authors';

export const rule = defineRule({
  meta: {
    id: 'DOP110',
    slug: 'maintainer-deprecated',
    title: { en: 'MAINTAINER is deprecated', ko: '더 이상 쓰지 않는 MAINTAINER' },
    severity: 'warning',
    practices: ['P29'],
    aka: { hadolint: ['DL4000'], buildkit: ['MaintainerDeprecated'], trivy: ['DS-0022'] },
    fixable: 'safe',
    explanation: {
      en: 'MAINTAINER has been deprecated since Docker 1.13 and only fills a legacy field that registries and tools ignore. Record the author as an OCI label: `LABEL org.opencontainers.image.authors="…"`.',
      ko: 'MAINTAINER는 Docker 1.13부터 폐기 예정이며, 레지스트리와 도구가 보지 않는 옛 필드만 채웁니다. 작성자는 OCI 레이블 `LABEL org.opencontainers.image.authors="…"`로 남기세요.',
    },
    examples: {
      bad: 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\n',
    },
  },
  check(ctx) {
    // Top level only: MAINTAINER inside ONBUILD is a build error, reported by DOP008.
    for (const ins of ctx.model.instructions) {
      if (ins.keyword !== 'MAINTAINER') continue;
      const author = ins.args.map((a) => a.value).join(' ');
      const label = ins.keywordRaw === ins.keywordRaw.toLowerCase() ? 'label' : 'LABEL';
      ctx.report({
        span: ins.keywordSpan,
        message: author
          ? both(
              `MAINTAINER is deprecated: record "${author}" as \`LABEL ${AUTHORS}\`.`,
              `MAINTAINER는 폐기 예정입니다. "${author}"은(는) \`LABEL ${AUTHORS}\`(으)로 남기세요.`,
            )
          : both('MAINTAINER is deprecated; remove it.', 'MAINTAINER는 폐기 예정입니다. 지우세요.'),
        // Before the first FROM only ARG may appear: a LABEL there would not parse.
        fix:
          author && ins.stage >= 0
            ? {
                title: both(`Replace with LABEL ${AUTHORS}`, `LABEL ${AUTHORS}(으)로 바꾸기`),
                safety: 'safe',
                edits: [
                  {
                    start: ins.keywordSpan.start,
                    end: ins.span.end,
                    text: `${label} ${AUTHORS}=${quoteLiteral(author, ctx.model.escapeChar)}`,
                  },
                ],
              }
            : undefined,
      });
    }
  },
});
