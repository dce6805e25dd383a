import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop006-copy-destination-slash.js';

describe('DOP006 copy-destination-slash', () => {
  it('fires on several sources and a destination without /', () => {
    const hits = lint(rule, 'FROM alpine:3.20\nCOPY a b /app\nADD x.tar y.tar /opt\n');
    expect(hits).toHaveLength(2);
    expect(hits[0]!.message.en).toBe('`COPY` has 2 sources, so its destination `/app` must end in `/`.');
    expect(hits[0]!.span).toEqual({ start: 26, end: 30 });
    expect(lint(rule, 'FROM alpine:3.20 AS b\nFROM alpine:3.20\nCOPY --from=b /a /b /c\n')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM alpine:3.20\nCOPY a b /app\n'))).toHaveLength(1);
  });

  it('fires on exec form and on here-document sources', () => {
    expect(lint(rule, 'FROM alpine:3.20\nCOPY ["a", "b", "/app"]\n')).toHaveLength(1);
    expect(
      lint(rule, 'FROM alpine:3.20\nCOPY <<EOF1 <<EOF2 /etc/conf\nhello\nEOF1\nworld\nEOF2\n'),
    ).toHaveLength(1);
  });

  it('does not fire on one source, a directory destination or a variable', () => {
    expect(lint(rule, 'FROM alpine:3.20\nCOPY a /app\nCOPY . .\nCOPY a b /app/\nCOPY a b .\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nCOPY ["a b", "/app"]\nCOPY ["a", "b", "/app/"]\n')).toEqual([]);
    // A here-document body is not a list of sources.
    expect(lint(rule, 'FROM alpine:3.20\nCOPY <<EOF /etc/motd\nhello world\nand more\nEOF\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nENV DIR=/app/\nCOPY a b $DIR\nCOPY a b ${DIR}\n')).toEqual([]);
    expect(lint(rule, 'FROM nginx:1.27\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n')).toEqual([]);
    expect(
      lint(rule, '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY a b C:\\app\\\n'),
    ).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nCOPY\nCOPY []\n')).toEqual([]);
  });

  it('fixes by appending / (inside the quotes when quoted)', () => {
    expect(fixed(rule, 'FROM alpine:3.20\nCOPY a b /app\n')).toBe('FROM alpine:3.20\nCOPY a b /app/\n');
    expect(fixed(rule, 'FROM alpine:3.20\nCOPY ["a", "b", "/app"]\n')).toBe(
      'FROM alpine:3.20\nCOPY ["a", "b", "/app/"]\n',
    );
    expect(fixed(rule, 'FROM alpine:3.20\nCOPY a b "/app"\n')).toBe('FROM alpine:3.20\nCOPY a b "/app/"\n');
  });

  it('is silenced by the hadolint pragma and the Trivy id', () => {
    expect(lint(rule, 'FROM alpine:3.20\n# hadolint ignore=DL3021\nCOPY a b /app\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nCOPY a b /app\n', { disabledRules: ['DS-0011'] })).toEqual([]);
  });

  it('does not take the closing line of an empty here-document for an operand', () => {
    expect(lint(rule, 'FROM scratch\nCOPY <<EOF /done\nEOF\n')).toEqual([]);
    expect(lint(rule, 'FROM scratch\nCOPY <<A <<B /out\nx\nA\ny\nB\n')).toHaveLength(1);
  });
});
