import { describe, expect, it } from 'vitest';
import { analyze } from '@dop/analyzer';
import { rewrite } from '../src/rewrite.js';

const only = { disabledTransforms: ['multi-stage'] };
const changesOf = (text: string) => rewrite(text, only).changes.filter((c) => c.transform === 'late-cleanup');

describe('late-cleanup', () => {
  it('moves a cleanup-only RUN into the RUN that last used the files', () => {
    const text =
      'FROM debian:12-slim\nRUN curl -o /tmp/a.tgz https://x/a.tgz && tar -xzf /tmp/a.tgz\nRUN rm -rf /tmp/a.tgz\n';
    const r = rewrite(text, only);
    expect(r.output).toContain('tar -xzf /tmp/a.tgz && rm -rf /tmp/a.tgz\n');
    expect(r.output).not.toMatch(/^RUN rm/m);
    expect(changesOf(text)[0]?.risk).toBe('safe');
  });

  it('does not move a removal before a COPY that wrote the same file (its layer keeps the copy)', () => {
    const text =
      'FROM debian:12-slim\nRUN curl -o /tmp/x.tgz https://x/x.tgz\nCOPY x.tgz /tmp/x.tgz\nRUN rm -rf /tmp/x.tgz\n';
    const r = rewrite(text, only);
    expect(changesOf(text)).toEqual([]);
    expect(r.output).toContain('COPY x.tgz /tmp/x.tgz\nRUN rm -rf /tmp/x.tgz\n');
    // Nor when the COPY fills a folder that holds it.
    const tree =
      'FROM debian:12-slim\nRUN curl -o /tmp/x.tgz https://x/x.tgz\nCOPY dl/ /tmp/\nRUN rm -rf /tmp/x.tgz\n';
    expect(changesOf(tree)).toEqual([]);
  });

  it('knows the package caches from the package managers facts, zypper too', () => {
    const text =
      'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install -y curl\nRUN rm -rf /var/cache/zypp/packages\n';
    const [c] = changesOf(text);
    expect(c?.risk).toBe('safe');
    const out = rewrite(text, only).output;
    expect(out).toMatch(/^RUN zypper .*install -y curl .*&& rm -rf \/var\/cache\/zypp\/packages\n$/m);
    expect(out).not.toMatch(/^RUN rm/m);
  });

  it('is a review change outside scratch folders', () => {
    const text = 'FROM debian:12-slim\nRUN make -C /src install\nRUN rm -rf /src\n';
    expect(changesOf(text)[0]?.risk).toBe('review');
  });

  it('leaves relative paths, unknown owners and user switches alone', () => {
    expect(changesOf('FROM debian:12-slim\nRUN tar -xzf a.tgz\nRUN rm -rf a.tgz\n')).toEqual([]);
    expect(changesOf('FROM debian:12-slim\nCOPY x /opt/x\nRUN rm -rf /opt/x\n')).toEqual([]);
    expect(
      changesOf('FROM debian:12-slim\nRUN curl -o /tmp/a https://x\nUSER app\nRUN rm -rf /tmp/a\n'),
    ).toEqual([]);
    expect(
      changesOf('FROM debian:12-slim\nRUN curl -o /tmp/a https://x || true\nRUN rm -rf /tmp/a\n'),
    ).toEqual([]);
  });

  it('joins the RUN that made the files with the RUNs that used them, then deletes', () => {
    const text =
      'FROM debian:12-slim\nRUN curl -o /tmp/a.tgz https://x/a.tgz\nRUN tar -xzf /tmp/a.tgz -C /opt\nRUN rm -rf /tmp/a.tgz\n';
    const r = rewrite(text, only);
    expect(r.output).toBe(
      'FROM debian:12-slim\nRUN curl -o /tmp/a.tgz https://x/a.tgz && tar -xzf /tmp/a.tgz -C /opt && rm -rf /tmp/a.tgz\n',
    );
    const findings = analyze(r.output).findings.map((f) => f.ruleId);
    expect(findings).not.toContain('DOP096');
    expect(findings).not.toContain('DOP088');
    expect(changesOf(text)[0]?.risk).toBe('safe');
  });

  it('does not remove a path twice when the RUN that made it already does', () => {
    const text =
      'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nRUN rm -rf /var/lib/apt/lists/*\n';
    const out = rewrite(text, only).output;
    expect(out.match(/rm -rf \/var\/lib\/apt\/lists/g)).toHaveLength(1);
    expect(out).not.toMatch(/^RUN rm/m);
  });

  it('asks for review when a joined RUN changes directory or exports', () => {
    const text =
      'FROM debian:12-slim\nRUN cd /opt && curl -o /tmp/a.tgz https://x\nRUN tar -xzf /tmp/a.tgz\nRUN rm -f /tmp/a.tgz\n';
    expect(changesOf(text)[0]?.risk).toBe('review');
  });

  it('does not join across other instructions', () => {
    expect(
      changesOf(
        'FROM debian:12-slim\nRUN curl -o /tmp/a https://x\nENV A=1\nRUN cat /tmp/a\nRUN rm -rf /tmp/a\n',
      ),
    ).toEqual([]);
  });
});
