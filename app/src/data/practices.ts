/**
 * The practices the product teaches (P01…P36), in short English and Korean, written for the app
 * from the facts in ../shared/PRACTICES.md. Rules point at these ids through `meta.practices`.
 */
import type { Localized } from '@dop/analyzer';

export type PracticeGroup = 'works' | 'safe' | 'size' | 'cache' | 'documented' | 'around';

export interface Practice {
  id: string;
  group: PracticeGroup;
  title: Localized;
  text: Localized;
  /** What the teaching notes (or common advice) say that is no longer true, and what is true today. */
  folklore?: Folklore[];
}

/** "The notes say / today": a claim learners meet, corrected, with where today's fact comes from. */
export interface Folklore {
  notes: Localized;
  today: Localized;
  /** Where today's fact can be checked. */
  source: string;
}

const p = (id: string, group: PracticeGroup, title: Localized, text: Localized): Practice => ({
  id,
  group,
  title,
  text,
});

export const PRACTICES: Practice[] = [
  p(
    'P01',
    'works',
    { en: 'Non-interactive builds', ko: '비대화형 빌드' },
    {
      en: 'Nothing in a build may wait for input: apt-get install -y, yum -y, npm ci, pip --no-input. Set DEBIAN_FRONTEND=noninteractive only for the RUN that needs it, not as a persistent ENV.',
      ko: '빌드 중 어떤 명령도 입력을 기다리면 안 됩니다: apt-get install -y, yum -y, npm ci, pip --no-input. DEBIAN_FRONTEND=noninteractive는 영구 ENV가 아니라 필요한 RUN에만 지정하세요.',
    },
  ),
  p(
    'P02',
    'works',
    { en: 'Graceful shutdown', ko: '우아한 종료' },
    {
      en: '`docker stop` sends SIGTERM to PID 1 and kills the container 10 seconds later. The app must be PID 1, or hear the signal: (1) write CMD and ENTRYPOINT in exec form (a JSON array); shell form runs /bin/sh -c, which does not pass SIGTERM on. (2) An entrypoint script ends with `exec "$@"` (or `exec node server.js`), so the app replaces the shell. (3) A script that must clean up first traps the signal: `trap \'kill -TERM "$child"; wait "$child"\' TERM`, runs the app in the background and `wait`s. (4) Start the app itself, not a launcher that does not forward signals (`npm start` → `node server.js`). (5) `docker run --init` (or tini as ENTRYPOINT) adds a small PID 1 that forwards signals and reaps zombie processes: it helps apps that spawn children, it does not replace (1)–(4). The playground reads an entrypoint script written in a `COPY <<EOF` heredoc or added with the project files, and says when its last command lacks `exec` (DOP043).',
      ko: '`docker stop`은 PID 1에 SIGTERM을 보내고 10초 뒤에 컨테이너를 강제로 끝냅니다. 앱이 PID 1이거나 시그널을 받아야 합니다. (1) CMD와 ENTRYPOINT는 exec 형식(JSON 배열)으로 쓰세요. 셸 형식은 /bin/sh -c로 실행되어 SIGTERM을 넘겨주지 않습니다. (2) 엔트리포인트 스크립트는 `exec "$@"`(또는 `exec node server.js`)로 끝내서 앱이 셸을 대신하게 하세요. (3) 정리할 일이 있는 스크립트는 시그널을 잡으세요: 앱을 백그라운드로 띄우고 `trap \'kill -TERM "$child"; wait "$child"\' TERM` 뒤에 `wait`합니다. (4) 시그널을 넘겨주지 않는 실행기 대신 앱을 직접 실행하세요(`npm start` → `node server.js`). (5) `docker run --init`(또는 ENTRYPOINT의 tini)은 시그널을 전달하고 좀비 프로세스를 거두는 작은 PID 1을 넣어 줍니다. 자식 프로세스를 만드는 앱에 도움이 되지만 (1)–(4)를 대신하지는 않습니다. 플레이그라운드는 `COPY <<EOF` heredoc에 쓴 엔트리포인트 스크립트나 프로젝트 파일로 추가한 스크립트를 읽고, 마지막 명령에 `exec`가 없으면 알려 줍니다(DOP043).',
    },
  ),
  p(
    'P03',
    'works',
    { en: 'ENTRYPOINT names the program, CMD its arguments', ko: 'ENTRYPOINT는 실행 파일, CMD는 기본 인자' },
    {
      en: 'ENTRYPOINT is the executable; CMD gives its default arguments. Write both in exec form: a shell-form CMD after an exec-form ENTRYPOINT is a bug.',
      ko: 'ENTRYPOINT는 실행 파일을, CMD는 그 기본 인자를 정합니다. 둘 다 exec 형식으로 쓰세요. exec 형식 ENTRYPOINT 뒤의 셸 형식 CMD는 버그입니다.',
    },
  ),
  p(
    'P04',
    'works',
    { en: 'One application per container', ko: '컨테이너 하나에 애플리케이션 하나' },
    {
      en: 'Do not run several services under a process supervisor; split them into containers (front end, back end, database).',
      ko: '프로세스 관리자로 여러 서비스를 함께 돌리지 말고 컨테이너로 나누세요(프런트엔드, 백엔드, 데이터베이스).',
    },
  ),
  p(
    'P05',
    'safe',
    { en: 'Do not run as root', ko: 'root로 실행하지 않기' },
    {
      en: 'Create a runtime user (or use one the base image ships, such as node or nonroot) and switch to it with USER before CMD/ENTRYPOINT. Root in a container plus a mounted volume or an escape means root on the host.',
      ko: '실행용 사용자를 만들거나(또는 node, nonroot처럼 베이스 이미지에 있는 사용자를 쓰고) CMD/ENTRYPOINT 전에 USER로 바꾸세요. 컨테이너의 root에 볼륨 마운트나 탈출이 더해지면 호스트의 root 권한이 됩니다.',
    },
  ),
  p(
    'P06',
    'safe',
    { en: 'USER by numeric UID:GID', ko: '숫자 UID:GID로 USER 지정' },
    {
      en: 'USER 10001:10001 needs no /etc/passwd lookup, works with scratch and distroless, and lets Kubernetes verify runAsNonRoot, which it cannot do for a user name.',
      ko: 'USER 10001:10001은 /etc/passwd 조회가 필요 없고 scratch와 distroless에서도 동작하며, 쿠버네티스가 runAsNonRoot를 확인할 수 있게 합니다(사용자 이름으로는 확인할 수 없습니다).',
    },
  ),
  p(
    'P07',
    'safe',
    { en: 'Pin the base image', ko: '베이스 이미지 고정' },
    {
      en: 'Never latest or no tag: use an exact version tag, and a digest (@sha256:…) for reproducible builds. Prefer official, verified or patched in-house base images.',
      ko: 'latest나 태그 없는 이미지를 쓰지 말고 정확한 버전 태그를, 재현 가능한 빌드에는 다이제스트(@sha256:…)를 쓰세요. 공식·검증된 이미지나 패치된 사내 베이스를 쓰세요.',
    },
  ),
  p(
    'P08',
    'safe',
    { en: 'Pin what you install', ko: '설치하는 것의 버전 고정' },
    {
      en: 'Pin package versions (apt, apk, pip, go install …) or, better, install from a lock file, so a rebuild does not pull a surprise upgrade.',
      ko: '패키지 버전(apt, apk, pip, go install 등)을 고정하거나, 더 좋게는 잠금 파일로 설치해 다시 빌드할 때 예상치 못한 업그레이드가 끼어들지 않게 하세요.',
    },
  ),
  p(
    'P09',
    'safe',
    { en: 'Small attack surface', ko: '작은 공격 표면' },
    {
      en: 'Every tool in the final image (curl, compilers, package managers, shells) is something an attacker can use. Multi-stage builds keep them out.',
      ko: '최종 이미지에 남은 도구(curl, 컴파일러, 패키지 관리자, 셸)는 모두 공격자가 쓸 수 있습니다. 멀티 스테이지 빌드로 빼내세요.',
    },
  ),
  p(
    'P10',
    'safe',
    { en: 'No secrets in the image', ko: '이미지에 비밀값 넣지 않기' },
    {
      en: 'Not in ENV, ARG, copied files or any layer: they stay in the image history. Use RUN --mount=type=secret for build-time secrets.',
      ko: 'ENV, ARG, 복사한 파일, 어떤 레이어에도 넣지 마세요. 이미지 기록에 남습니다. 빌드 중 필요한 비밀은 RUN --mount=type=secret으로 넘기세요.',
    },
  ),
  p(
    'P11',
    'safe',
    { en: 'Remove setuid/setgid bits', ko: 'setuid/setgid 비트 제거' },
    {
      en: 'Binaries with setuid or setgid bits that the app does not need are a path to privilege escalation.',
      ko: '앱에 필요 없는 setuid·setgid 비트가 있는 실행 파일은 권한 상승의 통로가 됩니다.',
    },
  ),
  p(
    'P12',
    'safe',
    { en: 'Verify what you download', ko: '내려받은 것 검증하기' },
    {
      en: 'ADD <url> and curl | sh run unverified content. Check a checksum (ADD --checksum=sha256:…, sha256sum -c) or a signature.',
      ko: 'ADD <url>과 curl | sh는 검증되지 않은 내용을 실행합니다. 체크섬(ADD --checksum=sha256:…, sha256sum -c)이나 서명을 확인하세요.',
    },
  ),
  p(
    'P13',
    'safe',
    { en: 'Scan and sign', ko: '스캔하고 서명하기' },
    {
      en: 'Scan images for known vulnerabilities and sign them (cosign, Notation). Inspect unfamiliar images layer by layer.',
      ko: '이미지의 알려진 취약점을 스캔하고 서명하세요(cosign, Notation). 낯선 이미지는 레이어별로 살펴보세요.',
    },
  ),
  p(
    'P14',
    'size',
    { en: 'Choose a small base', ko: '작은 베이스 이미지 고르기' },
    {
      en: 'Use -slim variants, Alpine, distroless, or scratch for static binaries. Alpine uses musl, which can mean compiling from source; for Python and Node a Debian -slim base is usually the safer small choice.',
      ko: '-slim 변형, Alpine, distroless, 정적 바이너리라면 scratch를 쓰세요. Alpine은 musl을 써서 소스 빌드가 필요할 수 있으므로, Python과 Node에는 보통 Debian -slim이 더 안전한 작은 선택입니다.',
    },
  ),
  p(
    'P15',
    'size',
    { en: 'Multi-stage builds', ko: '멀티 스테이지 빌드' },
    {
      en: 'Build in a stage that has compilers and package managers; copy only the artefacts (COPY --from=build) into a runtime stage that has just the runtime and the built output.',
      ko: '컴파일러와 패키지 관리자가 있는 스테이지에서 빌드하고, 결과물만(COPY --from=build) 런타임과 빌드 산출물만 있는 런타임 스테이지로 복사하세요.',
    },
  ),
  p(
    'P16',
    'size',
    {
      en: 'Deleting in a later layer does not shrink the image',
      ko: '뒤 레이어에서 지워도 이미지는 줄지 않음',
    },
    {
      en: 'Files added by an earlier layer stay in the image: rm, apk del or apt-get purge in a later RUN only hide them. Clean up in the same RUN, or use multi-stage.',
      ko: '앞 레이어가 더한 파일은 이미지에 남습니다. 뒤 RUN의 rm, apk del, apt-get purge는 가릴 뿐입니다. 같은 RUN 안에서 정리하거나 멀티 스테이지를 쓰세요.',
    },
  ),
  p(
    'P17',
    'size',
    { en: 'No package-manager caches in layers', ko: '레이어에 패키지 관리자 캐시 남기지 않기' },
    {
      en: 'apt: remove /var/lib/apt/lists/* in the same RUN; apk add --no-cache; pip --no-cache-dir; yum/dnf clean all. A BuildKit cache mount is often better: faster rebuilds and no cache in the image.',
      ko: 'apt는 같은 RUN에서 /var/lib/apt/lists/*를 지우고, apk add --no-cache, pip --no-cache-dir, yum/dnf clean all을 쓰세요. BuildKit 캐시 마운트가 대개 더 좋습니다: 재빌드가 빠르고 캐시가 이미지에 남지 않습니다.',
    },
  ),
  p(
    'P18',
    'size',
    { en: 'No recommended or extra packages', ko: '추천·부가 패키지 설치하지 않기' },
    {
      en: 'apt-get install --no-install-recommends, dnf --setopt=install_weak_deps=False, npm ci --omit=dev.',
      ko: 'apt-get install --no-install-recommends, dnf --setopt=install_weak_deps=False, npm ci --omit=dev를 쓰세요.',
    },
  ),
  p(
    'P19',
    'size',
    { en: 'Download, extract and delete in one RUN', ko: '내려받기·풀기·지우기를 한 RUN에서' },
    {
      en: 'curl -o x.tgz URL && tar -xzf x.tgz && rm x.tgz in one instruction, or download in one stage and extract in another, so the archive never lands in a layer.',
      ko: 'curl -o x.tgz URL && tar -xzf x.tgz && rm x.tgz를 한 명령에서 하거나, 한 스테이지에서 내려받고 다른 스테이지에서 풀어 압축 파일이 레이어에 남지 않게 하세요.',
    },
  ),
  p(
    'P20',
    'size',
    { en: 'Copy only what is needed', ko: '필요한 것만 복사하기' },
    {
      en: 'COPY ./app ./app rather than COPY . . followed by rm -rf docs; together with a .dockerignore.',
      ko: 'COPY . . 뒤에 rm -rf docs를 하기보다 COPY ./app ./app처럼 필요한 것만 복사하고 .dockerignore와 함께 쓰세요.',
    },
  ),
  p(
    'P21',
    'size',
    { en: '.dockerignore', ko: '.dockerignore' },
    {
      en: 'Keep .git, node_modules, build output, docs, secrets (.env) and Dockerfile* out of the build context: a smaller context, faster builds, no cache busts from unrelated files, no leaked secrets.',
      ko: '.git, node_modules, 빌드 산출물, 문서, 비밀(.env), Dockerfile*을 빌드 컨텍스트에서 빼세요. 컨텍스트가 작아지고 빌드가 빨라지며, 무관한 파일로 캐시가 깨지거나 비밀이 새지 않습니다.',
    },
  ),
  p(
    'P22',
    'cache',
    { en: 'Order by change frequency', ko: '자주 바뀌는 것은 뒤로' },
    {
      en: 'When an instruction or a file it copies changes, every later instruction in the stage re-runs. Put slow, stable steps first and the COPY of source code last.',
      ko: '명령이나 그 명령이 복사하는 파일이 바뀌면 그 뒤 명령은 모두 다시 실행됩니다. 느리고 잘 안 바뀌는 단계를 앞에, 소스 코드 COPY를 마지막에 두세요.',
    },
  ),
  p(
    'P23',
    'cache',
    { en: 'Dependencies before source', ko: '소스보다 의존성 먼저' },
    {
      en: 'Copy only the manifests and lock files (package.json, requirements.txt, go.mod, Cargo.toml, pom.xml …), install dependencies, then copy the source. A source edit then reuses the dependency layer.',
      ko: '매니페스트와 잠금 파일(package.json, requirements.txt, go.mod, Cargo.toml, pom.xml 등)만 먼저 복사해 의존성을 설치한 뒤 소스를 복사하세요. 그러면 소스를 고쳐도 의존성 레이어를 다시 씁니다.',
    },
  ),
  p(
    'P24',
    'cache',
    { en: 'apt-get update together with install', ko: 'apt-get update와 install은 한 RUN에' },
    {
      en: 'A cached update layer followed by a changed install line installs from a stale index, or fails. Keep them in one RUN, and sort package lists one per line.',
      ko: '캐시된 update 레이어 뒤에서 install 줄만 바뀌면 낡은 색인으로 설치하거나 실패합니다. 한 RUN에 두고, 패키지 목록은 한 줄에 하나씩 정렬하세요.',
    },
  ),
  p(
    'P25',
    'cache',
    { en: 'Fewer layers is not the goal; useless ones are', ko: '레이어 수가 아니라 쓸모없는 레이어가 문제' },
    {
      en: 'Layer count does not slow containers down. Merge RUNs that belong together (update, install, clean) but keep separately cacheable steps apart.',
      ko: '레이어 수는 컨테이너를 느리게 하지 않습니다. 함께 가야 하는 RUN(update, install, clean)은 합치되, 따로 캐시할 단계는 나눠 두세요.',
    },
  ),
  p(
    'P26',
    'cache',
    { en: 'Build with what is already there', ko: '이미 있는 것으로 빌드하기' },
    {
      en: 'Prefer a base that already contains the toolchain over downloading it in every build, and use cache mounts.',
      ko: '빌드마다 도구를 내려받기보다 도구가 들어 있는 베이스를 쓰고, 캐시 마운트를 쓰세요.',
    },
  ),
  p(
    'P27',
    'documented',
    { en: 'WORKDIR instead of cd', ko: 'cd 대신 WORKDIR' },
    {
      en: 'RUN cd /app && … is hard to read and does not persist; WORKDIR /app does, and creates the directory. Use absolute paths.',
      ko: 'RUN cd /app && …는 읽기 어렵고 유지되지 않습니다. WORKDIR /app은 유지되며 디렉터리도 만듭니다. 절대 경로를 쓰세요.',
    },
  ),
  p(
    'P28',
    'documented',
    { en: 'COPY instead of ADD', ko: 'ADD 대신 COPY' },
    {
      en: 'ADD also fetches URLs and unpacks local tar archives, so a reader cannot tell at a glance what a line does: COPY says it plainly. ADD is the right tool to unpack a local tarball, and to fetch a remote file with --checksum (the download is verified, and with --unpack=true a remote archive is unpacked in the same step, Dockerfile 1.17+).',
      ko: 'ADD는 URL에서 받아 오기도 하고 로컬 tar 압축을 풀기도 해서, 한 줄만 보고는 무엇을 하는지 알기 어렵습니다. COPY는 하는 일이 분명합니다. 로컬 tar 파일을 풀 때, 그리고 --checksum으로 원격 파일을 받을 때는 ADD가 맞습니다(내려받은 내용을 검증하고, --unpack=true를 주면 원격 압축도 같은 단계에서 풉니다. Dockerfile 1.17 이상).',
    },
  ),
  p(
    'P29',
    'documented',
    { en: 'LABEL metadata', ko: 'LABEL 메타데이터' },
    {
      en: 'Use OCI label keys (org.opencontainers.image.source, .version, .licenses …). MAINTAINER is deprecated: use a label.',
      ko: 'OCI 레이블 키(org.opencontainers.image.source, .version, .licenses 등)를 쓰세요. MAINTAINER는 더 이상 쓰지 않으니 레이블로 바꾸세요.',
    },
  ),
  p(
    'P30',
    'documented',
    { en: 'EXPOSE documents, it does not publish', ko: 'EXPOSE는 문서일 뿐 포트를 열지 않음' },
    {
      en: 'Declare the ports the application listens on; publishing is done with docker run -p or the orchestrator.',
      ko: '애플리케이션이 듣는 포트를 선언하세요. 실제 공개는 docker run -p나 오케스트레이터가 합니다.',
    },
  ),
  p(
    'P31',
    'documented',
    { en: 'ARG and ENV scope', ko: 'ARG와 ENV의 범위' },
    {
      en: 'An ARG before the first FROM is visible only in FROM lines; redeclare it inside a stage. ENV overrides an ARG of the same name. ARG values show in the image history: never pass secrets through them.',
      ko: '첫 FROM 앞의 ARG는 FROM 줄에서만 보이므로 스테이지 안에서 다시 선언하세요. 같은 이름의 ENV가 ARG를 덮어씁니다. ARG 값은 이미지 기록에 남으니 비밀을 넘기지 마세요.',
    },
  ),
  p(
    'P32',
    'documented',
    { en: 'Parser directives and syntax', ko: '파서 지시어와 syntax' },
    {
      en: 'Heredocs, RUN --mount, COPY --link and --chmod and ADD --checksum are built into the Dockerfile frontend of Docker Engine 23 and later. # syntax=docker/dockerfile:1 on the first line pins the frontend to the newest stable 1.x, so newer features (ADD --unpack, COPY --exclude) also work with an older engine. Use # escape= only when needed.',
      ko: 'heredoc, RUN --mount, COPY --link와 --chmod, ADD --checksum은 Docker Engine 23 이상의 Dockerfile 프런트엔드에 이미 들어 있습니다. 첫 줄의 # syntax=docker/dockerfile:1은 프런트엔드를 최신 안정 1.x로 고정하므로, 더 새로운 기능(ADD --unpack, COPY --exclude)도 오래된 엔진에서 쓸 수 있습니다. # escape=는 필요할 때만 쓰세요.',
    },
  ),
  p(
    'P33',
    'documented',
    { en: 'HEALTHCHECK', ko: 'HEALTHCHECK' },
    {
      en: 'Long-running services should declare a HEALTHCHECK, so Docker and Compose can tell a hung process from a healthy one (docker ps shows it; depends_on can wait for service_healthy; Swarm replaces unhealthy tasks). Kubernetes ignores it and uses its own liveness and readiness probes.',
      ko: '오래 도는 서비스는 HEALTHCHECK를 선언하세요. 그러면 Docker와 Compose가 멈춘 프로세스와 살아 있는 프로세스를 구분합니다(docker ps에 표시되고, depends_on이 service_healthy를 기다릴 수 있으며, Swarm은 unhealthy 태스크를 교체합니다). Kubernetes는 이를 무시하고 자체 liveness/readiness 프로브를 씁니다.',
    },
  ),
  p(
    'P34',
    'around',
    {
      en: 'Images and build cache are never deleted by themselves',
      ko: '이미지와 빌드 캐시는 저절로 지워지지 않음',
    },
    {
      en: 'docker system df shows what is used; docker system prune, docker image prune and docker builder prune reclaim space.',
      ko: 'docker system df로 사용량을 보고, docker system prune, docker image prune, docker builder prune으로 공간을 되찾으세요.',
    },
  ),
  p(
    'P35',
    'around',
    { en: 'docker commit is not reproducible', ko: 'docker commit은 재현할 수 없음' },
    {
      en: 'Build from a Dockerfile. Inspect layers with docker image inspect and docker history; move images offline with docker save and docker load.',
      ko: 'Dockerfile로 빌드하세요. 레이어는 docker image inspect와 docker history로 살펴보고, 오프라인 이동은 docker save와 docker load로 하세요.',
    },
  ),
  p(
    'P36',
    'around',
    { en: 'COPY --link and --chown/--chmod on COPY', ko: 'COPY --link와 COPY의 --chown/--chmod' },
    {
      en: 'Set ownership and mode while copying (COPY --chown=10001:10001, --chmod=755): a later RUN chown -R duplicates every file into a new layer. COPY --link writes the files into a layer of their own, independent of the layers below, so changing the base image does not invalidate it and the builder can reuse it (and, when pushing, skip re-uploading it); use it where the destination does not depend on what the earlier layers hold (no symlinked folders in the path).',
      ko: '복사하면서 소유자와 권한을 정하세요(COPY --chown=10001:10001, --chmod=755). 뒤에서 RUN chown -R을 하면 모든 파일이 새 레이어에 한 번 더 들어갑니다. COPY --link는 파일을 아래 레이어와 상관없는 독립된 레이어로 만듭니다. 그래서 베이스 이미지가 바뀌어도 이 레이어는 무효가 되지 않고 빌더가 다시 쓸 수 있습니다(푸시할 때도 다시 올리지 않습니다). 대상 경로가 앞 레이어의 내용에 기대지 않을 때(경로에 심볼릭 링크 폴더가 없을 때) 쓰세요.',
    },
  ),
];

/** Folklore learners meet (in the teaching notes and elsewhere), each corrected where its practice is taught. */
const FOLKLORE: Record<string, Folklore[]> = {
  P02: [
    {
      notes: {
        en: 'Write CMD and ENTRYPOINT in exec form, and the app gets the stop signal.',
        ko: 'CMD와 ENTRYPOINT를 exec 형식으로 쓰면 앱이 종료 시그널을 받는다.',
      },
      today: {
        en: 'Only when what exec form starts is the app itself. `["npm", "start"]` puts npm at PID 1 and `["./start.sh"]` a shell: neither passes SIGTERM on, so the stop still waits 10 s. Start node directly (`["node", "server.js"]`; the rewrite does it when package.json is given), and end an entrypoint script with `exec "$@"`.',
        ko: 'exec 형식으로 실행한 것이 앱 자신일 때만 그렇습니다. `["npm", "start"]`에서는 npm이, `["./start.sh"]`에서는 셸이 PID 1이 됩니다. 둘 다 SIGTERM을 전달하지 않아 종료는 여전히 10초를 기다립니다. node를 직접 실행하고(`["node", "server.js"]`, package.json이 주어지면 재작성이 바꿔 줍니다), 엔트리포인트 스크립트는 `exec "$@"`로 끝내세요.',
      },
      source: 'https://github.com/nodejs/docker-node/blob/main/docs/BestPractices.md',
    },
    {
      notes: {
        en: '`--init` (tini) is only for reaping zombie processes.',
        ko: '`--init`(tini)은 좀비 프로세스를 거두는 데만 쓴다.',
      },
      today: {
        en: 'It also makes the stop work for a program with no SIGTERM handler: Linux gives PID 1 no default action for SIGTERM, so such a program ignores it as PID 1. Under tini the app is not PID 1, tini forwards the signal, and its default action ends the app.',
        ko: 'SIGTERM 처리기가 없는 프로그램도 제대로 멈추게 해 줍니다. 리눅스는 PID 1에 SIGTERM의 기본 동작을 주지 않아서, 그런 프로그램이 PID 1이면 시그널을 무시합니다. tini 아래에서는 앱이 PID 1이 아니고, tini가 전달한 시그널의 기본 동작으로 앱이 끝납니다.',
      },
      source: 'https://github.com/krallin/tini#why-tini',
    },
  ],
  P25: [
    {
      notes: {
        en: 'Every instruction, ENV and LABEL included, adds a layer.',
        ko: 'ENV와 LABEL을 포함해 모든 명령어가 레이어를 하나씩 만든다.',
      },
      today: {
        en: 'Only RUN, COPY and ADD add filesystem layers. ENV, LABEL, EXPOSE, USER, WORKDIR (for an existing folder), CMD and the like only change the image configuration: `docker history` lists them with a size of 0 B.',
        ko: '파일 시스템 레이어를 만드는 것은 RUN, COPY, ADD뿐입니다. ENV, LABEL, EXPOSE, USER, (이미 있는 폴더의) WORKDIR, CMD 같은 명령어는 이미지 설정만 바꿉니다. `docker history`에서 크기가 0 B로 나옵니다.',
      },
      source: 'https://docs.docker.com/build/building/best-practices/',
    },
    {
      notes: {
        en: 'An image can have at most 127 layers, so merge every RUN.',
        ko: '이미지 레이어는 127개까지이므로 RUN을 모두 합쳐야 한다.',
      },
      today: {
        en: 'The overlay2 storage driver still stops at about 128 layers, but an ordinary Dockerfile is far from it. Merge RUNs where it saves size (a delete in the same RUN) or keeps the cache useful (update with install), not to dodge a limit.',
        ko: 'overlay2 스토리지 드라이버에는 여전히 약 128개의 레이어 한도가 있지만, 보통의 Dockerfile은 거기에 한참 못 미칩니다. RUN은 크기를 줄이거나(같은 RUN에서 지우기) 캐시를 제대로 쓰게 할 때(update와 install을 함께) 합치세요. 한도를 피하려고 합칠 일은 없습니다.',
      },
      source: 'https://docs.docker.com/engine/storage/drivers/overlayfs-driver/',
    },
  ],
  P14: [
    {
      notes: {
        en: 'Alpine cannot use Python wheels, so every package compiles from source.',
        ko: 'Alpine에서는 파이썬 wheel을 쓸 수 없어 모든 패키지를 소스에서 컴파일한다.',
      },
      today: {
        en: 'Since musllinux wheels (PEP 656, 2021) pip installs prebuilt wheels on Alpine for most popular packages (numpy, pandas, cryptography …). Some packages still ship only glibc wheels and compile there; a `-slim` Debian image avoids that.',
        ko: 'musllinux wheel(PEP 656, 2021년)이 나온 뒤로 pip는 Alpine에서도 인기 패키지 대부분(numpy, pandas, cryptography 등)을 미리 빌드된 wheel로 설치합니다. 아직 glibc용 wheel만 내는 패키지는 Alpine에서 컴파일되므로, 그런 경우에는 Debian `-slim` 이미지가 낫습니다.',
      },
      source: 'https://peps.python.org/pep-0656/',
    },
    {
      notes: {
        en: 'Start from `stretch` for the smallest image.',
        ko: '가장 작은 이미지는 `stretch`에서 시작한다.',
      },
      today: {
        en: 'The empty base image is `scratch`. `stretch` is Debian 9, out of support since 2022: never start from it.',
        ko: '아무것도 없는 베이스 이미지는 `scratch`입니다. `stretch`는 2022년에 지원이 끝난 Debian 9이므로 베이스로 쓰면 안 됩니다.',
      },
      source: 'https://docs.docker.com/build/building/base-images/',
    },
  ],
  P13: [
    {
      notes: {
        en: 'Turn on Docker Content Trust (DOCKER_CONTENT_TRUST=1) to sign and verify images.',
        ko: '이미지 서명과 검증에는 Docker Content Trust(DOCKER_CONTENT_TRUST=1)를 켠다.',
      },
      today: {
        en: 'Docker is retiring Docker Content Trust (Notary v1); Docker Official Images are no longer signed with it. Sign with Sigstore cosign or Notation and verify with a policy where images are pulled.',
        ko: 'Docker는 Docker Content Trust(Notary v1)를 단계적으로 없애고 있고, Docker 공식 이미지도 더는 이것으로 서명하지 않습니다. Sigstore cosign이나 Notation으로 서명하고, 이미지를 받는 곳에서 정책으로 검증하세요.',
      },
      source: 'https://docs.docker.com/engine/security/trust/',
    },
  ],
  P17: [
    {
      notes: {
        en: 'End every apt-get install with `apt-get clean`.',
        ko: 'apt-get install 뒤에는 항상 `apt-get clean`을 붙인다.',
      },
      today: {
        en: 'Official Debian and Ubuntu images already delete downloaded .deb files after each install (/etc/apt/apt.conf.d/docker-clean), so `apt-get clean` changes nothing there. What still matters is `rm -rf /var/lib/apt/lists/*` in the same RUN, or a cache mount.',
        ko: '공식 Debian과 Ubuntu 이미지는 설치할 때마다 내려받은 .deb 파일을 이미 지웁니다(/etc/apt/apt.conf.d/docker-clean). 그래서 그 이미지에서 `apt-get clean`은 아무것도 바꾸지 않습니다. 여전히 중요한 것은 같은 RUN의 `rm -rf /var/lib/apt/lists/*`나 캐시 마운트입니다.',
      },
      source:
        'https://github.com/debuerreotype/debuerreotype/blob/master/scripts/debuerreotype-minimizing-config',
    },
  ],
};

for (const practice of PRACTICES) {
  const folklore = FOLKLORE[practice.id];
  if (folklore) practice.folklore = folklore;
}

export const PRACTICE_BY_ID = new Map(PRACTICES.map((x) => [x.id, x]));
