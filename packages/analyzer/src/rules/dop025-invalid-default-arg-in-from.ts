import { substituteVariables } from '../model/image-ref.js';
import type { ImageRef } from '../model/types.js';
import { defineRule } from './define.js';
import { isValidReference } from './support/images.js';

/** Values the automatic platform args take on a typical amd64 build, to expand FROM lines with. */
const PLATFORM_DEFAULTS: ReadonlyArray<[string, string]> = [
  ['TARGETPLATFORM', 'linux/amd64'],
  ['TARGETOS', 'linux'],
  ['TARGETARCH', 'amd64'],
  ['TARGETVARIANT', ''],
  ['BUILDPLATFORM', 'linux/amd64'],
  ['BUILDOS', 'linux'],
  ['BUILDARCH', 'amd64'],
  ['BUILDVARIANT', ''],
];

/** The reference a FROM gets from the ARG defaults when that is invalid, else null. */
function expandsToInvalid(
  image: ImageRef,
  vars: ReadonlyMap<string, string | null>,
  declared: ReadonlySet<string>,
  earlierStages: ReadonlySet<string>,
): string | null {
  // Only references built from ARGs; undeclared names are DOP024's finding.
  if (!image.raw.includes('$') || image.unresolved.some((n) => !declared.has(n))) return null;
  const { value, unresolved } = substituteVariables(image.raw, vars);
  if (unresolved.length > 0) return null;
  const ref = value.trim();
  const lower = ref.toLowerCase();
  if (lower === 'scratch' || earlierStages.has(lower) || isValidReference(ref)) return null;
  return value;
}

export const rule = defineRule({
  meta: {
    id: 'DOP025',
    slug: 'invalid-default-arg-in-from',
    title: {
      en: 'ARG defaults make the FROM image invalid',
      ko: 'ARG 기본값으로는 FROM 이미지가 유효하지 않음',
    },
    severity: 'warning',
    practices: ['P07', 'P31'],
    aka: { buildkit: ['InvalidDefaultArgInFrom'] },
    fixable: 'none',
    explanation: {
      en: 'With only the default values of the global ARGs, this FROM expands to an empty or malformed reference (`ARG TAG` without a default turns `alpine:${TAG}` into `alpine:`), so the build fails unless every caller passes `--build-arg`. Give the ARG a working default (`ARG TAG=3.20`).',
      ko: '전역 ARG의 기본값만으로는 이 FROM이 비어 있거나 잘못된 참조가 됩니다(기본값 없는 `ARG TAG`는 `alpine:${TAG}`를 `alpine:`으로 만듭니다). 그래서 모든 호출자가 `--build-arg`를 넘기지 않으면 빌드가 실패합니다. ARG에 동작하는 기본값(`ARG TAG=3.20`)을 주세요.',
    },
    examples: {
      bad: 'ARG TAG\nFROM alpine:${TAG}\nCMD ["sh"]\n',
      badLines: [2],
      onbuild: 'same',
      good: 'ARG TAG=3.20\nARG VARIANT\nFROM alpine:${TAG}${VARIANT}\nCMD ["sh"]\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const declared = new Set(model.globalArgs.map((a) => a.name));
    // Declared without a default = empty; the automatic platform args get typical values.
    const vars = new Map<string, string | null>(PLATFORM_DEFAULTS);
    for (const a of model.globalArgs) vars.set(a.name, a.value ?? '');
    // Names of the stages before the one being checked: only those can be named in FROM.
    const earlierStages = new Set<string>();
    for (const stage of model.stages) {
      const invalid = expandsToInvalid(stage.image, vars, declared, earlierStages);
      if (stage.name) earlierStages.add(stage.name.toLowerCase());
      if (invalid === null) continue;
      const image = stage.image;
      const value = invalid;
      const empty = image.unresolved.filter((n) => declared.has(n));
      const hint = empty.length ? empty.map((n) => `ARG ${n}=<default>`).join(', ') : 'a valid default';
      const hintKo = empty.length ? empty.map((n) => `ARG ${n}=<기본값>`).join(', ') : '유효한 기본값';
      ctx.report({
        span: image.span,
        message: {
          en: `With the ARG defaults, \`${image.raw}\` becomes \`${value}\`, which is not a valid image reference; the build fails without --build-arg. Use ${hint}.`,
          ko: `ARG 기본값으로는 \`${image.raw}\`이(가) 유효한 이미지 참조가 아닌 \`${value}\`이(가) 되어 --build-arg 없이는 빌드가 실패합니다. ${hintKo}을(를) 쓰세요.`,
        },
      });
    }
  },
});
