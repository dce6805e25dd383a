import { baseImageInfo, type ImageRef, type StageNode } from '@dop/analyzer';
import { type Block, renderBlock } from '../blocks.js';
import type { RuntimeUser } from './runtime-user.js';

/** The FROM line of a new stage: the original's flags, a given image (or the original's), a name. */
export function fromLine(text: string, stage: StageNode, name: string | null, image?: string): string {
  const flags = stage.from.flags.map((f) => text.slice(f.span.start, f.span.end));
  const ref = image ?? stage.image.raw;
  return ['FROM', ...flags, ref, ...(name ? ['AS', name] : [])].join(' ');
}

/**
 * The slim variant of a language image, named by the family's own tag template in
 * knowledge/base-images.ts (`python:3.12-bookworm` → `python:3.12-slim-bookworm`,
 * `node:14-bullseye` → `node:14-bullseye-slim`). The image itself when it is already small, has a
 * digest, or its family has no slim variant.
 */
export function slimVariant(image: ImageRef): string {
  if (image.digest) return image.raw;
  const info = baseImageInfo(image);
  if (info?.variant.kind !== 'full') return image.raw;
  const slim = info.family.variants.find(
    (v) => v.kind === 'slim' && (info.variant.smaller ?? []).includes(v.id),
  );
  if (!slim || info.smaller?.variant !== slim) return image.raw;
  return info.smaller.image;
}

/**
 * The runtime stage's last instructions: as written, with the user's folders and USER (when the
 * stage gets one) before the first of CMD, ENTRYPOINT, HEALTHCHECK and EXPOSE.
 */
export function runtimeTail(blocks: Block[], user: RuntimeUser, nl: string): string[] {
  const out = blocks.map((b) => renderBlock(b, nl));
  const lines = [...user.setup, ...(user.line ? [user.line] : [])];
  const at = blocks.findIndex((b) => ['CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'EXPOSE'].includes(b.ins.keyword));
  if (at < 0) out.push(...lines);
  else out.splice(at, 0, ...lines);
  return out;
}
