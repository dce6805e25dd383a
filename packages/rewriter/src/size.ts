import type { DockerfileModel } from '@dop/analyzer';
import type { LayerModel, SizeEstimate } from './types.js';

/**
 * Estimated final image size: the final stage's base image plus what its layers add. Always an
 * estimate — nothing here builds images.
 */
export function estimateSize(
  _beforeModel: DockerfileModel,
  _afterModel: DockerfileModel,
  before: LayerModel,
  after: LayerModel,
): SizeEstimate {
  return {
    beforeMB: round(finalLayersMB(before)),
    afterMB: round(finalLayersMB(after)),
    assumptions: [
      {
        en: 'Layer sizes are rough classes (tiny 0.1 MB … huge 500 MB), not measurements.',
        ko: '레이어 크기는 측정값이 아니라 대략적인 등급(아주 작음 0.1MB … 매우 큼 500MB)입니다.',
      },
    ],
  };
}

function finalLayersMB(model: LayerModel): number {
  const final = model.stages.find((s) => s.isFinal);
  return final ? final.layers.reduce((n, l) => n + l.estimatedMB, 0) : 0;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
