import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop057-unsorted-packages.js';

describe('DOP057 unsorted-packages', () => {
  it('fires on unsorted and duplicated lists of every OS manager', () => {
    expect(lint(rule, 'FROM x:1\nRUN apk add --no-cache zlib curl')).toHaveLength(1);
    expect(lint(rule, 'FROM x:1\nRUN dnf install -y python3 nginx && yum install -y b a')).toHaveLength(2);
    expect(lint(rule, 'FROM x:1\nRUN apt-get install -y curl curl')[0]!.message.en).toBe(
      '`apt-get install` lists curl twice.',
    );
    expect(lint(rule, asOnbuild('FROM x:1\nRUN zypper in -y wget curl'))).toHaveLength(1);
    expect(lint(rule, 'FROM x:1\nRUN <<EOF\napt-get install -y wget curl\nEOF\n')).toHaveLength(1);
  });

  it('does not fire on sorted lists, single packages, option values', () => {
    expect(lint(rule, 'FROM x:1\nRUN apt-get install -y ca-certificates curl git')).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN apk add curl')).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev')).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN apt-get install -y -t bookworm-backports curl wget')).toEqual([]);
    expect(lint(rule, 'FROM x:1\nRUN apt-get remove -y wget curl')).toEqual([]);
  });

  it('sorts in place across continuation lines and drops duplicates', () => {
    expect(fixed(rule, 'FROM x:1\nRUN apt-get install -y \\\n    wget \\\n    curl \\\n    curl')).toBe(
      'FROM x:1\nRUN apt-get install -y \\\n    curl \\\n    wget',
    );
    expect(fixed(rule, 'FROM x:1\nRUN apt-get install -y wget=1 curl=2 -o Dpkg::Use-Pty=0')).toBe(
      'FROM x:1\nRUN apt-get install -y curl=2 wget=1 -o Dpkg::Use-Pty=0',
    );
    expect(fixed(rule, 'FROM x:1\nRUN <<EOF\napk add zlib curl\nEOF\n')).toBe(
      'FROM x:1\nRUN <<EOF\napk add curl zlib\nEOF\n',
    );
  });

  it('puts long lists one package per line, in the escape character of the file', () => {
    expect(fixed(rule, 'FROM x:1\nRUN apt-get install -y e d c b a && rm -rf /x')).toBe(
      'FROM x:1\nRUN apt-get install -y \\\n    a \\\n    b \\\n    c \\\n    d \\\n    e && rm -rf /x',
    );
    expect(fixed(rule, '# escape=`\nFROM x:1\r\nRUN apk add d c b a\r\n')).toBe(
      '# escape=`\nFROM x:1\r\nRUN apk add `\r\n    a `\r\n    b `\r\n    c `\r\n    d\r\n',
    );
    expect(fixed(rule, 'FROM x:1\nRUN <<EOF\napk add d c b a\nEOF\n')).toBe(
      'FROM x:1\nRUN <<EOF\napk add \\\n    a \\\n    b \\\n    c \\\n    d\nEOF\n',
    );
    // Never inside a quoted sh -c string.
    expect(fixed(rule, "FROM x:1\nRUN sh -c 'apk add d c b a'")).toBe(
      "FROM x:1\nRUN sh -c 'apk add a b c d'",
    );
  });

  it('reports but does not rewrite lists with variables, quotes or options in between', () => {
    for (const run of ['apk add zlib $EXTRA curl', 'apk add "zlib" curl', 'apk add zlib --no-cache curl']) {
      const f = lint(rule, `FROM x:1\nRUN ${run}`);
      expect(f, run).toHaveLength(1);
      expect(f[0]!.fix, run).toBeUndefined();
    }
  });

  it('can be ignored with a comment', () => {
    expect(lint(rule, 'FROM x:1\n# dop ignore=DOP057\nRUN apk add zlib curl')).toEqual([]);
  });
});

describe('DOP057 exec form', () => {
  it('reads RUN ["…"] as the command it runs, as hadolint does', () => {
    expect(lint(rule, 'FROM x:1\nRUN ["apt-get", "install", "-y", "wget", "curl"]')).toHaveLength(1);
  });
});
