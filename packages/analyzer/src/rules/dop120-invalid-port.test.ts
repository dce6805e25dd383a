import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop120-invalid-port.js';

const expose = (ports: string) => lint(rule, `FROM nginx:1.27\nEXPOSE ${ports}\n`);

describe('DOP120 invalid-port', () => {
  it('fires on ports out of range, non-numbers, backwards ranges and unknown protocols', () => {
    expect(expose('65536 80 http 9010-9000 53/icmp 1-70000').map((h) => h.message.en)).toEqual([
      '`EXPOSE 65536`: port 65536 is outside 0–65535.',
      '`EXPOSE http`: `http` is not a port number.',
      '`EXPOSE 9010-9000`: the range 9010-9000 runs backwards.',
      '`EXPOSE 53/icmp`: `icmp` is not a protocol (tcp, udp or sctp).',
      '`EXPOSE 1-70000`: port 70000 is outside 0–65535.',
    ]);
    const text = 'FROM nginx:1.27\nEXPOSE 80 99999\n';
    expect(lint(rule, text)[0]!.span).toEqual({
      start: text.indexOf('99999'),
      end: text.indexOf('99999') + 5,
    });
  });

  it('checks variables whose value the file gives', () => {
    expect(lint(rule, 'FROM nginx:1.27\nARG PORT=99999\nEXPOSE $PORT\n')).toHaveLength(1);
    expect(lint(rule, 'FROM nginx:1.27\nENV PORT=8080\nEXPOSE ${PORT}/tcp\n')).toEqual([]);
  });

  it('does not fire on valid ports, unknown variables, defaults, or host mappings', () => {
    expect(expose('0 80 443/tcp 53/udp 5000/sctp 8000-8010 65535 80/TCP')).toEqual([]);
    expect(expose('$PORT ${PORT}/udp ${PORT:-8080}')).toEqual([]);
    expect(expose('8080:80')).toEqual([]);
    expect(lint(rule, 'FROM nginx:1.27\nEXPOSE\n')).toEqual([]);
  });

  it('fires under ONBUILD', () => {
    expect(lint(rule, asOnbuild('FROM nginx:1.27\nEXPOSE 70000\n'))).toHaveLength(1);
  });

  it('is silenced by hadolint and Trivy ids', () => {
    expect(lint(rule, 'FROM nginx:1.27\n# hadolint ignore=DL3011\nEXPOSE 70000\n')).toEqual([]);
    expect(lint(rule, 'FROM nginx:1.27\nEXPOSE 70000\n', { disabledRules: ['DS-0008'] })).toEqual([]);
  });
});
