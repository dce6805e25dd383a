/** Helpers shared by the base-image rules (DOP020–DOP029). */
import { type BaseImageInfo, baseImageInfo } from '../../knowledge/base-images.js';
import { fact, factsOf } from '../../model/facts.js';
import type { DockerfileModel, FlagNode, ImageRef, StageNode } from '../../model/types.js';

/** A stage whose FROM names an image (not `scratch`, not an earlier stage, not empty). */
export function isImageFrom(image: ImageRef): boolean {
  return image.stage === null && !image.scratch && image.name.trim() !== '';
}

/** How the reference reads after ARG defaults, for messages: `python:3.12 (from ${BASE})`. */
export function describeImage(image: ImageRef): string {
  return image.raw === image.resolved || image.resolved === ''
    ? image.raw
    : `${image.resolved} (${image.raw})`;
}

/** The image without tag or digest, as written after ARG resolution: `ghcr.io/org/app`. */
export function repository(image: ImageRef): string {
  return `${image.registry ? `${image.registry}/` : ''}${image.name}`;
}

/**
 * The stage that really provides the final image's base: the final stage, or the earlier stage
 * it builds on (`FROM build`), followed to the stage that names an image.
 */
export function finalBaseStage(model: DockerfileModel): StageNode | null {
  let stage = model.stages.find((s) => s.isFinal) ?? null;
  // Stage references only point backwards, so this ends; the guard is for malformed models.
  for (let hops = 0; stage && stage.image.stage !== null && hops < model.stages.length; hops++) {
    stage = model.stages[stage.image.stage] ?? null;
  }
  return stage && stage.image.stage === null ? stage : null;
}

/** Table facts about the final image's base, with the stage that names it. */
export function finalBaseInfo(model: DockerfileModel): { stage: StageNode; info: BaseImageInfo } | null {
  const stage = finalBaseStage(model);
  if (!stage || !isImageFrom(stage.image) || stage.image.unresolved.length > 0) return null;
  const info = baseInfoOf(model, stage.image);
  return info ? { stage, info } : null;
}

/** The table facts of the images a model's stages name, each read once per model (rules ask often). */
const BASE_INFO = fact('base image facts per FROM', () => new Map<ImageRef, BaseImageInfo | null>());

/** `baseImageInfo` of an image named in the model, read once per model. */
export function baseInfoOf(model: DockerfileModel, image: ImageRef): BaseImageInfo | null {
  const known = factsOf(model).get(BASE_INFO);
  let info = known.get(image);
  if (info === undefined) {
    info = baseImageInfo(image);
    known.set(image, info);
  }
  return info;
}

/** The `--platform` flag of a FROM, if any. */
export function platformFlag(stage: StageNode): FlagNode | null {
  return stage.from.flags.find((f) => f.name.toLowerCase() === 'platform') ?? null;
}

/* Reference grammar of distribution/reference (docker/distribution reference/regexp.go). */
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::${TAG})?(?:@${DIGEST})?$`);

/** Whether `ref` is a valid image reference (what `docker pull` accepts). */
export function isValidReference(ref: string): boolean {
  return REFERENCE.test(ref);
}

/** Glob with `*` = any run of characters (`*.gcr.io`), case-insensitive. */
export function matchesGlob(pattern: string, value: string): boolean {
  const body = pattern
    .split('*')
    .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'i').test(value);
}

/** Names Docker Hub goes by in a trusted-registries list. */
export const DOCKER_HUB_NAMES = ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'hub.docker.com'];
