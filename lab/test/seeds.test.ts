import { describe, expect, it } from 'vitest';
import { SEEDS } from '../../app/src/workshop/seeds.js';
import { seedObstacles, seedVersions } from '../src/seeds.js';

describe('the seed lessons in the lab', () => {
  it('lists every version of every lesson, or of the lessons named', () => {
    expect(seedVersions()).toHaveLength(SEEDS.reduce((n, s) => n + s.steps.length, 0));
    const apt = seedVersions(['seed-apt-one-run']);
    expect(apt.map((v) => v.step)).toEqual([0, 1, 2]);
    expect(apt[0]?.dockerfile).toMatch(/^FROM debian:bookworm-slim\n/);
  });

  it('builds what the stand-ins can make and says why not for the rest', () => {
    for (const v of seedVersions(['seed-apt-one-run'])) expect(seedObstacles(v.dockerfile)).toEqual([]);
    const shutdown = seedObstacles(seedVersions(['seed-graceful-shutdown'])[0]!.dockerfile);
    expect(shutdown.map((o) => o.image)).toEqual(['alpine:3.20', '(Dockerfile frontend)']);
    // a version that copies project files the note does not give
    expect(seedObstacles('FROM debian:bookworm-slim\nCOPY . /app\n').map((o) => o.image)).toEqual([
      '(build context)',
    ]);
    expect(
      seedObstacles('FROM debian:bookworm-slim AS a\nFROM debian:bookworm-slim\nCOPY --from=a /x /x\n'),
    ).toEqual([]);
  });
});
