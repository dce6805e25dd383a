import type { ImageRef } from '../model/types.js';
import { DEBIAN_RELEASES } from './base-images.js';

/**
 * Which Debian release an official language image is built on, for a stage that installs the
 * distribution's own packages (nginx from apt) and moves them to a smaller image of the same
 * release: apt there installs the same version with the same configuration.
 * Reviewed 2026-12-07 against the images' Dockerfiles (nodejs/docker-node `config` and
 * versions.json): the tags that name no release (`node:20`) were bookworm for every Node line that
 * reached its end of life before the default was reconsidered in 2026 (issue #2365); later lines are
 * not listed, since their default may have moved to trixie.
 */
export const IMAGE_DISTROS_CHECKED = '2026-12-07';

/** Node majors whose unsuffixed tags are on bookworm for good (end of life 2025-04-30 and 2026-04-30). */
const NODE_BOOKWORM_MAJORS = new Set([18, 20]);

/** The Debian release of an official `node` image: named in its tag, or known for its major; null otherwise. */
export function debianReleaseOf(image: Pick<ImageRef, 'registry' | 'name' | 'tag'>): string | null {
  if (image.registry || !/^(library\/)?node$/.test(image.name)) return null;
  const tag = image.tag ?? '';
  if (/alpine/.test(tag)) return null;
  const named = DEBIAN_RELEASES.find((r) => tag.split('-').includes(r));
  if (named) return named;
  // `20`, `20.11.1`, `20-slim`: no other variant word (`bullseye`, `alpine`) in the tag
  const major = /^(\d+)(?:\.\d+)*(?:-slim)?$/.exec(tag);
  return major && NODE_BOOKWORM_MAJORS.has(Number(major[1])) ? 'bookworm' : null;
}
