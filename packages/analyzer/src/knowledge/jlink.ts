import type { ImageRef } from '../model/types.js';
import type { Localized } from '../types.js';

/**
 * A minimal Java runtime made with jlink: in the build stage `jdeps --print-module-deps` lists the
 * JDK modules the app's classes use, jlink links only those (from the JDK's jmods) into a folder,
 * and the final stage is a slim OS image with that folder, not a whole JRE.
 *
 * Sources, reviewed 2026-12-07:
 * - jlink and jdeps manual pages, JDK 17, 21 and 25 (docs.oracle.com/en/java/javase/N/docs/specs/man/):
 *   `--compress=2` in 17; from 21 the numeric levels are deprecated ("The 2 argument for --compress is
 *   deprecated", JDK-8293667) for `zip-0`…`zip-9` (`2` = `zip-6`). `jdeps --ignore-missing-deps`
 *   and `--print-module-deps` are in all three.
 * - The eclipse-temurin image page on Docker Hub ("Creating a JRE using jlink"): the JDK images ship
 *   $JAVA_HOME/jmods, and the example links in the JDK image and runs on debian slim with JAVA_HOME
 *   and PATH set. From 24, Temurin builds with JEP 493 (adoptium/temurin-build#4035, PR #4039):
 *   no jmods, jlink links from the run-time image instead; the command is the same. The glibc JDK
 *   images also carry binutils, whose objcopy `jlink --strip-debug` runs (adoptium/containers#505);
 *   the Alpine ones do not (docker-library/official-images#15287).
 * - maven `*-eclipse-temurin-N` and gradle `*-jdkN` images are built FROM eclipse-temurin:N-jdk
 *   (docker-library/maven, keeganwitt/docker-gradle Dockerfiles).
 * - JDK-8308398 (JDK 22): the SunEC provider moved into java.base; up to 21 it is the module
 *   jdk.crypto.ec, which the JDK loads as a security provider (TLS with EC keys), unseen by jdeps.
 */
export const JLINK_CHECKED = '2026-12-07';

/** What jlink takes for one Java major. */
export interface JlinkMajor {
  /** The `--compress` value: `2` up to 20, `zip-6` from 21 (where `2` is deprecated). */
  compress: string;
  /** Modules the JDK loads by its own configuration, never seen by jdeps, always linked. */
  alwaysModules: readonly string[];
}

/** The majors the rewriter links a runtime for (the LTS lines whose jlink flags were checked). */
export const JLINK_MAJORS: Readonly<Record<string, JlinkMajor>> = {
  '17': { compress: '2', alwaysModules: ['jdk.crypto.ec'] },
  '21': { compress: 'zip-6', alwaysModules: ['jdk.crypto.ec'] },
  '25': { compress: 'zip-6', alwaysModules: [] },
};

/**
 * The final image a linked runtime runs on. A Temurin JDK is built against an old glibc, so what
 * jlink makes from it runs on any current glibc distribution; the Temurin page's own example uses
 * debian slim. Bookworm, as the rewriter's other Debian runtime stages (rust, distroless -debian12).
 */
export const JLINK_RUNTIME_BASE = {
  image: 'debian:bookworm-slim',
  checked: '2026-12-07',
  source:
    'eclipse-temurin Docker Hub page (jlink example on debian slim); Debian 12 "bookworm" supported to 2028-06 (LTS)',
} as const;

/** Where the linked runtime goes, in the build stage and the final one. */
export const JLINK_OUTPUT = '/opt/jre';

/**
 * The JDK build images that ship what jlink needs (a glibc JDK with jmods or a linkable run-time
 * image), with how their tag names the Java major. An Alpine JDK is linked against musl: its
 * runtime would not run on Debian.
 */
const JLINK_IMAGES: readonly { name: RegExp; major: RegExp; not?: RegExp }[] = [
  // 17, 17-jdk, 17.0.9_9-jdk-jammy, 21-noble; not 17-jre (no jlink), not -alpine
  {
    name: /^(library\/)?eclipse-temurin$/,
    major: /^(\d+)(?:[._]\d+)*(?:-jdk)?(?:-(?:focal|jammy|noble|ubi9-minimal))?$/,
  },
  // 3.9-eclipse-temurin-21, 3.9.6-eclipse-temurin-17-jammy
  { name: /^(library\/)?maven$/, major: /-eclipse-temurin-(\d+)(?:-(?:focal|jammy|noble))?$/ },
  // 8.10-jdk21, jdk17, 8-jdk21-jammy; not -alpine, -graal, -corretto, -ubi
  { name: /^(library\/)?gradle$/, major: /(?:^|-)jdk(\d+)(?:-(?:focal|jammy|noble))?$/ },
];

export type JlinkJdk = { major: string } & JlinkMajor;

/**
 * The Java major of a build image jlink can make a runtime from, or why it cannot (for the note
 * that keeps the JRE split instead).
 */
export function jlinkJdk(
  image: Pick<ImageRef, 'registry' | 'name' | 'tag' | 'digest'>,
): JlinkJdk | { why: Localized } {
  const tag = image.tag ?? '';
  const known = image.registry === null ? JLINK_IMAGES.find((i) => i.name.test(image.name)) : undefined;
  if (!known) {
    return {
      why: {
        en: `${image.name} is not a JDK image known to ship jmods (eclipse-temurin, maven on eclipse-temurin, gradle on a JDK)`,
        ko: `${image.name}은(는) jmods를 담았다고 알려진 JDK 이미지(eclipse-temurin, eclipse-temurin 기반 maven, JDK 기반 gradle)가 아닙니다`,
      },
    };
  }
  if (/alpine/.test(tag)) {
    return {
      why: {
        en: `${image.name}:${tag} is an Alpine (musl) JDK: a runtime linked from it runs only on musl, not on the Debian image`,
        ko: `${image.name}:${tag}은(는) Alpine(musl) JDK라 여기서 링크한 런타임은 Debian 이미지에서 돌지 않고 musl에서만 돕니다`,
      },
    };
  }
  const major = known.major.exec(tag)?.[1];
  const flags = major ? JLINK_MAJORS[major] : undefined;
  if (!major || !flags) {
    return {
      why: {
        en: `the Java version of ${image.name}:${tag || 'latest'} is not one whose jlink options were checked (${Object.keys(JLINK_MAJORS).join(', ')})`,
        ko: `${image.name}:${tag || 'latest'}의 Java 버전은 jlink 옵션을 확인한 버전(${Object.keys(JLINK_MAJORS).join(', ')})이 아닙니다`,
      },
    };
  }
  return { major, ...flags };
}
