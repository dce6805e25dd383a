import type { Localized } from '../types.js';
import { both, defineRule } from './define.js';
import { EXPOSE_PROTOCOLS, exposedPorts } from './support/metadata.js';

const MAX_PORT = 65535;

/** What is wrong with a port or range (`80`, `8000-8010`), or null. */
function portProblem(port: string): Localized | null {
  const m = /^(\d+)(?:-(\d+))?$/.exec(port);
  if (!m) return both(`\`${port}\` is not a port number`, `\`${port}\`은(는) 포트 번호가 아닙니다`);
  const [lo, hi] = [Number(m[1]), m[2] === undefined ? Number(m[1]) : Number(m[2])];
  const out = [lo, hi].find((n) => n > MAX_PORT);
  if (out !== undefined)
    return both(`port ${out} is outside 0–${MAX_PORT}`, `포트 ${out}은(는) 0–${MAX_PORT} 범위를 벗어납니다`);
  if (lo > hi) return both(`the range ${port} runs backwards`, `범위 ${port}의 시작이 끝보다 큽니다`);
  return null;
}

export const rule = defineRule({
  meta: {
    id: 'DOP120',
    slug: 'invalid-port',
    title: { en: 'EXPOSE with an invalid port', ko: '잘못된 포트를 쓴 EXPOSE' },
    severity: 'error',
    practices: ['P30'],
    aka: { hadolint: ['DL3011'], trivy: ['DS-0008'] },
    fixable: 'none',
    explanation: {
      en: 'EXPOSE takes port numbers from 0 to 65535 or ranges (`8000-8010`), optionally followed by /tcp, /udp or /sctp; anything else makes the build fail. Write the port the application listens on.',
      ko: 'EXPOSE에는 0부터 65535까지의 포트 번호나 범위(`8000-8010`)를 쓰고, 필요하면 /tcp, /udp, /sctp를 붙입니다. 그 밖의 값은 빌드를 실패하게 합니다. 애플리케이션이 실제로 듣는 포트를 쓰세요.',
    },
    examples: {
      bad: 'FROM nginx:1.27\nEXPOSE 80800\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM nginx:1.27\nARG PORT=8080\nEXPOSE 80 443/tcp $PORT 9000-9010/udp\n',
    },
  },
  check(ctx) {
    for (const p of exposedPorts(ctx.model)) {
      // Known only at build time, or a host mapping (DOP122 reports that).
      if (p.resolved === null || p.port.includes(':')) continue;
      const problem =
        portProblem(p.port) ??
        (p.proto !== null && !EXPOSE_PROTOCOLS.includes(p.proto.toLowerCase())
          ? both(
              `\`${p.proto}\` is not a protocol (tcp, udp or sctp)`,
              `\`${p.proto}\`은(는) 프로토콜(tcp, udp, sctp)이 아닙니다`,
            )
          : null);
      if (!problem) continue;
      ctx.report({
        span: p.token.span,
        message: both(
          `\`EXPOSE ${p.token.value}\`: ${problem.en}.`,
          `\`EXPOSE ${p.token.value}\`: ${problem.ko}.`,
        ),
      });
    }
  },
});
