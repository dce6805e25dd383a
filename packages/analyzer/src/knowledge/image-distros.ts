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

/**
 * The Debian release of an official `rust` image: named in its tag, or bookworm for the versions
 * released while bookworm was Debian's stable (up to 1.88, 2025-06-26; Debian 13 "trixie" was
 * released 2025-08-09 and its rust images came after, docker-library/official-images#19385 and
 * #19730 making it the default); null for later versions, `latest` and Alpine tags.
 */
export function rustDebianRelease(tag: string | null): string | null {
  const t = tag ?? 'latest';
  if (/alpine/.test(t)) return null;
  const named = DEBIAN_RELEASES.find((r) => t.split('-').includes(r));
  if (named) return named;
  const v = /^1\.(\d+)(?:\.\d+)?(?:-slim)?$/.exec(t);
  return v && Number(v[1]) <= RUST_LAST_BOOKWORM_MINOR ? 'bookworm' : null;
}

/** Rust 1.88 is the last release whose unsuffixed tags were built on bookworm for certain. */
const RUST_LAST_BOOKWORM_MINOR = 88;

/** Debian releases whose glibc a binary built there finds in Debian 12 (glibc keeps old symbols). */
export const GLIBC_WITHIN_DEBIAN12: ReadonlySet<string> = new Set(['bookworm', 'bullseye', 'buster']);
