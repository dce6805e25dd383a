import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop122-expose-invalid-format.js';

describe('DOP122 expose-invalid-format', () => {
  it('fires on host:container and ip:host:container', () => {
    const hits = lint(rule, 'FROM nginx:1.27\nEXPOSE 8080:80 127.0.0.1:8443:443/tcp 9000\n');
    expect(hits.map((h) => h.message.en)).toEqual([
      '`EXPOSE 8080:80` gives a host port, which EXPOSE ignores; expose `80` and publish with `docker run -p`.',
      '`EXPOSE 127.0.0.1:8443:443/tcp` gives a host address and port, which EXPOSE ignores; expose `443` and publish with `docker run -p`.',
    ]);
  });

  it('fixes by keeping the container port and protocol', () => {
    expect(fixed(rule, 'FROM nginx:1.27\nEXPOSE 8080:80\n')).toBe('FROM nginx:1.27\nEXPOSE 80\n');
    expect(fixed(rule, 'FROM nginx:1.27\nEXPOSE 127.0.0.1:8443:443/udp\n')).toBe(
      'FROM nginx:1.27\nEXPOSE 443/udp\n',
    );
    expect(fixed(rule, asOnbuild('FROM nginx:1.27\nEXPOSE 8080:80\n'))).toBe(
      'FROM nginx:1.27\nONBUILD EXPOSE 80\n',
    );
  });

  it('fires without a fix when variables are involved', () => {
    const hits = lint(rule, 'FROM nginx:1.27\nEXPOSE $HOST_PORT:80\n');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fix).toBeUndefined();
  });

  it('does not fire on plain ports, ranges, or variable defaults with `:-`', () => {
    expect(
      lint(rule, 'FROM nginx:1.27\nEXPOSE 80 443/tcp 8000-8010 ${PORT:-8080} $PORT ${PORT:?unset}\n'),
    ).toEqual([]);
  });

  it('is silenced by check=skip', () => {
    expect(lint(rule, '# check=skip=ExposeInvalidFormat\nFROM nginx:1.27\nEXPOSE 8080:80\n')).toEqual([]);
  });
});
