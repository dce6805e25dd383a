import type { DockerfileModel } from '@dop/analyzer';
import type { Localized } from '@dop/analyzer';
import type { LayerModel, SizeEstimate, StageLayers } from './types.js';

/**
 * Estimated final image size: the base image (from the analyzer's table of well-known images)
 * plus what the final stage and the stages it builds on add. Always an estimate — nothing here
 * builds images.
 */
export function estimateSize(
  beforeModel: DockerfileModel,
  afterModel: DockerfileModel,
  before: LayerModel,
  after: LayerModel,
): SizeEstimate {
  const b = finalImageMB(beforeModel, before);
  const a = finalImageMB(afterModel, after);
  const unknown = [...new Set([...b.unknownBases, ...a.unknownBases])];
  const assumptions: Localized[] = [
    {
      en: 'Base images count with their approximate uncompressed size from our table of well-known images (see the analyzer’s knowledge/base-images.ts for sources).',
      ko: '베이스 이미지는 잘 알려진 이미지 표(출처는 analyzer의 knowledge/base-images.ts)에 있는 대략적인 압축 해제 크기로 셉니다.',
    },
    {
      en: 'Layer sizes are rough classes (tiny 0.1 MB … huge 500 MB), not measurements; a COPY --from counts what it copies (the build stage’s app folder, its dependency folder, or a small artefact).',
      ko: '레이어 크기는 측정값이 아니라 대략적인 등급(아주 작음 0.1MB … 매우 큼 500MB)입니다. COPY --from은 복사하는 것(빌드 스테이지의 앱 폴더, 의존성 폴더, 또는 작은 산출물)만큼 셉니다.',
    },
  ];
  if (unknown.length > 0) {
    assumptions.push({
      en: `Not in the table, so counted as 0 MB: ${unknown.join(', ')}.`,
      ko: `표에 없어 0MB로 센 이미지: ${unknown.join(', ')}.`,
    });
  }
  return { beforeMB: round(b.mb), afterMB: round(a.mb), assumptions };
}

/** The final stage's layers plus those of the stages it builds on, plus the external base at the root. */
function finalImageMB(model: DockerfileModel, layers: LayerModel): { mb: number; unknownBases: string[] } {
  const byIndex = new Map<number, StageLayers>(layers.stages.map((s) => [s.index, s]));
  let stage = model.stages.find((s) => s.isFinal);
  let mb = 0;
  const unknownBases: string[] = [];
  const seen = new Set<number>();
  while (stage && !seen.has(stage.index)) {
    seen.add(stage.index);
    const own = byIndex.get(stage.index);
    mb += own ? own.layers.reduce((n, l) => n + l.estimatedMB, 0) : 0;
    if (stage.image.stage === null) {
      if (own?.baseMB != null) mb += own.baseMB;
      else unknownBases.push(stage.image.resolved || stage.image.raw);
      break;
    }
    stage = model.stages[stage.image.stage];
  }
  return { mb, unknownBases };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
