import { isInstall, packageManagerCall } from '@dop/analyzer';
import { topCommands } from '../text.js';
import { contextRuntimeLibraries } from './context-libraries.js';
import { dependencyDirRecipe } from './dependency-dir.js';
import { pythonInstall, VENV_PACKAGE, venvCreated, venvRun } from './python-venv.js';
import { libraryDistro } from './shell-edits.js';

const VENV = '/opt/venv';

/** Python with pip and requirements files (or pipenv, poetry --no-root, uv): a virtualenv. */
export const python = dependencyDirRecipe({
  ecosystem: 'python',
  managers: ['pip'],
  officialImage: (stage) => /(^|\/)python$/.test(stage.image.name) && !stage.image.registry,
  matches: (stage, prelude) =>
    /(^|\/)python$/.test(stage.image.name) ||
    // e.g. `FROM alpine` + `apk add python3 py3-pip`
    prelude.some((b) =>
      topCommands(b.ins).some((c) => {
        const call = packageManagerCall(c);
        return call !== null && isInstall(call) && call.operands.some((o) => /^python3?(=|$)/.test(o.value));
      }),
    ),
  dir: VENV,
  createsDir: venvRun,
  createsDirCommand: venvCreated,
  buildSetup: [`RUN python3 -m venv ${VENV}`, `ENV PATH="${VENV}/bin:$PATH"`],
  // The official image has venv; Debian and Ubuntu's python3 needs python3-venv beside it.
  setupNeeds: (stage) => {
    const os = libraryDistro(stage.image);
    if (/(^|\/)python$/.test(stage.image.name) || (os !== 'debian' && os !== 'ubuntu')) return [];
    const install = pythonInstall(stage, null);
    if (install === null) return null;
    return install === 'has-venv' ? [] : [{ at: install.end, text: ` ${VENV_PACKAGE}` }];
  },
  runtimeSetup: [`ENV PATH="${VENV}/bin:$PATH"`],
  movedBy: /^(VIRTUAL_ENV|PIP_TARGET|PYTHONUSERBASE|PIP_PREFIX)$/,
  contextLibraries: contextRuntimeLibraries,
  explanation: (runtimeImage, user, dir) => ({
    en: `pip, compilers and header packages are needed to install dependencies, not to run them. The build stage installs into a virtualenv at ${dir}; the runtime stage (${runtimeImage}) copies only that virtualenv and the source, so none of the build tools ship; a header package installed for a compiled dependency is replaced there by the library it builds against (libpq-dev → libpq5). Clean-up RUNs after the install are dropped: a stage boundary removes those files for real, where a later rm only hid them. The virtualenv's python is a link to the base image's interpreter, so the runtime stage must have the same Python version at the same path: ${runtimeImage} is the same image or the slim variant of the same tag, which has it (keep their versions together). ${user.en}`,
    ko: `pip, 컴파일러, 헤더 패키지는 의존성을 설치할 때만 필요하고 실행에는 필요 없습니다. 빌드 스테이지는 ${dir}의 virtualenv에 설치하고, 런타임 스테이지(${runtimeImage})는 그 virtualenv와 소스만 복사하므로 빌드 도구가 이미지에 남지 않습니다. 컴파일되는 의존성을 위해 설치한 헤더 패키지는 런타임 스테이지에서 그 헤더가 가리키는 라이브러리로 바뀝니다(libpq-dev → libpq5). 설치 뒤의 정리용 RUN은 뺐습니다. 나중의 rm은 파일을 숨길 뿐이지만 스테이지 경계는 실제로 없앱니다. virtualenv의 python은 베이스 이미지의 인터프리터를 가리키는 링크이므로, 런타임 스테이지에도 같은 경로에 같은 버전의 Python이 있어야 합니다. 런타임 이미지 ${runtimeImage}도 같은 이미지이거나 같은 태그의 slim 변형이라 이 조건을 만족합니다(두 버전은 함께 바꾸세요). ${user.ko}`,
  }),
});
