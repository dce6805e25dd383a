import { both, defineRule } from './define.js';
import { exposedPorts } from './support/metadata.js';

export const rule = defineRule({
  meta: {
    id: 'DOP122',
    slug: 'expose-invalid-format',
    title: { en: 'EXPOSE with a host port or IP address', ko: '호스트 포트나 IP 주소를 쓴 EXPOSE' },
    severity: 'error',
    practices: ['P30'],
    aka: { buildkit: ['ExposeInvalidFormat'] },
    fixable: 'safe',
    explanation: {
      en: 'EXPOSE only documents the port the container listens on; it cannot publish it. In `EXPOSE 8080:80` Docker silently drops the host part, and a future release will reject it. Write the container port (`EXPOSE 80`) and publish with `docker run -p 8080:80` or in Compose.',
      ko: 'EXPOSE는 컨테이너가 듣는 포트를 문서화할 뿐 외부에 공개하지 않습니다. `EXPOSE 8080:80`의 호스트 부분은 조용히 무시되며, 앞으로는 오류가 됩니다. 컨테이너 포트만 쓰고(`EXPOSE 80`) 공개는 `docker run -p 8080:80`이나 Compose에서 하세요.',
    },
    examples: {
      bad: 'FROM nginx:1.27\nEXPOSE 8080:80\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM nginx:1.27\nEXPOSE 80\n',
    },
  },
  check(ctx) {
    for (const p of exposedPorts(ctx.model)) {
      // A `:` inside `${…}` belongs to the variable (`${PORT:-80}`), not to a mapping.
      if (!p.port.replace(/\$\{[^{}]*\}/g, 'X').includes(':')) continue;
      // The container port is the last field of [ip:]hostPort:containerPort (IPv6 in brackets).
      const container = p.port.slice(p.port.lastIndexOf(':') + 1);
      const span = p.token.span;
      const canFix = p.literal && /^\d+(-\d+)?$/.test(container);
      ctx.report({
        span,
        message: both(
          `\`EXPOSE ${p.token.value}\` gives a host ${p.port.split(':').length > 2 ? 'address and port' : 'port'}, which EXPOSE ignores; expose \`${container}\` and publish with \`docker run -p\`.`,
          `\`EXPOSE ${p.token.value}\`의 호스트 부분은 EXPOSE가 무시합니다. \`${container}\`만 쓰고 공개는 \`docker run -p\`(으)로 하세요.`,
        ),
        fix: canFix
          ? {
              title: both(`Expose \`${container}\``, `\`${container}\`만 노출`),
              safety: 'safe',
              edits: [{ start: span.start, end: span.start + p.port.length, text: container }],
            }
          : undefined,
      });
    }
  },
});
