import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop121-expose-proto-casing.js';

describe('DOP121 expose-proto-casing', () => {
  it('fires on each protocol not in lower case', () => {
    const text = 'FROM nginx:1.27\nEXPOSE 80/TCP 53/Udp 443/tcp\n';
    const hits = lint(rule, text);
    expect(hits.map((h) => h.message.en)).toEqual([
      'Write the protocol of `EXPOSE 80/TCP` in lower case: `tcp`.',
      'Write the protocol of `EXPOSE 53/Udp` in lower case: `udp`.',
    ]);
    expect(hits[0]!.span).toEqual({ start: text.indexOf('TCP'), end: text.indexOf('TCP') + 3 });
  });

  it('fixes by lower-casing the protocol', () => {
    expect(fixed(rule, 'FROM nginx:1.27\nEXPOSE 80/TCP\n')).toBe('FROM nginx:1.27\nEXPOSE 80/tcp\n');
    expect(fixed(rule, 'FROM nginx:1.27\nEXPOSE 8000-8010/UDP\n')).toBe(
      'FROM nginx:1.27\nEXPOSE 8000-8010/udp\n',
    );
  });

  it('fires without a fix when the port comes from a variable', () => {
    const hits = lint(rule, 'FROM nginx:1.27\nARG P=80\nEXPOSE $P/TCP\n');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fix).toBeUndefined();
  });

  it('does not fire on lower case, no protocol, or unknown protocols', () => {
    expect(lint(rule, 'FROM nginx:1.27\nEXPOSE 80 80/tcp 53/udp 9/sctp 1/ICMP ${P}\n')).toEqual([]);
  });

  it('fires and fixes under ONBUILD', () => {
    expect(fixed(rule, asOnbuild('FROM nginx:1.27\nEXPOSE 80/TCP\n'))).toBe(
      'FROM nginx:1.27\nONBUILD EXPOSE 80/tcp\n',
    );
  });

  it('is silenced by check=skip', () => {
    expect(lint(rule, '# check=skip=ExposeProtoCasing\nFROM nginx:1.27\nEXPOSE 80/TCP\n')).toEqual([]);
  });
});
