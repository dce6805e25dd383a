import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop007-json-form-single-quotes.js';

describe('DOP007 json-form-single-quotes', () => {
  it('fires on single-quoted arrays in every instruction that takes exec form', () => {
    const text = [
      'FROM alpine:3.20',
      "RUN ['apk', 'add', 'curl']",
      "SHELL ['/bin/sh', '-c']",
      "VOLUME ['/data']",
      "COPY ['a', '/b']",
      "HEALTHCHECK --interval=5s CMD ['curl', '-f', 'http://localhost/']",
      "ENTRYPOINT ['tini', '--']",
      "CMD ['node', 'app.js']",
    ].join('\n');
    const hits = lint(rule, text);
    expect(hits).toHaveLength(7);
    expect(hits[6]!.message.en).toBe(
      '`CMD` uses single quotes, which JSON does not allow, so this is shell form, not exec form: write `["node", "app.js"]`.',
    );
    expect(lint(rule, asOnbuild("FROM alpine:3.20\nCMD ['a']\n"))).toHaveLength(1);
    // Mixed quotes are not JSON either.
    expect(lint(rule, 'FROM alpine:3.20\nCMD ["a", \'b\']\n')).toHaveLength(1);
  });

  it('does not fire on JSON, shell form or other brackets', () => {
    expect(lint(rule, 'FROM alpine:3.20\nCMD ["node", "app.js"]\nRUN echo \'[a]\'\n')).toEqual([]);
    expect(lint(rule, "FROM alpine:3.20\nRUN ['a'] && true\nCMD echo ['a']\n")).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nHEALTHCHECK NONE\nHEALTHCHECK CMD ["curl", "-f", "x"]\n')).toEqual(
      [],
    );
    expect(lint(rule, 'FROM alpine:3.20\nCMD []\nCMD [\nCMD\n')).toEqual([]);
  });

  it('fixes by swapping the quotes, across continuations and after HEALTHCHECK CMD', () => {
    expect(fixed(rule, "FROM alpine:3.20\nCMD ['node', 'app.js']\n")).toBe(
      'FROM alpine:3.20\nCMD ["node", "app.js"]\n',
    );
    expect(fixed(rule, "FROM alpine:3.20\nCMD ['a', \\\n  'b']\n")).toBe(
      'FROM alpine:3.20\nCMD ["a", \\\n  "b"]\n',
    );
    expect(fixed(rule, "FROM alpine:3.20\nHEALTHCHECK CMD ['curl', '-f']\n")).toBe(
      'FROM alpine:3.20\nHEALTHCHECK CMD ["curl", "-f"]\n',
    );
    expect(fixed(rule, "# escape=`\nFROM alpine:3.20\nCMD ['a', `\n  'b']\n")).toBe(
      '# escape=`\nFROM alpine:3.20\nCMD ["a", `\n  "b"]\n',
    );
  });

  it('gives no fix when a string holds a double quote or a backslash', () => {
    const hits = lint(rule, "FROM alpine:3.20\nCMD ['sh', '-c', 'echo \"hi\"']\nCMD ['C:\\\\app']\n");
    expect(hits).toHaveLength(2);
    expect(hits.every((h) => h.fix === undefined)).toBe(true);
  });

  it('is silenced by our pragma', () => {
    expect(lint(rule, "FROM alpine:3.20\n# dop ignore=DOP007\nCMD ['a']\n")).toEqual([]);
  });
});
