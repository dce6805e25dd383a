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
  explanation: (runtimeImage, user) => ({
    en: `Compilers and header packages are needed to build native gems, not to run them. The build stage runs bundle install in the full image; the runtime stage (${runtimeImage}) copies the installed gems from ${BUNDLE} and the source. A header package installed for a native gem is replaced in the runtime stage by the library the gem loads at run time (libpq-dev → libpq5 for pg); a library the table does not know must be added there by hand. ${user.en}`,
    ko: `컴파일러와 헤더 패키지는 네이티브 gem을 빌드할 때만 필요하고 실행에는 필요 없습니다. 빌드 스테이지는 전체 이미지에서 bundle install을 하고, 런타임 스테이지(${runtimeImage})는 ${BUNDLE}의 gem과 소스를 복사합니다. 네이티브 gem을 위해 설치한 헤더 패키지는 런타임 스테이지에서 gem이 실행 중에 쓰는 라이브러리로 바뀝니다(pg라면 libpq-dev → libpq5). 표에 없는 라이브러리는 직접 추가해야 합니다. ${user.ko}`,
  }),
});
