import {
  APP_WRITABLE_DIRS,
  type ImageRef,
  type Localized,
  PRIVILEGE_DROPPERS,
  shippedUser,
} from '@dop/analyzer';
import type { Block } from '../blocks.js';
import type { ResolvedOptions } from '../transform.js';
import type { RecipePlan } from './recipe.js';

/** Who the runtime stage runs as, and what that user needs to run the app. */
export interface RuntimeUser {
  /** The USER instruction, or null when the stage keeps the image's user. */
  line: string | null;
  /** Instructions after the app is copied that give the user the folders it writes. */
  setup: string[];
  /** The sentence the change's explanation says about it. */
  text: Localized;
}

/**
 * The user for a runtime stage: none where the app must start as root (its entrypoint drops
 * privileges itself with gosu or su-exec; it listens on a port below 1024), else the non-root
 * user the image ships (node's `node`, with a home folder), else the numeric user of the options,
 * given the folders the ecosystem writes (Rails' tmp, log, storage).
 */
export function runtimeUser(
  image: Pick<ImageRef, 'registry' | 'name'>,
  blocks: readonly Block[],
  options: ResolvedOptions,
  ecosystem: RecipePlan['ecosystem'],
  fixed?: string | { user: string; text: Localized },
): RuntimeUser {
  const dropper = blocks
    .flatMap((b) => b.ins.shell?.commands ?? [])
    .find((c) => PRIVILEGE_DROPPERS.has(c.name));
  const entry = blocks.filter((b) => b.ins.keyword === 'ENTRYPOINT').pop();
  const entryProgram = entry?.ins.json?.[0]?.value ?? entry?.ins.args[0]?.value ?? '';
  if (dropper || /entrypoint|\.sh$/.test(entryProgram)) {
    const what = dropper ? dropper.name : entryProgram;
    return {
      line: null,
      setup: [],
      text: {
        en: `It keeps the image's user: the entrypoint (${what}) may start as root and switch users itself, which a USER instruction would prevent; if it does not, add a non-root USER.`,
        ko: `이미지의 사용자를 그대로 둡니다. 엔트리포인트(${what})가 root로 시작해 스스로 사용자를 바꿀 수 있는데, USER 명령어가 있으면 그렇게 하지 못합니다. 그렇지 않다면 일반 사용자 USER를 추가하세요.`,
      },
    };
  }
  const lowPort = blocks
    .filter((b) => b.ins.keyword === 'EXPOSE')
    .flatMap((b) => b.ins.args.map((a) => Number.parseInt(a.value, 10)))
    .find((p) => Number.isFinite(p) && p > 0 && p < 1024);
  if (lowPort !== undefined) {
    return {
      line: null,
      setup: [],
      text: {
        en: `It keeps running as root: the app listens on port ${lowPort}, below 1024, which a non-root user may not bind where the runtime does not allow it (Kubernetes, older Docker). Move the app to a port of 1024 or more, then add a non-root USER.`,
        ko: `root로 계속 실행합니다. 앱이 1024 미만인 ${lowPort} 포트에서 수신하는데, 런타임이 허용하지 않으면(Kubernetes, 예전 Docker) 일반 사용자는 그 포트를 열 수 없습니다. 앱을 1024 이상 포트로 옮긴 뒤 일반 사용자 USER를 추가하세요.`,
      },
    };
  }
  if (typeof fixed === 'object') return { line: `USER ${fixed.user}`, setup: [], text: fixed.text };
  if (fixed) {
    return {
      line: `USER ${fixed}`,
      setup: [],
      text: {
        en: `It runs as the image's non-root user ${fixed}.`,
        ko: `이미지의 일반 사용자 ${fixed}로 실행합니다.`,
      },
    };
  }
  const shipped = shippedUser(image);
  if (shipped) {
    return {
      line: `USER ${shipped.uid}:${shipped.uid}`,
      setup: [],
      text: {
        en: `It runs as the image's own non-root user ${shipped.user} (uid ${shipped.uid}), which has a home folder for tools that keep a cache or config there.`,
        ko: `이미지에 들어 있는 일반 사용자 ${shipped.user}(UID ${shipped.uid})로 실행합니다. 이 사용자에게는 캐시나 설정을 두는 도구를 위한 홈 폴더가 있습니다.`,
      },
    };
  }
  const uid = options.runtimeUid;
  const dirs = APP_WRITABLE_DIRS[ecosystem] ?? [];
  const setup = dirs.length
    ? [`RUN mkdir -p ${dirs.join(' ')} && chown -R ${uid}:${uid} ${dirs.join(' ')}`]
    : [];
  return {
    line: `USER ${uid}:${uid}`,
    setup,
    text: dirs.length
      ? {
          en: `It runs as the numeric non-root user ${uid}, which owns ${dirs.join(', ')} (the folders the app writes); the rest of the app stays read-only to it.`,
          ko: `숫자 UID ${uid}의 일반 사용자로 실행하며, 앱이 쓰는 폴더(${dirs.join(', ')})는 이 사용자의 소유로 만듭니다. 나머지는 이 사용자가 읽기만 할 수 있습니다.`,
        }
      : {
          en: `It runs as the numeric non-root user ${uid}, which has no home folder and may write only where the image lets it: if the app writes files (uploads, caches), create those folders with --chown=${uid}:${uid}.`,
          ko: `숫자 UID ${uid}의 일반 사용자로 실행합니다. 이 사용자에게는 홈 폴더가 없고 이미지가 허용한 곳에만 쓸 수 있으니, 앱이 파일(업로드, 캐시)을 쓴다면 그 폴더를 --chown=${uid}:${uid}로 만드세요.`,
        },
  };
}
