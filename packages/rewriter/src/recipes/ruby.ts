import { dependencyDirRecipe } from './dependency-dir.js';

/** The official ruby images install gems into GEM_HOME=/usr/local/bundle. */
const BUNDLE = '/usr/local/bundle';

/** Ruby with bundler: gems built in the full image, copied into the slim one. */
export const ruby = dependencyDirRecipe({
  ecosystem: 'ruby',
  managers: ['bundle'],
  officialImage: (stage) => /(^|\/)ruby$/.test(stage.image.name) && !stage.image.registry,
  matches: (stage) => /(^|\/)ruby$/.test(stage.image.name) && !stage.image.registry,
  dir: BUNDLE,
  buildSetup: [],
  runtimeSetup: [],
  movedBy: /^(BUNDLE_PATH|GEM_HOME|BUNDLE_APP_CONFIG)$/,
  explanation: (runtimeImage, uid) => ({
    en: `Compilers and header packages are needed to build native gems, not to run them. The build stage runs bundle install in the full image; the runtime stage (${runtimeImage}) copies the installed gems from ${BUNDLE} and the source. A gem that links a system library at run time (libpq for pg, say) needs that library's runtime package in the runtime stage. It runs as the numeric non-root user ${uid}.`,
    ko: `컴파일러와 헤더 패키지는 네이티브 gem을 빌드할 때만 필요하고 실행에는 필요 없습니다. 빌드 스테이지는 전체 이미지에서 bundle install을 하고, 런타임 스테이지(${runtimeImage})는 ${BUNDLE}의 gem과 소스를 복사합니다. 실행 중에 시스템 라이브러리를 쓰는 gem(pg의 libpq 등)은 런타임 스테이지에 그 라이브러리의 런타임 패키지가 필요합니다. 숫자 UID ${uid}의 일반 사용자로 실행됩니다.`,
  }),
});
