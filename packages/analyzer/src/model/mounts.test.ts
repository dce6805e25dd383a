import { describe, expect, it } from 'vitest';
import { buildModel } from './build.js';
import { cacheMounts, hasCacheMount } from './mounts.js';

const run = (line: string) =>
  buildModel(`FROM debian:12\n${line}\n`).stages[0]!.instructions.find((i) => i.keyword === 'RUN')!;

describe('a RUN’s mounts, read once', () => {
  it('lists the cache mounts with their targets, whichever name the target is given by', () => {
    const ins = run(
      'RUN --mount=type=cache,target=/root/.npm/ --mount=type=cache,dst=/root/.cache/pip --mount=type=tmpfs,target=/tmp --mount=type=bind,source=.,target=/src npm ci',
    );
    expect(cacheMounts(ins).map((m) => m.target)).toEqual(['/root/.npm', '/root/.cache/pip']);
  });

  it('counts a tmpfs as keeping a folder out of the image, and a bind mount as not', () => {
    expect(
      hasCacheMount(run('RUN --mount=type=tmpfs,target=/var/cache/apt apt-get update'), ['/var/cache/apt']),
    ).toBe(true);
    expect(cacheMounts(run('RUN --mount=type=tmpfs,target=/var/cache/apt apt-get update'))).toEqual([]);
    expect(hasCacheMount(run('RUN --mount=target=/var/cache/apt apt-get update'))).toBe(false);
    expect(
      hasCacheMount(run('RUN --mount=type=cache,target=/root/.cache pip install x'), ['/root/.cache/pip']),
    ).toBe(true);
  });
});
