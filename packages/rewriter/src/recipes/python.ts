import { isInstall, packageManagerCall } from '@dop/analyzer';
import { renderBlock } from '../blocks.js';
import { topCommands } from '../text.js';
import { dependencyInstall } from './dependency-installs.js';
import { type Recipe, RUNTIME_ONLY } from './recipe.js';
import { isCleanupOnly, runtimePackagesRun } from './shell-edits.js';
import { fromLine, runtimeTail, slimVariant } from './stages.js';

const VENV = '/opt/venv';

/**
 * Python with pip and requirements files: dependencies go into a virtualenv in a build stage,
 * and the runtime stage gets the virtualenv, the source and a non-root user — no pip, no
 * compilers, no headers.
 */
export const python: Recipe = {
  ecosystem: 'python',
  plan({ model, stage, blocks, options, nl }) {
    const installAt = blocks.findIndex(
      (b) =>
        b.ins.keyword === 'RUN' &&
        topCommands(b.ins).length > 0 &&
        topCommands(b.ins).every(
          (c) => packageManagerCall(c)?.pm.id === 'pip' && dependencyInstall(c) !== null,
        ),
    );
    if (installAt < 2) return null;
    const manifest = blocks[installAt - 1]!;
    if (manifest.ins.keyword !== 'COPY' || manifest.ins.flags.some((f) => f.name === 'from')) return null;
    const isPythonImage = /(^|\/)python$/.test(stage.image.name);
    const prelude = blocks.slice(1, installAt - 1);
    const installsPython = prelude.some((b) =>
      topCommands(b.ins).some((c) => {
        const call = packageManagerCall(c);
        return call && isInstall(call) && call.operands.some((o) => /^python3?(=|$)/.test(o.value));
      }),
    );
    if (!isPythonImage && !installsPython) return null;
    const rest = blocks.slice(installAt + 1);
    if (!rest.some((b) => b.ins.keyword === 'COPY')) return null;
    if ([...prelude, ...rest].some((b) => b.ins.keyword === 'USER' || b.ins.keyword === 'ONBUILD')) {
      return {
        skip: {
          en: 'It switches users already; the stages are left as they are.',
          ko: '이미 사용자를 바꾸고 있어 스테이지 구성을 그대로 두었습니다.',
        },
      };
    }
    if (rest.some((b) => b.ins.keyword === 'WORKDIR')) return null;

    const runtimeImage = isPythonImage ? slimVariant(stage.image) : stage.image.raw;
    const build = [
      fromLine(model.text, stage, 'build'),
      ...prelude.filter((b) => !RUNTIME_ONLY.has(b.ins.keyword)).map((b) => renderBlock(b, nl)),
      `RUN python3 -m venv ${VENV}`,
      `ENV PATH="${VENV}/bin:$PATH"`,
      renderBlock(manifest, nl),
      renderBlock(blocks[installAt]!, nl),
    ];
    const runtimePrelude = prelude.flatMap((b) => {
      if (b.ins.keyword !== 'RUN') return [renderBlock(b, nl)];
      const text = runtimePackagesRun(model.text, b.ins);
      return text === null ? [] : [renderBlock({ comments: b.comments, text }, nl)];
    });
    const runtime = [
      fromLine(model.text, stage, null, runtimeImage),
      ...runtimePrelude,
      `ENV PATH="${VENV}/bin:$PATH"`,
      `COPY --from=build ${VENV} ${VENV}`,
      ...runtimeTail(
        rest.filter((b) => !isCleanupOnly(b.ins)),
        options,
        nl,
      ),
    ];
    return {
      ecosystem: 'python',
      build,
      runtime,
      title: {
        en: `Build the virtualenv in a build stage; run on ${runtimeImage} as user ${options.runtimeUid}`,
        ko: `빌드 스테이지에서 virtualenv를 만들고 ${runtimeImage}에서 사용자 ${options.runtimeUid}로 실행`,
      },
      explanation: {
        en: `pip, compilers and header packages are needed to install dependencies, not to run them. The build stage installs into a virtualenv at ${VENV}; the runtime stage copies only that virtualenv and the source, so none of the build tools ship. Clean-up RUNs after the install are dropped: a stage boundary removes those files for real, where a later rm only hid them. It runs as a numeric non-root user; check that the app writes only where that user may.`,
        ko: `pip, 컴파일러, 헤더 패키지는 의존성을 설치할 때만 필요하고 실행에는 필요 없습니다. 빌드 스테이지는 ${VENV}의 virtualenv에 설치하고, 런타임 스테이지는 그 virtualenv와 소스만 복사하므로 빌드 도구가 이미지에 남지 않습니다. 설치 뒤의 정리용 RUN은 뺐습니다. 나중의 rm은 파일을 숨길 뿐이지만 스테이지 경계는 실제로 없앱니다. 숫자 UID의 일반 사용자로 실행하므로, 앱이 그 사용자가 쓸 수 있는 곳에만 쓰는지 확인하세요.`,
      },
      resolves: ['DOP028', 'DOP029', 'DOP030', 'DOP096'],
    };
  },
};
