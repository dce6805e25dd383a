import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop096-late-delete.js';

describe('DOP096 late-delete', () => {
  it('fires on deleting a download, a package index or copied files in a later RUN', () => {
    const golden =
      'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates\nRUN curl -fsSL -o /tmp/tool.tar.gz https://example.com/tool.tar.gz\nRUN tar -xzf /tmp/tool.tar.gz -C /usr/local/bin\nRUN rm -rf /tmp/tool.tar.gz /var/lib/apt/lists/*\n';
    const found = lint(rule, golden);
    expect(found).toHaveLength(1);
    expect(found[0]?.message.en).toContain('line 3 (RUN)');
    expect(
      lint(rule, 'FROM debian:12\nRUN wget -O /tmp/a.zip https://x.io/a.zip\nRUN rm -rf /tmp/*'),
    ).toHaveLength(1);
    expect(
      lint(rule, 'FROM python:3.12\nRUN pip install -r r.txt\nRUN rm -rf /root/.cache/pip'),
    ).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN echo x > /etc/x.conf\nRUN rm /etc/x.conf')).toHaveLength(1);
    expect(
      lint(rule, asOnbuild('FROM debian:12\nRUN echo x > /etc/x.conf\nRUN rm /etc/x.conf')),
    ).toHaveLength(1);
    expect(
      lint(rule, 'FROM debian:12\nWORKDIR /src\nRUN git clone https://x.io/r.git app\nRUN rm -rf app/.git'),
    ).toHaveLength(1);
  });

  it('fires on removing packages installed by an earlier RUN', () => {
    expect(lint(rule, 'FROM alpine:3.20\nRUN apk add --no-cache py3-pip\nRUN apk del py3-pip')).toHaveLength(
      1,
    );
    expect(
      lint(rule, 'FROM alpine:3.20\nRUN apk add --virtual .build-deps gcc\nRUN apk del .build-deps'),
    ).toHaveLength(1);
    expect(
      lint(
        rule,
        'FROM debian:12\nRUN apt-get install -y build-essential=12.9\nRUN apt-get purge -y build-essential',
      ),
    ).toHaveLength(1);
  });

  it('does not fire when the files are deleted where they were created', () => {
    expect(
      lint(
        rule,
        'FROM debian:12\nRUN curl -fsSLo /tmp/a.tgz https://x.io/a.tgz && tar -xzf /tmp/a.tgz && rm /tmp/a.tgz',
      ),
    ).toEqual([]);
    expect(
      lint(
        rule,
        'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nRUN apk add --virtual .d gcc && make && apk del .d')).toEqual([]);
  });

  it('leaves files brought by COPY/ADD to DOP097', () => {
    expect(lint(rule, 'FROM debian:12\nCOPY docs/ /app/docs/\nRUN rm -rf /app/docs')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN rm -rf tests')).toEqual([]);
  });

  it('does not fire on files from the base image, other stages, cache mounts or unknown paths', () => {
    expect(lint(rule, 'FROM debian:12\nRUN rm -rf /usr/share/doc/*')).toEqual([]);
    expect(lint(rule, 'FROM debian:12 AS a\nCOPY . /app\nFROM debian:12\nRUN rm -rf /app/tests')).toEqual([]);
    expect(
      lint(
        rule,
        'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update\nRUN rm -rf /var/lib/apt/lists/*',
      ),
    ).toEqual([]);
    expect(
      lint(
        rule,
        'FROM debian:12\nRUN --mount=type=tmpfs,target=/tmp curl -o /tmp/a https://x.io\nRUN rm -f /tmp/a',
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nCOPY a /a\nRUN rm -rf $DIR')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nCOPY . /\nRUN rm -rf /x')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN rm -rf /tmp/a\nRUN curl -o /tmp/a https://x.io')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20\nRUN apk add curl\nRUN apk del wget')).toEqual([]);
  });

  it('is silenced by our pragma', () => {
    expect(lint(rule, 'FROM debian:12\nRUN echo x > /x\n# dop ignore=DOP096\nRUN rm /x')).toEqual([]);
  });
});

describe('DOP096 late-delete: what counts as created', () => {
  it('counts outputs, not paths a command only reads', () => {
    // Scripts copied in and run by earlier RUNs were not created by them (that is DOP097).
    expect(
      lint(
        rule,
        'FROM debian:12\nCOPY scripts/ /tmp/scripts/\nRUN bash /tmp/scripts/a.sh\nRUN rm -rf /tmp/scripts',
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN cat /etc/hosts\nRUN rm /etc/hosts')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN make 2>&1\nRUN rm -rf /1')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nRUN mkdir -p /opt/x\nRUN rm -rf /opt/x')).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN cp /etc/a /opt/b\nRUN rm /opt/b')).toHaveLength(1);
    expect(
      lint(rule, 'FROM debian:12\nRUN wget -P /opt/dl https://x.io/a\nRUN rm -rf /opt/dl/a'),
    ).toHaveLength(1);
    expect(lint(rule, 'FROM debian:12\nRUN unzip /a.zip -d /opt/a\nRUN rm -rf /opt/a/docs')).toHaveLength(1);
  });
});

describe('DOP096 late-delete: caches already cleaned', () => {
  it('does not blame a RUN that cleaned its own package cache', () => {
    expect(
      lint(
        rule,
        'FROM debian:12\nRUN apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/*\nRUN bash /s.sh && rm -rf /var/lib/apt/lists/*',
      ),
    ).toEqual([]);
    expect(
      lint(
        rule,
        'FROM debian:12\nRUN apt-get update && apt-get install -y x && apt-get clean\nRUN rm -rf /var/cache/apt',
      ),
    ).toEqual([]);
  });
});

describe('DOP096 late-delete: download outputs', () => {
  it('reads curl and wget output options, bundled or not', () => {
    for (const dl of [
      'curl -fsSLo /tmp/a.tgz',
      'curl -o /tmp/a.tgz',
      'curl --output=/tmp/a.tgz',
      'wget -qO /tmp/a.tgz',
      'wget -O/tmp/a.tgz',
    ]) {
      expect(lint(rule, `FROM debian:12\nRUN ${dl} https://x.io/a.tgz\nRUN rm /tmp/a.tgz`), dl).toHaveLength(
        1,
      );
    }
    expect(lint(rule, 'FROM debian:12\nRUN curl -fsSL https://x.io/a.tgz\nRUN rm /tmp/a.tgz')).toEqual([]);
  });
});

describe('DOP096 directories made by mkdir', () => {
  it('does not blame an earlier mkdir for files removed from inside the directory later', () => {
    expect(
      lint(rule, 'FROM debian:12\nRUN mkdir -p /srv/www\nRUN fetch-site && rm -rf /srv/www/*\n'),
    ).toEqual([]);
    expect(
      lint(
        rule,
        'FROM debian:12\nWORKDIR "/opt/o"\nRUN mkdir -p /opt/o\nRUN wget -q https://e.example/a.rpm && rm -f ./*.rpm\n',
      ),
    ).toEqual([]);
    expect(
      lint(rule, 'FROM debian:12\nRUN cp -r /usr/share/doc /srv/www\nRUN rm -rf /srv/www/*\n'),
    ).toHaveLength(1);
  });
});
