import { describe, expect, it } from 'vitest';
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
});
