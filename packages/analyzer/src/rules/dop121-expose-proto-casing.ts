import { both, defineRule } from './define.js';
import { EXPOSE_PROTOCOLS, exposedPorts } from './support/metadata.js';

export const rule = defineRule({
  meta: {
    id: 'DOP121',
    slug: 'expose-proto-casing',
    title: { en: 'EXPOSE protocol not in lower case', ko: '소문자가 아닌 EXPOSE 프로토콜' },
    severity: 'style',
    practices: ['P30'],
    aka: { buildkit: ['ExposeProtoCasing'] },
    fixable: 'safe',
    explanation: {
      en: 'Docker accepts `80/TCP` but stores and shows the protocol in lower case, and tools that compare port specs as text treat `80/TCP` and `80/tcp` as different ports. Write tcp, udp and sctp in lower case.',
      ko: 'Docker는 `80/TCP`도 받아들이지만 프로토콜을 소문자로 저장하고 보여 주며, 포트 표기를 문자열로 비교하는 도구는 `80/TCP`와 `80/tcp`를 다른 포트로 봅니다. tcp, udp, sctp는 소문자로 쓰세요.',
    },
    examples: {
      bad: 'FROM nginx:1.27\nEXPOSE 80/TCP\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM nginx:1.27\nEXPOSE 80/tcp 53/udp\n',
    },
  },
  check(ctx) {
    for (const p of exposedPorts(ctx.model)) {
      if (p.proto === null || p.proto === p.proto.toLowerCase()) continue;
      // Unknown protocols are DOP120's.
      const lower = p.proto.toLowerCase();
      if (!EXPOSE_PROTOCOLS.includes(lower)) continue;
      ctx.report({
        span: p.protoSpan ?? p.token.span,
        message: both(
          `Write the protocol of \`EXPOSE ${p.token.value}\` in lower case: \`${lower}\`.`,
          `\`EXPOSE ${p.token.value}\`의 프로토콜은 소문자 \`${lower}\`(으)로 쓰세요.`,
        ),
        fix: p.protoSpan
          ? {
              title: both(`Write \`${lower}\``, `\`${lower}\`(으)로 쓰기`),
              safety: 'safe',
              edits: [{ ...p.protoSpan, text: lower }],
            }
          : undefined,
      });
    }
  },
});
