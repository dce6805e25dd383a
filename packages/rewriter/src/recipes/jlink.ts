import {
  type ImageRef,
  JLINK_CHECKED,
  JLINK_OUTPUT,
  JLINK_RUNTIME_BASE,
  jlinkJdk,
  type Localized,
} from '@dop/analyzer';

/** A runtime jlink makes in the build stage, and the slim stage that runs it. */
export interface JlinkRuntime {
  /** The RUN that ends the build stage: jdeps lists the modules the app uses. */
  buildRun: string;
  /**
   * The instructions after `FROM <jdk> AS jre`: the module list copied in and linked. A stage of
   * its own, so a source edit that leaves the list the same finds the link cached.
   */
  jreStage: string[];
  /** The final stage's image. */
  image: string;
  /** The final stage's first instructions after FROM: the environment and the runtime. */
  setup: string[];
  /** What the change's explanation says about it. */
  text: Localized;
}

/** Where jdeps writes the module list in the build stage. */
const MODULES_FILE = '/tmp/jre-modules';
/** Where a jar is unpacked, for the libraries nested in it (Spring Boot's BOOT-INF/lib). */
const UNPACKED = '/tmp/app-jar';

/**
 * The jlink runtime for the app the runtime stage copies (`/app/*.class`, a jar, or a folder of
 * jars), or why the JRE is kept: the JDK image must be one that can link a runtime (knowledge/jlink.ts).
 */
export function jlinkRuntime(
  image: Pick<ImageRef, 'registry' | 'name' | 'tag' | 'digest'>,
  app: { path: string; directory: boolean },
  nl: string,
): JlinkRuntime | { why: Localized } {
  const jdk = jlinkJdk(image);
  if ('why' in jdk) return jdk;
  const jars = app.path.endsWith('.jar')
    ? app.path
    : app.directory && !app.path.endsWith('.class')
      ? `${app.path.replace(/\/$/, '')}/*.jar`
      : null;
  const cont = ` \\${nl}    `;
  // a jar's nested libraries need modules too: unpack it and give jdeps every jar inside
  const unpack = jars
    ? jars.includes('*')
      ? `mkdir ${UNPACKED} && cd ${UNPACKED} && for jar in ${jars}; do jar xf "$jar"; done`
      : `mkdir ${UNPACKED} && cd ${UNPACKED} && jar xf ${jars}`
    : null;
  const inputs = jars ? `${jars} $(find ${UNPACKED} -name '*.jar')` : app.path;
  const modules = [`$(cat ${MODULES_FILE})`, ...jdk.alwaysModules].join(',');
  const buildRun = [
    ...(unpack ? [`RUN ${unpack}`] : []),
    `${unpack ? ' && ' : 'RUN '}jdeps --ignore-missing-deps --print-module-deps --multi-release ${jdk.major} ${inputs} > ${MODULES_FILE}`,
  ].join(cont.replace(/ {4}$/, ''));
  const jreStage = [
    `COPY --from=build ${MODULES_FILE} ${MODULES_FILE}`,
    `RUN jlink --add-modules "${modules}"${cont}--strip-debug --no-man-pages --no-header-files --compress=${jdk.compress} --output ${JLINK_OUTPUT}`,
  ];
  const always = jdk.alwaysModules.length
    ? ` (with ${jdk.alwaysModules.join(', ')}, the TLS provider the JDK loads from its own configuration)`
    : '';
  const alwaysKo = jdk.alwaysModules.length
    ? `(JDK가 자기 설정으로 불러오는 TLS 제공자 ${jdk.alwaysModules.join(', ')} 포함)`
    : '';
  const nested = jars
    ? {
        en: ' It reads the jar and every jar nested in it (a Spring Boot jar keeps its libraries in BOOT-INF/lib).',
        ko: ' jar와 그 안에 든 jar(Spring Boot jar는 라이브러리를 BOOT-INF/lib에 둡니다)를 모두 읽습니다.',
      }
    : { en: '', ko: '' };
  return {
    buildRun,
    jreStage,
    image: JLINK_RUNTIME_BASE.image,
    setup: [
      // one ENV: `${PATH}` there is still the image's own PATH
      `ENV JAVA_HOME=${JLINK_OUTPUT} LANG=C.UTF-8 \\${nl}    PATH="${JLINK_OUTPUT}/bin:\${PATH}"`,
      `COPY --from=jre ${JLINK_OUTPUT} ${JLINK_OUTPUT}`,
    ],
    text: {
      en: `The runtime is not a whole JRE: in the build stage jdeps lists the JDK modules the app uses, and in a stage of its own jlink (Java ${jdk.major}, --compress=${jdk.compress}) links only those${always} into ${JLINK_OUTPUT} (a source edit that uses no new module finds the link cached), which the final stage runs on ${JLINK_RUNTIME_BASE.image} with JAVA_HOME and PATH set and LANG=C.UTF-8 (the JDK image's UTF-8 default; the slim image sets no locale).${nested.en} This depends on a fact jdeps cannot see (checked ${JLINK_CHECKED}): a module the app or a library loads only by reflection or ServiceLoader — jdk.zipfs (the zip file system), jdk.localedata (locales other than English), jdk.charsets (legacy character sets), jdk.management.agent (remote JMX) — is left out and fails at run time with ClassNotFoundException or a missing provider; add it to the jlink line, for example --add-modules "$(cat ${MODULES_FILE}),jdk.localedata".`,
      ko: `런타임은 JRE 전체가 아닙니다. 빌드 스테이지에서 jdeps가 앱이 쓰는 JDK 모듈을 찾고, 별도 스테이지에서 jlink(Java ${jdk.major}, --compress=${jdk.compress})가 그 모듈만${alwaysKo} ${JLINK_OUTPUT}에 링크합니다(새 모듈을 쓰지 않는 소스 수정이면 링크는 캐시에서 나옵니다). 최종 스테이지는 ${JLINK_RUNTIME_BASE.image}에서 JAVA_HOME, PATH, LANG=C.UTF-8(JDK 이미지의 UTF-8 기본값, slim 이미지는 로캘을 정하지 않음)을 두고 이를 실행합니다.${nested.ko} 이 변경은 jdeps가 볼 수 없는 사실에 기댑니다(${JLINK_CHECKED} 확인). 앱이나 라이브러리가 리플렉션이나 ServiceLoader로만 불러오는 모듈(jdk.zipfs 압축 파일 시스템, jdk.localedata 영어 외 로캘, jdk.charsets 옛 문자 집합, jdk.management.agent 원격 JMX)은 빠지고, 실행 중에 ClassNotFoundException이나 제공자 없음으로 실패합니다. 그런 모듈은 jlink 줄에 더하세요. 예: --add-modules "$(cat ${MODULES_FILE}),jdk.localedata".`,
    },
  };
}

/** The sentence for a Java split that keeps the JRE, saying why jlink did not apply. */
export function jreKept(why: Localized): Localized {
  return {
    en: `It runs on a JRE image rather than a runtime linked with jlink: ${why.en}.`,
    ko: `jlink로 링크한 런타임 대신 JRE 이미지에서 실행합니다. ${why.ko}.`,
  };
}
