import { both, defineRule } from './define.js';
import { exposedPorts } from './support/metadata.js';

const SSH_PORT = 22;

export const rule = defineRule({
  meta: {
    id: 'DOP123',
    slug: 'expose-ssh',
    title: { en: 'SSH port exposed', ko: 'SSH 포트 노출' },
    severity: 'warning',
    practices: ['P04', 'P09'],
    aka: { trivy: ['DS-0004'] },
    fixable: 'none',
    explanation: {
      en: 'Exposing port 22 means an SSH server runs inside the container: a second service with its own keys, passwords and vulnerabilities. Use `docker exec` (or `kubectl exec`) to get a shell, and remove the SSH server and the EXPOSE.',
      ko: '22번 포트를 노출한다는 것은 컨테이너 안에서 SSH 서버가 돈다는 뜻이며, 자체 키와 비밀번호, 취약점을 가진 두 번째 서비스가 생깁니다. 셸이 필요하면 `docker exec`(또는 `kubectl exec`)를 쓰고 SSH 서버와 EXPOSE를 지우세요.',
    },
    examples: {
      bad: 'FROM ubuntu:24.04\nEXPOSE 22 8080\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM ubuntu:24.04\nEXPOSE 8080\n',
    },
  },
  check(ctx) {
    for (const p of exposedPorts(ctx.model)) {
      if (p.resolved === null) continue;
      // With a host mapping only the container port is exposed.
      const port = p.port.slice(p.port.lastIndexOf(':') + 1);
      const m = /^(\d+)(?:-(\d+))?$/.exec(port);
      if (!m) continue;
      const lo = Number(m[1]);
      const hi = m[2] === undefined ? lo : Number(m[2]);
      if (SSH_PORT < lo || SSH_PORT > hi) continue;
      ctx.report({
        span: p.token.span,
        message: both(
          `\`EXPOSE ${p.token.value}\` exposes the SSH port 22; use \`docker exec\` instead of an SSH server.`,
          `\`EXPOSE ${p.token.value}\`은(는) SSH 포트 22를 노출합니다. SSH 서버 대신 \`docker exec\`을(를) 쓰세요.`,
        ),
      });
    }
  },
});
