import { describe, expect, it } from 'vitest';
import { buildModel } from './build.js';
import { resolveStage, stageRefs, stagesNeeded } from './stage-refs.js';

describe('stage references', () => {
  const model = buildModel(
    [
      'FROM golang:1.23 AS Build',
      'RUN go build -o /app .',
      'FROM alpine AS unused',
      'FROM build AS test',
      'RUN --mount=type=bind,from=unused,target=/u true',
      'FROM debian:12-slim',
      'COPY --from=BUILD /app /app',
      'COPY --from=busybox /bin/sh /bin/sh',
      'COPY --from=$X /a /a',
      '',
    ].join('\n'),
  );

  it('resolves names case-insensitively, indexes, variables and images', () => {
    expect(resolveStage(model, 'build')).toBe(0);
    expect(resolveStage(model, '2')).toBe(2);
    expect(resolveStage(model, '9')).toBeNull();
    expect(resolveStage(model, '$X')).toBe('variable');
    expect(resolveStage(model, 'busybox')).toBeNull();
  });

  it('lists FROM, COPY --from and --mount from= with their targets', () => {
    expect(stageRefs(model).map((r) => [r.kind, r.value, r.stage, r.target])).toEqual([
      ['from', 'build', 2, 0],
      ['mount', 'unused', 2, 1],
      ['copy', 'BUILD', 3, 0],
      ['copy', 'busybox', 3, null],
      ['copy', '$X', 3, 'variable'],
    ]);
  });

  it('knows the stages a build of the last stage (or another target) runs', () => {
    expect([...stagesNeeded(model)].sort()).toEqual([0, 3]);
    expect([...stagesNeeded(model, 2)].sort()).toEqual([0, 1, 2]);
    expect(stagesNeeded(buildModel(''))).toEqual(new Set());
  });
});
