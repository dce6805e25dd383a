import { describe, expect, it } from 'vitest';
import { fixed, lint } from '../testing/lint.js';
import { rule } from './dop110-maintainer-deprecated.js';

describe('DOP110 maintainer-deprecated', () => {
  it('fires on MAINTAINER, naming the author', () => {
    const hits = lint(rule, 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\n');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message.en).toBe(
      'MAINTAINER is deprecated: record "Jane Doe <jane@example.com>" as `LABEL org.opencontainers.image.authors`.',
    );
    expect(lint(rule, 'MAINTAINER x\nFROM alpine:3.20\n')).toHaveLength(1);
  });

  it('fixes with an OCI authors label, quoting what needs it', () => {
    expect(fixed(rule, 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\nRUN true\n')).toBe(
      'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\nRUN true\n',
    );
    expect(fixed(rule, 'FROM alpine:3.20\nMAINTAINER jane@example.com\n')).toBe(
      'FROM alpine:3.20\nLABEL org.opencontainers.image.authors=jane@example.com\n',
    );
    expect(fixed(rule, 'FROM alpine:3.20\nmaintainer Jo "JJ" $HOME\n')).toBe(
      'FROM alpine:3.20\nlabel org.opencontainers.image.authors="Jo \\"JJ\\" \\$HOME"\n',
    );
    expect(
      fixed(rule, '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nMAINTAINER C:\\x "y"\n'),
    ).toBe(
      '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nLABEL org.opencontainers.image.authors="C:\\x `"y`""\n',
    );
  });

  it('offers no fix for an empty MAINTAINER, or one before FROM (no LABEL may go there)', () => {
    const hits = lint(rule, 'FROM alpine:3.20\nMAINTAINER\n');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.fix).toBeUndefined();
    expect(lint(rule, 'MAINTAINER jane\nFROM alpine:3.20\n')[0]!.fix).toBeUndefined();
  });

  it('does not fire on labels, or on MAINTAINER inside ONBUILD (DOP008 reports that)', () => {
    expect(lint(rule, 'FROM alpine:3.20\nLABEL maintainer=jane\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nONBUILD MAINTAINER jane\n')).toEqual([]);
  });

  it('is silenced by pragmas', () => {
    expect(lint(rule, 'FROM alpine:3.20\n# hadolint ignore=DL4000\nMAINTAINER jane\n')).toEqual([]);
    expect(lint(rule, '# check=skip=MaintainerDeprecated\nFROM alpine:3.20\nMAINTAINER jane\n')).toEqual([]);
  });
});
