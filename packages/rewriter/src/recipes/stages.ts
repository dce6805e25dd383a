import type { ImageRef, StageNode } from '@dop/analyzer';
import { type Block, renderBlock } from '../blocks.js';
import type { ResolvedOptions } from '../transform.js';

/** The FROM line of a new stage: the original's flags, a given image (or the original's), a name. */
export function fromLine(text: string, stage: StageNode, name: string | null, image?: string): string {
  const flags = stage.from.flags.map((f) => text.slice(f.span.start, f.span.end));
  const ref = image ?? stage.image.raw;
  return ['FROM', ...flags, ref, ...(name ? ['AS', name] : [])].join(' ');
}

/** The small variant of an official language image tag: `python:3.12` → `python:3.12-slim`. */
export function slimVariant(image: ImageRef): string {
  const tag = image.tag ?? 'latest';
  if (/slim|alpine|distroless|minimal/.test(tag) || image.digest) return image.raw;
  const repo = image.raw.slice(0, image.raw.length - (image.tag ? image.tag.length + 1 : 0));
  if (tag === 'latest') return `${repo}:slim`;
  // `3.12-bookworm` → `3.12-slim-bookworm`: the codename stays last.
  const m = /^(.*?)-(bookworm|bullseye|buster|trixie)$/.exec(tag);
  return m ? `${repo}:${m[1]}-slim-${m[2]}` : `${repo}:${tag}-slim`;
}

/** The runtime stage's last instructions: as written, with a numeric USER before CMD/ENTRYPOINT. */
export function runtimeTail(blocks: Block[], options: ResolvedOptions, nl: string): string[] {
  const out = blocks.map((b) => renderBlock(b, nl));
  const user = `USER ${options.runtimeUid}:${options.runtimeUid}`;
  const at = blocks.findIndex((b) => ['CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'EXPOSE'].includes(b.ins.keyword));
  if (at < 0) out.push(user);
  else out.splice(at, 0, user);
  return out;
}
