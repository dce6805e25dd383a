/**
 * The seeds gallery: the Dockerfiles of the five Korean teaching notes this product grew from
 * (../shared/seeds, see docs/teaching.md), typed in and credited, each telling its lesson as the
 * note does, one version after another. The comments and the explanations are ours, in both
 * languages; where a note is outdated, `today` says what holds now. The order of SEEDS is the
 * order of a class: cache first, then size, then "it must work".
 */
import type { Localized } from '@dop/analyzer';
import { localizedComments } from './comments';

export interface SeedStep {
  /** What this version changes, in a few words. */
  title: Localized;
  /** The Dockerfile at this step; comments in each language. */
  text: Localized;
  /** What to see at this step. */
  point: Localized;
}

export interface Seed {
  id: string;
  title: Localized;
  /** The note the file comes from (its file name in the notes folder) and how we changed it. */
  credit: { note: string; title: string; changed?: Localized };
  /** A rule the first version triggers: the lesson is found by the analyzer too. */
  rule: string;
  /** Where the note is outdated, what holds today. */
  today?: Localized;
  steps: SeedStep[];
}

const l = (en: string, ko: string): Localized => ({ en, ko });

const texts = localizedComments;

const NOTE0 = { note: '000_073297a60982f63a.txt', title: '(IMHO) Dockerfile Best Practices' };
const NOTE1 = { note: '001_a47eb9d4b5625e9b.txt', title: '도커 이미지 잘 만드는 방법' };
const NOTE3 = { note: '003_9ec8317053d648bf.txt', title: '이미지 빌드' };
const NOTE4 = { note: '004_0101f0f8104f7c4f.txt', title: '도커 이미지 최적화하기: 보안, 용량, 속도' };

const PY_HEAD = `FROM alpine

RUN apk add --no-cache python3 py3-pip
RUN mkdir /app && \\
    chown 1000:1000 /app

USER 1000:1000
WORKDIR /app
`;

export const SEEDS: Seed[] = [
  {
    id: 'seed-python-layers',
    title: l(
      'Python on Alpine: cache order, a late delete, multi-stage',
      'Alpine 위의 Python: 캐시 순서, 나중에 지우기, 멀티 스테이지',
    ),
    credit: NOTE0,
    rule: 'DOP094',
    today: l(
      'pip install -t (into a folder) is what keeps this file building on Alpine 3.19 and later: a system-wide pip install there stops with "externally-managed-environment" (PEP 668).',
      'Alpine 3.19부터는 시스템 전체에 pip install을 하면 "externally-managed-environment" 오류로 멈춥니다(PEP 668). 이 파일이 지금도 빌드되는 것은 pip install -t로 폴더에 설치하기 때문입니다.',
    ),
    steps: [
      {
        title: l('The first version', '처음 버전'),
        text: texts(`${PY_HEAD}
# {{every file of the project|프로젝트의 모든 파일}}
COPY . .

RUN pip install -t .lib -r requirements.txt

ENV PYTHONPATH=/app/.lib
ENTRYPOINT ["/usr/bin/python3", "src/app.py"]
`),
        point: l(
          'COPY . . comes before pip install: editing src/app.py changes that COPY, so pip install runs again on every build.',
          'COPY . .가 pip install보다 앞에 있습니다. src/app.py만 고쳐도 이 COPY가 바뀌므로 빌드할 때마다 pip install이 다시 실행됩니다.',
        ),
      },
      {
        title: l('Dependencies before the source', '의존성을 소스보다 먼저'),
        text: texts(`${PY_HEAD}
# {{only the dependency list first|의존성 목록만 먼저 복사}}
COPY requirements.txt .
# {{re-runs only when requirements.txt changes|requirements.txt가 바뀔 때만 다시 실행}}
RUN pip install -t .lib -r requirements.txt
# {{the source last: editing it re-runs only this step|소스는 마지막에: 고쳐도 이 단계만 다시 실행}}
COPY src/ src/

ENV PYTHONPATH=/app/.lib
ENTRYPOINT ["/usr/bin/python3", "src/app.py"]
`),
        point: l(
          'Now a source edit re-runs one COPY; pip install stays cached until requirements.txt changes. See the Layers tab.',
          '이제 소스를 고치면 COPY 하나만 다시 실행되고, pip install은 requirements.txt가 바뀔 때까지 캐시를 씁니다. 레이어 탭에서 확인해 보세요.',
        ),
      },
      {
        title: l('Deleting pip in a later layer', '나중 레이어에서 pip 지우기'),
        text: texts(`${PY_HEAD}
COPY requirements.txt .
RUN pip install -t .lib -r requirements.txt
COPY src/ src/

# {{pip is not needed at run time: remove it?|pip는 실행할 때 필요 없으니 지우면?}}
USER root
RUN apk del py3-pip

USER 1000:1000
ENV PYTHONPATH=/app/.lib
ENTRYPOINT ["/usr/bin/python3", "src/app.py"]
`),
        point: l(
          'pip is gone from the final file system, but the image is not smaller: the layer that installed it is still in the image, and the delete only hides it.',
          '최종 파일 시스템에서 pip는 사라졌지만 이미지는 작아지지 않습니다. pip를 설치한 레이어가 이미지에 그대로 남고, 삭제는 그 위에서 가릴 뿐입니다.',
        ),
      },
      {
        title: l('Multi-stage: copy only the result', '멀티 스테이지: 결과만 복사'),
        text: texts(`${PY_HEAD}
COPY requirements.txt .
RUN pip install -t .lib -r requirements.txt
COPY src/ src/

# {{a new stage: its layers start from the base image again|새 스테이지: 레이어가 베이스 이미지부터 다시 쌓입니다}}
FROM alpine
RUN apk add --no-cache python3

USER 1000:1000
WORKDIR /app
# {{only what the first stage made, without pip|첫 스테이지가 만든 것만, pip 없이}}
COPY --from=0 /app /app

ENV PYTHONPATH=/app/.lib
ENTRYPOINT ["/usr/bin/python3", "src/app.py"]
`),
        point: l(
          'The final stage never installs pip: only python3 and the copied /app are in the image. This is what makes it smaller.',
          '마지막 스테이지는 pip를 설치한 적이 없습니다. 이미지에는 python3와 복사한 /app만 들어갑니다. 이미지가 작아지는 건 이 때문입니다.',
        ),
      },
    ],
  },
  {
    id: 'seed-django-order',
    title: l(
      'Django: the source folder before pip install, then a lock file and a build stage',
      'Django: pip install보다 먼저 복사한 소스 폴더, 그다음 잠금 파일과 빌드 스테이지',
    ),
    credit: {
      ...NOTE1,
      changed: l(
        'The note installs from "requirement.txt" after copying "requirements.txt" (a typo that stops the build); here both say requirements.txt.',
        '노트는 requirements.txt를 복사하고 requirement.txt로 설치합니다(빌드가 멈추는 오타). 여기서는 둘 다 requirements.txt로 맞췄습니다.',
      ),
    },
    rule: 'DOP094',
    today: l(
      'python:3.8 and Debian buster are past their end of life: use a supported tag such as python:3.12-slim (Debian bookworm) for new files. The lesson is unchanged.',
      'python:3.8과 Debian buster는 지원이 끝났습니다. 새로 쓰는 파일에는 python:3.12-slim(Debian bookworm) 같은 지원 중인 태그를 쓰세요. 배우는 내용은 같습니다.',
    ),
    steps: [
      {
        title: l('The first version', '처음 버전'),
        text: texts(`FROM python:3.8-slim-buster

WORKDIR /usr/src/app

COPY requirements.txt /usr/src/app
COPY django_project /usr/src/app

RUN pip install -r requirements.txt

CMD ["pip", "freeze"]
`),
        point: l(
          'The project folder (django_project) is copied before pip install: any source edit re-runs the install, whatever the folder is called.',
          '프로젝트 폴더(django_project)를 pip install보다 먼저 복사합니다. 폴더 이름이 무엇이든, 소스를 고칠 때마다 설치가 다시 실행됩니다.',
        ),
      },
      {
        title: l('The source after the install', '소스는 설치 다음에'),
        text: texts(`FROM python:3.8-slim-buster

WORKDIR /usr/src/app

COPY requirements.txt /usr/src/app
RUN pip install -r requirements.txt
# {{copied last: a source edit no longer re-runs pip install|마지막에 복사: 소스를 고쳐도 pip install은 다시 실행되지 않습니다}}
COPY django_project /usr/src/app

CMD ["pip", "freeze"]
`),
        point: l(
          'The install now depends on requirements.txt only.',
          '이제 설치는 requirements.txt에만 달려 있습니다.',
        ),
      },
      {
        title: l('A lock file and a build stage for gcc', '잠금 파일, 그리고 gcc는 빌드 스테이지에'),
        text: texts(`FROM python:3.8-slim-buster AS builder

# {{gcc builds uwsgi; the final image does not need it|gcc는 uwsgi를 빌드할 때만 필요합니다}}
RUN apt-get update && apt-get install -y gcc

WORKDIR /tmp
RUN pip install pipenv

COPY Pipfile /tmp/Pipfile
COPY Pipfile.lock /tmp/Pipfile.lock

RUN pipenv install --system --deploy

FROM python:3.8-slim-buster
# {{only the installed packages, not gcc|설치된 패키지만, gcc는 빼고}}
COPY --from=builder /usr/local/lib/python3.8/site-packages /usr/local/lib/python3.8/site-packages

CMD ["pip", "freeze"]
`),
        point: l(
          'The note measured 375 MB with gcc in the image and 231 MB with the build stage.',
          '노트에서 잰 크기는 gcc가 들어간 이미지가 375 MB, 빌드 스테이지를 쓴 이미지가 231 MB입니다.',
        ),
      },
    ],
  },
  {
    id: 'seed-apt-one-run',
    title: l('apt: four RUNs become one', 'apt: RUN 네 개를 하나로'),
    credit: {
      ...NOTE1,
      changed: l(
        'The note shows the RUN lines alone; the FROM line is ours. The last step is the pattern of note 004.',
        '노트에는 RUN 줄만 있어 FROM 줄은 우리가 붙였습니다. 마지막 단계는 004 노트의 방식입니다.',
      ),
    },
    rule: 'DOP053',
    today: l(
      'Official Debian and Ubuntu images already run apt-get clean after every install (a hook in /etc/apt/apt.conf.d), so writing it again frees nothing; the package lists in /var/lib/apt/lists are what stay.',
      '공식 Debian·Ubuntu 이미지는 설치할 때마다 apt-get clean을 이미 자동으로 실행합니다(/etc/apt/apt.conf.d의 설정). 다시 써도 줄어드는 것은 없고, 남는 것은 /var/lib/apt/lists의 패키지 목록입니다.',
    ),
    steps: [
      {
        title: l('The first version', '처음 버전'),
        text: texts(`FROM debian:bookworm-slim
RUN apt-get update
RUN apt-get -y install git
RUN apt-get -y install locales
RUN apt-get -y install gcc
`),
        point: l(
          'Four layers, and the update is cached on its own: a later build can install from package lists months old.',
          '레이어가 네 개이고, update가 따로 캐시됩니다. 나중 빌드가 몇 달 지난 패키지 목록으로 설치할 수 있습니다.',
        ),
      },
      {
        title: l('One RUN, packages sorted', 'RUN 하나, 패키지는 정렬'),
        text: texts(`FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y \\
    gcc \\
    git \\
    locales
`),
        point: l(
          'update and install always run together; sorted names make a duplicate easy to see.',
          'update와 install이 늘 함께 실행됩니다. 이름을 정렬하면 중복이 잘 보입니다.',
        ),
      },
      {
        title: l('No recommends, no lists left', '추천 패키지 없이, 목록도 남기지 않고'),
        text: texts(`FROM debian:bookworm-slim
RUN apt-get update && \\
    apt-get install -y --no-install-recommends \\
        gcc \\
        git \\
        locales && \\
    rm -rf /var/lib/apt/lists/*
`),
        point: l(
          'The package lists are removed in the same RUN that downloaded them, so no layer keeps them.',
          '패키지 목록을 내려받은 그 RUN에서 지우므로 어느 레이어에도 남지 않습니다.',
        ),
      },
    ],
  },
  {
    id: 'seed-download-extract',
    title: l('Download, extract, delete: in one RUN', '내려받기, 압축 풀기, 지우기: RUN 하나에서'),
    credit: {
      ...NOTE4,
      changed: l(
        'The note shows the one-RUN and multi-stage versions; the first version (three RUNs) is ours, and the last COPY gets the destination the note left out.',
        '노트에는 RUN 하나로 쓴 버전과 멀티 스테이지 버전이 있습니다. RUN 세 개로 나눈 첫 버전은 우리가 썼고, 마지막 COPY에는 노트에서 빠진 대상 경로를 넣었습니다.',
      ),
    },
    rule: 'DOP088',
    steps: [
      {
        title: l('Three RUNs', 'RUN 세 개'),
        text: texts(`FROM diamol/base

ARG DATASET_URL=https://archive.ics.uci.edu/ml/machine-learning-databases/url/url_svmlight.tar.gz

WORKDIR /dataset

RUN wget -O dataset.tar.gz \${DATASET_URL}
RUN tar -xf dataset.tar.gz url_svmlight/Day1.svm
# {{too late: the archive is already in the first layer|늦었습니다: 압축 파일은 이미 첫 레이어에 있습니다}}
RUN rm -f dataset.tar.gz
`),
        point: l(
          'The archive stays in the image: the layer of the first RUN keeps it, whatever a later RUN deletes.',
          '압축 파일은 이미지에 남습니다. 나중 RUN에서 무엇을 지우든 첫 RUN의 레이어가 그대로 갖고 있습니다.',
        ),
      },
      {
        title: l('One RUN', 'RUN 하나'),
        text: texts(`FROM diamol/base

ARG DATASET_URL=https://archive.ics.uci.edu/ml/machine-learning-databases/url/url_svmlight.tar.gz

WORKDIR /dataset

RUN wget -O dataset.tar.gz \${DATASET_URL} && \\
    tar -xf dataset.tar.gz url_svmlight/Day1.svm && \\
    rm -f dataset.tar.gz
`),
        point: l(
          'The archive is gone before the layer is written: only Day1.svm is kept.',
          '레이어가 만들어지기 전에 압축 파일이 지워집니다. Day1.svm만 남습니다.',
        ),
      },
      {
        title: l('Multi-stage instead', '멀티 스테이지로'),
        text: texts(`FROM diamol/base AS download
ARG DATASET_URL=https://archive.ics.uci.edu/ml/machine-learning-databases/url/url_svmlight.tar.gz
RUN wget -O dataset.tar.gz \${DATASET_URL}

FROM diamol/base AS expand
COPY --from=download dataset.tar.gz .
RUN tar xvzf dataset.tar.gz

# {{only the one file the image needs|이미지에 필요한 파일 하나만}}
FROM diamol/base
WORKDIR /dataset/url_svmlight
COPY --from=expand url_svmlight/Day1.svm .
`),
        point: l(
          'Each step is easy to debug (docker build --target download), and the final image holds only what it copies.',
          '단계마다 따로 확인하기 쉽고(docker build --target download), 최종 이미지에는 복사한 것만 들어갑니다.',
        ),
      },
    ],
  },
  {
    id: 'seed-copy-then-delete',
    title: l(
      'COPY everything, then delete: the image does not shrink',
      '모두 COPY한 뒤 지우기: 이미지는 줄지 않습니다',
    ),
    credit: NOTE4,
    rule: 'DOP097',
    steps: [
      {
        title: l('Copy, then delete docs', '복사한 다음 docs 지우기'),
        text: texts(`FROM diamol/base

CMD echo app- && ls app && echo docs- && ls docs

COPY . .

# {{does this make the image smaller?|이러면 이미지가 작아질까요?}}
RUN rm -rf docs
`),
        point: l(
          'docs is still in the layer of COPY . .; the RUN only hides it.',
          'docs는 COPY . .의 레이어에 그대로 있습니다. RUN은 가릴 뿐입니다.',
        ),
      },
      {
        title: l('Copy only what the image needs', '필요한 것만 복사'),
        text: texts(`FROM diamol/base
CMD echo app- && ls app && echo docs- && ls docs
# {{only the app folder; add docs/ to .dockerignore as well|app 폴더만. .dockerignore에도 docs/를 적어 두세요}}
COPY ./app ./app
`),
        point: l(
          'Now docs never enters a layer, and a .dockerignore keeps it out of the build context too.',
          '이제 docs는 어느 레이어에도 들어가지 않고, .dockerignore가 빌드 컨텍스트에서도 빼 줍니다.',
        ),
      },
    ],
  },
  {
    id: 'seed-node-order',
    title: l('Node.js: package files first', 'Node.js: 패키지 파일 먼저'),
    credit: NOTE3,
    rule: 'DOP094',
    today: l(
      'node:12 and node:16 are past their end of life: use a supported LTS tag such as node:22-alpine. npm ci --omit=dev replaces the older npm ci --only=production.',
      'node:12와 node:16은 지원이 끝났습니다. node:22-alpine 같은 지원 중인 LTS 태그를 쓰세요. 예전의 npm ci --only=production 대신 이제는 npm ci --omit=dev를 씁니다.',
    ),
    steps: [
      {
        title: l('The first version', '처음 버전'),
        text: texts(`FROM node:12-alpine
RUN apk add --no-cache python3 g++ make
WORKDIR /app
COPY . .
RUN yarn install --production
CMD ["node", "src/index.js"]
`),
        point: l(
          'COPY . . before yarn install: every source edit installs all packages again.',
          'yarn install 앞에 COPY . .가 있어, 소스를 고칠 때마다 패키지를 모두 다시 설치합니다.',
        ),
      },
      {
        title: l('package*.json first', 'package*.json 먼저'),
        text: texts(`FROM node:16
LABEL description="Simple server with Node.js"

WORKDIR /app

# {{package.json and package-lock.json, when there is one|package.json과, 있으면 package-lock.json}}
COPY package*.json ./

RUN npm install

COPY . .

EXPOSE 8080
CMD [ "node", "server.js" ]
`),
        point: l(
          'The install depends on the package files only; CMD runs node itself, so the signals reach the server.',
          '설치는 패키지 파일에만 달려 있습니다. CMD가 node를 직접 실행하므로 시그널이 서버에 닿습니다.',
        ),
      },
    ],
  },
  {
    id: 'seed-graceful-shutdown',
    title: l('Graceful shutdown: a shell script as ENTRYPOINT', '우아한 종료: ENTRYPOINT가 셸 스크립트일 때'),
    credit: {
      ...NOTE0,
      changed: l(
        'The note teaches this in words (trap the signals, or wait for SIGKILL); the Dockerfiles are ours.',
        '노트는 이 내용을 글로만 설명합니다(시그널을 trap하지 않으면 SIGKILL까지 기다린다). Dockerfile은 우리가 썼습니다.',
      ),
    },
    rule: 'DOP040',
    steps: [
      {
        title: l('Shell form: the signal never arrives', '셸 형식: 시그널이 닿지 않습니다'),
        text: texts(`FROM alpine:3.20
COPY <<'EOF' /entrypoint.sh
#!/bin/sh
echo "preparing…"
# {{stands in for your server|서버 대신 쓰는 명령}}
sleep 3600
EOF
RUN chmod +x /entrypoint.sh
ENTRYPOINT /entrypoint.sh
`),
        point: l(
          'Shell form runs /bin/sh -c as PID 1; docker stop sends SIGTERM to the shell, nothing passes it on, and Docker waits 10 s to send SIGKILL.',
          '셸 형식에서는 /bin/sh -c가 PID 1입니다. docker stop의 SIGTERM은 셸에 가고, 아무도 전달하지 않아 Docker는 10초 뒤 SIGKILL을 보냅니다.',
        ),
      },
      {
        title: l('Exec form, but the script does not exec', 'exec 형식이지만 스크립트에 exec가 없음'),
        text: texts(`FROM alpine:3.20
COPY <<'EOF' /entrypoint.sh
#!/bin/sh
echo "preparing…"
# {{runs CMD as a child: the shell stays PID 1|CMD를 자식 프로세스로 실행: 셸이 PID 1로 남습니다}}
"$@"
EOF
RUN chmod +x /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
CMD ["sleep", "3600"]
`),
        point: l(
          'Exec form alone is not enough: the script is PID 1 now and runs CMD as its child. SIGTERM reaches the shell, which neither exits nor passes it on, and docker stop still waits 10 s. The playground reads the script in the heredoc and says so (DOP043).',
          'exec 형식만으로는 부족합니다. 이제 스크립트가 PID 1이고 CMD를 자식 프로세스로 실행합니다. SIGTERM은 셸에 닿지만 셸은 끝나지도, 시그널을 전달하지도 않아 docker stop은 여전히 10초를 기다립니다. 플레이그라운드가 heredoc 안의 스크립트를 읽고 이를 알려 줍니다(DOP043).',
        ),
      },
      {
        title: l('Exec form and exec "$@"', 'exec 형식과 exec "$@"'),
        text: texts(`FROM alpine:3.20
COPY <<'EOF' /entrypoint.sh
#!/bin/sh
echo "preparing…"
# {{the script's last line: the server replaces the shell and gets the signals|스크립트의 마지막 줄: 서버가 셸을 대신해 시그널을 받습니다}}
exec "$@"
EOF
RUN chmod +x /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
CMD ["sleep", "3600"]
`),
        point: l(
          'ENTRYPOINT in exec form runs the script as PID 1; exec "$@" then replaces it with CMD, so the server itself receives SIGTERM. It must handle it: as PID 1 a program without a handler ignores SIGTERM, and so does sleep here (the last step).',
          'exec 형식의 ENTRYPOINT는 스크립트를 PID 1로 실행하고, exec "$@"가 스크립트를 CMD로 바꿉니다. 그래서 SIGTERM을 서버가 직접 받습니다. 서버는 이 시그널을 처리해야 합니다. PID 1인 프로그램은 처리기가 없으면 SIGTERM을 무시하는데, 여기의 sleep도 그렇습니다(마지막 단계).',
        ),
      },
      {
        title: l('trap, when the script must clean up', '스크립트가 정리할 일이 있으면 trap'),
        text: texts(`FROM alpine:3.20
COPY <<'EOF' /entrypoint.sh
#!/bin/sh
cleanup() {
  echo "closing…"
  kill -TERM "$child" 2>/dev/null
  wait "$child"
}
# {{run cleanup on SIGTERM and SIGINT instead of dying at once|SIGTERM과 SIGINT를 받으면 바로 끝나지 않고 cleanup 실행}}
trap cleanup TERM INT
"$@" &
child=$!
wait "$child"
EOF
RUN chmod +x /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
CMD ["sleep", "3600"]
`),
        point: l(
          'A script that has work to do after the server stops keeps running, traps the signal, passes it on and waits.',
          '서버가 멈춘 뒤에 할 일이 있는 스크립트는 계속 실행되면서 시그널을 trap하고, 서버에 전달한 뒤 기다립니다.',
        ),
      },
      {
        title: l(
          'An init for PID 1: tini or docker run --init',
          'PID 1에는 init: tini 또는 docker run --init',
        ),
        text: texts(`FROM alpine:3.20
RUN apk add --no-cache tini
COPY <<'EOF' /entrypoint.sh
#!/bin/sh
echo "preparing…"
exec "$@"
EOF
RUN chmod +x /entrypoint.sh
# {{tini forwards signals and reaps zombie processes|tini가 시그널을 전달하고 좀비 프로세스를 거둡니다}}
ENTRYPOINT ["/sbin/tini", "--", "/entrypoint.sh"]
CMD ["sleep", "3600"]
`),
        point: l(
          'A program as PID 1 gets no default signal handlers (sleep ignores SIGTERM there) and must reap orphans. tini (or docker run --init, which adds one) does both.',
          'PID 1인 프로그램에는 기본 시그널 처리가 없고(그래서 sleep은 SIGTERM을 무시합니다) 고아 프로세스도 거둬야 합니다. tini(또는 이를 넣어 주는 docker run --init)가 둘 다 해 줍니다.',
        ),
      },
    ],
  },
];

export const SEED_BY_ID = new Map(SEEDS.map((s) => [s.id, s]));
