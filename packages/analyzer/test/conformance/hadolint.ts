/** Our own cases for the hadolint rules we claim, written to hadolint's documented semantics. */
import { type ConformanceCase, casesFor } from './case.js';

const { fire, quiet } = casesFor('hadolint');
const D = 'FROM debian:12.7-slim';
const R = 'FROM rockylinux:9.3';
const A = 'FROM alpine:3.20';
const P = 'FROM python:3.12-slim';
const N = 'FROM node:22-slim';
const O = { onbuild: true };

export const HADOLINT_CASES: ConformanceCase[] = [
  // DL3000 WORKDIR must be absolute
  fire('DL3000', 'relative workdir', [D, 'WORKDIR app']),
  quiet('DL3000', 'absolute workdir', [D, 'WORKDIR /srv/app']),
  fire('DL3000', 'relative after an absolute one', [D, 'WORKDIR /srv', 'WORKDIR app']),
  quiet('DL3000', 'quoted absolute workdir', [D, 'WORKDIR "/srv/my app"']),
  quiet('DL3000', 'workdir from a variable', [D, 'ARG HOME_DIR=/srv', 'WORKDIR $HOME_DIR']),
  quiet('DL3000', 'windows drive path', [
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
    'WORKDIR C:\\app',
  ]),
  quiet('DL3000', 'quoted windows path', [
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
    'WORKDIR "C:\\Program Files\\app"',
  ]),

  // DL3001 commands that make no sense in a build
  fire('DL3001', 'vim in a RUN', [D, 'RUN vim /etc/hosts'], O),
  fire('DL3001', 'service start', [D, 'RUN service nginx start'], O),
  quiet(
    'DL3001',
    'vim installed, not run',
    [D, 'RUN apt-get install -y --no-install-recommends vim=2:9.0.1378-2'],
    O,
  ),

  // DL3002 last USER root
  fire('DL3002', 'last user root', [D, 'USER app', 'USER root']),
  quiet('DL3002', 'last user not root', [D, 'USER root', 'RUN id', 'USER app']),
  quiet('DL3002', 'root only in a build stage', [
    'FROM debian:12.7-slim AS build',
    'USER root',
    'FROM debian:12.7-slim',
    'USER 1000',
  ]),

  // DL3003 cd in RUN
  fire('DL3003', 'cd then build', [D, 'RUN cd /src && make'], O),
  quiet('DL3003', 'workdir instead', [D, 'WORKDIR /src', 'RUN make'], O),

  // DL3004 sudo
  fire('DL3004', 'sudo', [D, 'RUN sudo apt-get update'], O),
  quiet(
    'DL3004',
    'sudo installed, not run',
    [D, 'RUN apt-get install -y --no-install-recommends sudo=1.9.13p3-1 && rm -rf /var/lib/apt/lists/*'],
    O,
  ),

  // DL3006 tag the base image
  fire('DL3006', 'no tag', ['FROM ubuntu']),
  fire('DL3006', 'no tag behind a registry variable', ['ARG REGISTRY=docker.io', 'FROM ${REGISTRY}/ubuntu']),
  fire('DL3006', 'no tag behind an undefined registry variable', [
    'ARG REGISTRY',
    'FROM ${REGISTRY}/library/ubuntu',
  ]),
  quiet('DL3006', 'tagged', ['FROM ubuntu:24.04']),
  quiet('DL3006', 'digest only', ['FROM ubuntu@sha256:' + 'a'.repeat(64)]),
  quiet('DL3006', 'scratch', ['FROM scratch']),
  quiet('DL3006', 'earlier stage', ['FROM ubuntu:24.04 AS base', 'FROM base']),
  quiet('DL3006', 'whole image from a variable', ['ARG IMAGE=ubuntu:24.04', 'FROM $IMAGE']),
  quiet('DL3006', 'tag from a variable', ['ARG TAG=24.04', 'FROM ubuntu:${TAG}']),

  // DL3007 latest
  fire('DL3007', 'latest', ['FROM ubuntu:latest']),
  quiet('DL3007', 'pinned tag', ['FROM ubuntu:24.04']),
  quiet('DL3007', 'latest with a digest', ['FROM ubuntu:latest@sha256:' + 'b'.repeat(64)]),

  // DL3008 pin apt-get packages
  fire('DL3008', 'unpinned', [D, 'RUN apt-get install -y --no-install-recommends curl'], O),
  fire('DL3008', 'exec form', [D, 'RUN ["apt-get", "install", "-y", "--no-install-recommends", "curl"]'], O),
  fire(
    'DL3008',
    'one of two unpinned',
    [D, 'RUN apt-get install -y --no-install-recommends curl=8.5.0-2 git'],
    O,
  ),
  fire('DL3008', 'after --', [D, 'RUN apt-get install -y --no-install-recommends -- curl'], O),
  quiet('DL3008', 'pinned', [D, 'RUN apt-get install -y --no-install-recommends curl=8.5.0-2'], O),
  quiet(
    'DL3008',
    'option value is not a package',
    [D, 'RUN apt-get install -y --no-install-recommends -t bookworm-backports curl=8.5.0-2'],
    O,
  ),
  quiet(
    'DL3008',
    '-o value is not a package',
    [D, 'RUN apt-get -o Dpkg::Options::=--force-confnew install -y --no-install-recommends curl=8.5.0-2'],
    O,
  ),
  quiet('DL3008', 'local .deb', [D, 'RUN apt-get install -y --no-install-recommends ./pkg.deb'], O),

  // DL3009 delete the apt lists
  fire(
    'DL3009',
    'lists left',
    [D, 'RUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2'],
    O,
  ),
  fire(
    'DL3009',
    'removed before update',
    [
      D,
      'RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2',
    ],
    O,
  ),
  fire('DL3009', 'exec form', [D, 'RUN ["apt-get", "update"]']),
  quiet(
    'DL3009',
    'removed after',
    [
      D,
      'RUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2 && rm -rf /var/lib/apt/lists/*',
    ],
    O,
  ),
  quiet(
    'DL3009',
    'cache mount on the lists',
    [
      D,
      'RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2',
    ],
    O,
  ),
  quiet('DL3009', 'build stage only copied from', [
    'FROM debian:12.7-slim AS build',
    'RUN apt-get update && apt-get install -y --no-install-recommends gcc=4:12.2.0-3',
    'FROM debian:12.7-slim',
    'COPY --from=build /usr/bin/gcc /usr/bin/gcc',
  ]),

  fire(
    'DL3009',
    'cache mount on the archives only',
    [
      D,
      'RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2',
    ],
    O,
  ),

  // DL3010 ADD to extract local archives
  fire('DL3010', 'copy then tar', [
    D,
    'COPY app.tar.gz /tmp/',
    'RUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz',
  ]),
  quiet('DL3010', 'archive kept as is', [D, 'COPY app.tar.gz /srv/']),

  // DL3011 port range
  fire('DL3011', 'port above 65535', [D, 'EXPOSE 80000']),
  quiet('DL3011', 'valid port and range', [D, 'EXPOSE 8080 9000-9010/udp']),
  quiet('DL3011', 'port from a variable', [D, 'ARG PORT=8080', 'EXPOSE $PORT']),

  // DL3012 one HEALTHCHECK
  fire('DL3012', 'two healthchecks', [
    D,
    'HEALTHCHECK CMD curl -f http://localhost/',
    'HEALTHCHECK CMD wget -q http://localhost/',
  ]),
  quiet('DL3012', 'one per stage', [
    'FROM debian:12.7-slim AS a',
    'HEALTHCHECK CMD true',
    'FROM debian:12.7-slim',
    'HEALTHCHECK CMD true',
  ]),

  // DL3013 pin pip packages
  fire('DL3013', 'unpinned', [P, 'RUN pip install --no-cache-dir flask'], O),
  fire('DL3013', 'pip3 in exec form', [P, 'RUN ["pip3", "install", "--no-cache-dir", "flask"]'], O),
  fire(
    'DL3013',
    'unpinned VCS install',
    [P, 'RUN pip install --no-cache-dir git+https://example.com/org/lib.git'],
    O,
  ),
  fire(
    'DL3013',
    'option value then an unpinned package',
    [P, 'RUN pip install --no-cache-dir --root-user-action ignore flask==3.0.3 requests'],
    O,
  ),
  fire('DL3013', 'pip2', ['FROM python:2.7-slim', 'RUN pip2 install --no-cache-dir six'], O),
  fire('DL3013', 'python -m pip', [P, 'RUN python3 -m pip install --no-cache-dir flask'], O),
  quiet('DL3013', 'pinned', [P, 'RUN pip install --no-cache-dir flask==3.0.3'], O),
  quiet('DL3013', 'range pin', [P, 'RUN pip install --no-cache-dir "flask>=3,<4"'], O),
  quiet(
    'DL3013',
    'option value is not a package',
    [P, 'RUN pip install --no-cache-dir --root-user-action ignore flask==3.0.3'],
    O,
  ),
  quiet('DL3013', 'requirements file', [P, 'RUN pip install --no-cache-dir -r requirements.txt'], O),
  quiet(
    'DL3013',
    'constraints file and pinned package',
    [P, 'RUN pip install --no-cache-dir -c constraints.txt flask==3.0.3'],
    O,
  ),
  quiet(
    'DL3013',
    'VCS install at a tag',
    [P, 'RUN pip install --no-cache-dir git+https://example.com/org/lib.git@v1.2.0'],
    O,
  ),
  quiet('DL3013', 'local project', [P, 'RUN pip install --no-cache-dir .'], O),
  quiet('DL3013', 'wheel file', [P, 'RUN pip install --no-cache-dir /tmp/lib-1.0-py3-none-any.whl'], O),

  fire('DL3013', 'pipx', [P, 'RUN pipx install black'], O),
  quiet('DL3013', 'pipx pinned', [P, 'RUN pipx install black==24.8.0'], O),

  // DL3014 apt-get -y
  fire('DL3014', 'no -y', [D, 'RUN apt-get install --no-install-recommends curl=8.5.0-2'], O),
  fire(
    'DL3014',
    'exec form',
    [D, 'RUN ["apt-get", "install", "--no-install-recommends", "curl=8.5.0-2"]'],
    O,
  ),
  quiet('DL3014', '-y', [D, 'RUN apt-get install -y --no-install-recommends curl=8.5.0-2'], O),
  quiet('DL3014', '-qq', [D, 'RUN apt-get install -qq --no-install-recommends curl=8.5.0-2'], O),
  quiet('DL3014', '-q -q', [D, 'RUN apt-get -q -q install --no-install-recommends curl=8.5.0-2'], O),
  quiet(
    'DL3014',
    '--assume-yes',
    [D, 'RUN apt-get install --assume-yes --no-install-recommends curl=8.5.0-2'],
    O,
  ),
  quiet('DL3014', 'bundled -qy', [D, 'RUN apt-get install -qy --no-install-recommends curl=8.5.0-2'], O),

  // DL3015 --no-install-recommends
  fire('DL3015', 'recommends installed', [D, 'RUN apt-get install -y curl=8.5.0-2'], O),
  fire('DL3015', 'exec form', [D, 'RUN ["apt-get", "install", "-y", "curl=8.5.0-2"]'], O),
  quiet('DL3015', 'flag given', [D, 'RUN apt-get install -y --no-install-recommends curl=8.5.0-2'], O),
  quiet(
    'DL3015',
    'apt option',
    [D, 'RUN apt-get install -y -o APT::Install-Recommends=false curl=8.5.0-2'],
    O,
  ),

  // DL3016 pin npm packages
  fire('DL3016', 'unpinned', [N, 'RUN npm install -g typescript'], O),
  fire('DL3016', 'exec form', [N, 'RUN ["npm", "install", "-g", "typescript"]'], O),
  fire('DL3016', 'git URL without a ref', [N, 'RUN npm install git+ssh://git@example.com/org/lib.git'], O),
  fire('DL3016', 'option value before the verb', [N, 'RUN npm --loglevel verbose install -g typescript'], O),
  quiet('DL3016', 'pinned', [N, 'RUN npm install -g typescript@5.6.3'], O),
  quiet('DL3016', 'scoped and pinned', [N, 'RUN npm install -g @angular/cli@18.2.0'], O),
  quiet(
    'DL3016',
    'option value before the verb, pinned',
    [N, 'RUN npm --loglevel verbose install -g typescript@5.6.3'],
    O,
  ),
  quiet('DL3016', 'lock file install', [N, 'RUN npm ci'], O),
  quiet('DL3016', 'no packages named', [N, 'RUN npm install'], O),
  quiet('DL3016', 'git URL at a ref', [N, 'RUN npm install git+ssh://git@example.com/org/lib.git#v1.0.0'], O),
  quiet('DL3016', 'tarball .tgz', [N, 'RUN npm install /tmp/lib-1.0.0.tgz'], O),
  quiet('DL3016', 'tarball .tar', [N, 'RUN npm install ./lib-1.0.0.tar'], O),

  // DL3018 pin apk packages
  fire('DL3018', 'unpinned', [A, 'RUN apk add --no-cache curl'], O),
  fire('DL3018', 'exec form', [A, 'RUN ["apk", "add", "--no-cache", "curl"]'], O),
  quiet('DL3018', 'pinned', [A, 'RUN apk add --no-cache curl=8.9.1-r0'], O),
  quiet('DL3018', 'range pin', [A, 'RUN apk add --no-cache "curl>8.0"'], O),
  quiet(
    'DL3018',
    'virtual name is not a package',
    [A, 'RUN apk add --no-cache --virtual .deps gcc=13.2.1_git20240309-r0'],
    O,
  ),

  // DL3019 apk --no-cache
  fire('DL3019', 'no --no-cache', [A, 'RUN apk add curl=8.9.1-r0'], O),
  fire('DL3019', 'exec form', [A, 'RUN ["apk", "add", "curl=8.9.1-r0"]'], O),
  quiet('DL3019', '--no-cache', [A, 'RUN apk add --no-cache curl=8.9.1-r0'], O),
  quiet(
    'DL3019',
    'cache mount',
    [A, 'RUN --mount=type=cache,target=/var/cache/apk apk add curl=8.9.1-r0'],
    O,
  ),

  // DL3020 COPY instead of ADD
  fire('DL3020', 'ADD local file', [D, 'ADD app.conf /etc/app/']),
  fire('DL3020', 'ADD quoted local file', [D, 'ADD "app.conf" /etc/app/']),
  fire('DL3020', 'ADD in JSON form', [D, 'ADD ["app.conf", "/etc/app/"]']),
  quiet('DL3020', 'ADD archive', [D, 'ADD app.tar.gz /opt/']),
  quiet('DL3020', 'ADD URL', [D, 'ADD https://example.com/app.tar.gz /opt/']),
  quiet('DL3020', 'ADD quoted URL', [D, 'ADD "https://example.com/app.tar.gz" /opt/']),
  quiet('DL3020', 'ADD URL with checksum', [
    D,
    'ADD --checksum=sha256:' + 'c'.repeat(64) + ' https://example.com/app.tar.gz /opt/',
  ]),
  quiet('DL3020', 'ADD quoted archive', [D, 'ADD "app.tar.gz" /opt/']),

  // DL3021 COPY several sources needs a dir
  fire('DL3021', 'two sources, no slash', [D, 'COPY a.txt b.txt /dest']),
  quiet('DL3021', 'two sources, slash', [D, 'COPY a.txt b.txt /dest/']),
  quiet('DL3021', 'one source', [D, 'COPY a.txt /dest']),

  // DL3022 COPY --from an earlier stage
  fire('DL3022', 'unknown stage name', [D, 'COPY --from=builder /out /out']),
  quiet('DL3022', 'earlier stage', [
    'FROM debian:12.7-slim AS builder',
    'RUN true',
    'FROM debian:12.7-slim',
    'COPY --from=builder /out /out',
  ]),
  quiet('DL3022', 'image reference', [D, 'COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/']),
  quiet('DL3022', 'stage index', [
    'FROM debian:12.7-slim',
    'RUN true',
    'FROM debian:12.7-slim',
    'COPY --from=0 /out /out',
  ]),

  // DL3023 COPY --from its own stage
  fire('DL3023', 'own stage', ['FROM debian:12.7-slim AS app', 'COPY --from=app /a /b']),
  quiet('DL3023', 'other stage', [
    'FROM debian:12.7-slim AS build',
    'RUN true',
    'FROM debian:12.7-slim AS app',
    'COPY --from=build /a /b',
  ]),

  // DL3024 unique stage names
  fire('DL3024', 'duplicate', ['FROM debian:12.7-slim AS x', 'FROM debian:12.7-slim AS x']),
  quiet('DL3024', 'distinct', ['FROM debian:12.7-slim AS x', 'FROM debian:12.7-slim AS y']),

  // DL3025 JSON form
  fire('DL3025', 'shell form CMD', [D, 'CMD node server.js']),
  fire('DL3025', 'shell form ENTRYPOINT', [D, 'ENTRYPOINT /entrypoint.sh']),
  quiet('DL3025', 'exec form', [D, 'CMD ["node", "server.js"]']),

  // DL3026 trusted registries
  fire('DL3026', 'FROM an untrusted registry', ['FROM other.example/base:1.0'], {
    options: { trustedRegistries: ['docker.io'] },
  }),
  fire(
    'DL3026',
    'COPY --from an untrusted image',
    ['FROM debian:12.7-slim', 'COPY --from=other.example/tools:1.0 /bin/tool /bin/'],
    { options: { trustedRegistries: ['docker.io'] } },
  ),
  fire(
    'DL3026',
    'RUN --mount from an untrusted image',
    [
      'FROM debian:12.7-slim',
      'RUN --mount=type=bind,from=other.example/tools:1.0,source=/bin/tool,target=/t /t --version',
    ],
    { options: { trustedRegistries: ['docker.io'] } },
  ),
  quiet('DL3026', 'Docker Hub trusted', ['FROM debian:12.7-slim'], {
    options: { trustedRegistries: ['docker.io'] },
  }),
  quiet(
    'DL3026',
    'COPY --from a stage',
    ['FROM debian:12.7-slim AS b', 'RUN true', 'FROM debian:12.7-slim', 'COPY --from=b /x /x'],
    { options: { trustedRegistries: ['docker.io'] } },
  ),
  quiet(
    'DL3026',
    'COPY --from a trusted image',
    ['FROM debian:12.7-slim', 'COPY --from=ghcr.io/org/tools:1.0 /bin/tool /bin/'],
    { options: { trustedRegistries: ['docker.io', 'ghcr.io'] } },
  ),
  quiet('DL3026', 'no policy', ['FROM other.example/base:1.0']),

  // DL3027 apt
  fire('DL3027', 'apt install', [D, 'RUN apt install -y curl'], O),
  fire('DL3027', 'apt in exec form', [D, 'RUN ["apt", "install", "-y", "curl"]'], O),
  quiet('DL3027', 'apt-get', [D, 'RUN apt-get install -y --no-install-recommends curl=8.5.0-2'], O),

  // DL3028 pin gems
  fire('DL3028', 'unpinned', ['FROM ruby:3.3-slim', 'RUN gem install rake'], O),
  quiet('DL3028', 'name:version', ['FROM ruby:3.3-slim', 'RUN gem install rake:13.2.1'], O),
  quiet('DL3028', '-v', ['FROM ruby:3.3-slim', 'RUN gem install rake -v 13.2.1'], O),

  // DL3029 --platform on FROM
  fire('DL3029', 'constant platform', ['FROM --platform=linux/amd64 debian:12.7-slim']),
  quiet('DL3029', 'platform from a variable', ['FROM --platform=$BUILDPLATFORM debian:12.7-slim']),
  fire(
    'DL3029',
    'constant platform on a stage named for it',
    ['FROM --platform=linux/arm64 debian:12.7-slim AS build-arm64'],
    {
      ours: 'quiet',
      why: 'a stage named for its platform, picked with `FROM build-${TARGETARCH}`, is the per-architecture pattern Docker documents for FromPlatformFlagConstDisallowed; hadolint flags it although nothing is forced on a build that does not ask for that stage',
    },
  ),

  // DL3030 yum -y
  fire('DL3030', 'no -y', [R, 'RUN yum install nginx-1.20.1 && yum clean all'], O),
  fire('DL3030', 'exec form', [R, 'RUN ["yum", "install", "nginx-1.20.1"]'], O),
  quiet('DL3030', '-y', [R, 'RUN yum install -y nginx-1.20.1 && yum clean all'], O),
  quiet('DL3030', '--assumeyes', [R, 'RUN yum --assumeyes install nginx-1.20.1 && yum clean all'], O),

  // DL3032 yum clean all
  fire('DL3032', 'not cleaned', [R, 'RUN yum install -y nginx-1.20.1'], O),
  fire('DL3032', 'cleaned before installing', [R, 'RUN yum clean all && yum install -y bash-5.1.8'], O),
  quiet('DL3032', 'cleaned', [R, 'RUN yum install -y nginx-1.20.1 && yum clean all'], O),
  quiet('DL3032', 'cache removed', [R, 'RUN yum install -y nginx-1.20.1 && rm -rf /var/cache/yum'], O),
  quiet(
    'DL3032',
    'cache mount',
    [R, 'RUN --mount=type=cache,target=/var/cache/yum yum install -y nginx-1.20.1'],
    O,
  ),

  // DL3033 pin yum packages
  fire('DL3033', 'unpinned', [R, 'RUN yum install -y nginx && yum clean all'], O),
  fire('DL3033', 'module without a stream', [R, 'RUN yum module install -y nodejs && yum clean all'], O),
  quiet('DL3033', 'pinned', [R, 'RUN yum install -y nginx-1.20.1 && yum clean all'], O),
  quiet('DL3033', 'module with a stream', [R, 'RUN yum module install -y nodejs:20 && yum clean all'], O),
  quiet('DL3033', 'local rpm', [R, 'RUN yum install -y /tmp/tool.rpm && yum clean all'], O),

  // DL3034 zypper -n
  fire('DL3034', 'no -n', ['FROM opensuse/leap:15.6', 'RUN zypper install curl=8.6.0 && zypper clean'], O),
  quiet('DL3034', '-n', ['FROM opensuse/leap:15.6', 'RUN zypper -n install curl=8.6.0 && zypper clean'], O),
  quiet(
    'DL3034',
    '-y after the verb',
    ['FROM opensuse/leap:15.6', 'RUN zypper install -y curl=8.6.0 && zypper clean'],
    O,
  ),

  // DL3035 zypper dist-upgrade
  fire('DL3035', 'dist-upgrade', ['FROM opensuse/leap:15.6', 'RUN zypper -n dist-upgrade'], O),
  fire('DL3035', 'dup', ['FROM opensuse/leap:15.6', 'RUN zypper -n dup'], O),
  quiet(
    'DL3035',
    'install',
    ['FROM opensuse/leap:15.6', 'RUN zypper -n install curl=8.6.0 && zypper clean'],
    O,
  ),

  // DL3036 zypper clean
  fire('DL3036', 'not cleaned', ['FROM opensuse/leap:15.6', 'RUN zypper -n install curl=8.6.0'], O),
  fire(
    'DL3036',
    'cleaned before installing',
    ['FROM opensuse/leap:15.6', 'RUN zypper clean && zypper -n install curl=8.6.0'],
    O,
  ),
  quiet(
    'DL3036',
    'cleaned',
    ['FROM opensuse/leap:15.6', 'RUN zypper -n install curl=8.6.0 && zypper clean -a'],
    O,
  ),
  quiet('DL3036', 'cc alias', ['FROM opensuse/leap:15.6', 'RUN zypper -n in curl=8.6.0 && zypper cc'], O),

  // DL3037 pin zypper packages
  fire('DL3037', 'unpinned', ['FROM opensuse/leap:15.6', 'RUN zypper -n install curl && zypper clean'], O),
  fire('DL3037', 'alias in', ['FROM opensuse/leap:15.6', 'RUN zypper -n in curl && zypper clean'], O),
  quiet(
    'DL3037',
    'pinned',
    ['FROM opensuse/leap:15.6', 'RUN zypper -n install "curl>=8.6" && zypper clean'],
    O,
  ),

  // DL3038 dnf -y
  fire('DL3038', 'no -y', ['FROM fedora:40', 'RUN dnf install nginx-1.26.2 && dnf clean all'], O),
  fire('DL3038', 'alias in', ['FROM fedora:40', 'RUN dnf in nginx-1.26.2 && dnf clean all'], O),
  fire(
    'DL3038',
    'microdnf',
    [
      'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4',
      'RUN microdnf install nginx-1.20.1 && microdnf clean all',
    ],
    O,
  ),
  quiet('DL3038', '-y', ['FROM fedora:40', 'RUN dnf install -y nginx-1.26.2 && dnf clean all'], O),

  // DL3040 dnf clean all
  fire('DL3040', 'not cleaned', ['FROM fedora:40', 'RUN dnf install -y nginx-1.26.2'], O),
  fire(
    'DL3040',
    'second install after the clean',
    ['FROM fedora:40', 'RUN dnf install -y nginx-1.26.2 && dnf clean all && dnf install -y git-2.46.0'],
    O,
  ),
  fire(
    'DL3040',
    'microdnf not cleaned',
    ['FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4', 'RUN microdnf install -y nginx-1.20.1'],
    O,
  ),
  fire('DL3040', 'alias in', ['FROM fedora:40', 'RUN dnf in -y nginx-1.26.2'], O),
  quiet('DL3040', 'cleaned', ['FROM fedora:40', 'RUN dnf install -y nginx-1.26.2 && dnf clean all'], O),
  quiet(
    'DL3040',
    'microdnf cache removed',
    [
      'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4',
      'RUN microdnf install -y nginx-1.20.1 && rm -rf /var/cache/yum',
    ],
    O,
  ),
  quiet(
    'DL3040',
    'cache mount',
    ['FROM fedora:40', 'RUN --mount=type=cache,target=/var/cache/dnf dnf install -y nginx-1.26.2'],
    O,
  ),

  // DL3041 pin dnf packages
  fire('DL3041', 'unpinned', ['FROM fedora:40', 'RUN dnf install -y nginx && dnf clean all'], O),
  fire('DL3041', 'reinstall alias rei', ['FROM fedora:40', 'RUN dnf rei -y nginx && dnf clean all'], O),
  fire(
    'DL3041',
    'module without a stream',
    ['FROM fedora:40', 'RUN dnf module install -y nodejs && dnf clean all'],
    O,
  ),
  quiet('DL3041', 'pinned', ['FROM fedora:40', 'RUN dnf install -y nginx-1.26.2 && dnf clean all'], O),
  quiet(
    'DL3041',
    'module with a stream',
    ['FROM fedora:40', 'RUN dnf module install -y nodejs:20 && dnf clean all'],
    O,
  ),

  // DL3042 pip --no-cache-dir
  fire('DL3042', 'cache kept', [P, 'RUN pip install flask==3.0.3'], O),
  fire('DL3042', 'exec form', [P, 'RUN ["pip", "install", "flask==3.0.3"]'], O),
  quiet('DL3042', 'flag', [P, 'RUN pip install --no-cache-dir flask==3.0.3'], O),
  quiet('DL3042', 'env in the stage', [P, 'ENV PIP_NO_CACHE_DIR=1', 'RUN pip install flask==3.0.3'], O),
  quiet(
    'DL3042',
    'env inherited from the parent stage',
    ['FROM python:3.12-slim AS base', 'ENV PIP_NO_CACHE_DIR=1', 'FROM base', 'RUN pip install flask==3.0.3'],
    O,
  ),
  fire(
    'DL3042',
    'env only in an unrelated stage',
    [
      'FROM python:3.12-slim AS other',
      'ENV PIP_NO_CACHE_DIR=1',
      'FROM python:3.12-slim',
      'RUN pip install flask==3.0.3',
    ],
    O,
  ),
  fire('DL3042', 'PIP_NO_CACHE_DIR=0', [P, 'ENV PIP_NO_CACHE_DIR=0', 'RUN pip install flask==3.0.3'], {
    ours: 'quiet',
    why: 'hadolint is wrong here: pip disables its cache for any value of PIP_NO_CACHE_DIR, "0" and "false" included (kept for backwards compatibility, see pip\'s `_handle_no_cache_dir`)',
  }),
  quiet(
    'DL3042',
    'cache mount',
    [P, 'RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3'],
    O,
  ),
  quiet('DL3042', 'pipenv is another tool', [P, 'RUN pipenv install'], O),

  // DL3043 ONBUILD ONBUILD / FROM / MAINTAINER
  fire('DL3043', 'ONBUILD FROM', [D, 'ONBUILD FROM debian:12.7-slim']),
  quiet('DL3043', 'ONBUILD RUN', [D, 'ONBUILD RUN make']),

  // DL3044 ENV self reference
  fire('DL3044', 'same ENV', [D, 'ENV A=/opt B=$A/bin']),
  quiet('DL3044', 'earlier ENV', [D, 'ENV A=/opt', 'ENV B=$A/bin']),
  quiet('DL3044', 'extends PATH', [D, 'ENV PATH=/opt/bin:$PATH']),

  // DL3045 COPY relative destination without WORKDIR
  fire('DL3045', 'no workdir', [D, 'COPY app.conf conf/']),
  quiet('DL3045', 'workdir set', [D, 'WORKDIR /srv', 'COPY app.conf conf/']),
  quiet('DL3045', 'workdir inherited from the parent stage', [
    'FROM debian:12.7-slim AS base',
    'WORKDIR /srv',
    'FROM base',
    'COPY app.conf conf/',
  ]),
  quiet('DL3045', 'absolute destination', [D, 'COPY app.conf /etc/app/']),
  quiet('DL3045', 'quoted absolute destination', [D, 'COPY app.conf "/etc/app/"']),

  // DL3046 useradd -l
  fire('DL3046', 'high uid', [D, 'RUN useradd -u 123456789 app'], O),
  quiet('DL3046', '-l', [D, 'RUN useradd -l -u 123456789 app'], O),
  quiet('DL3046', 'low uid', [D, 'RUN useradd -u 1000 app'], O),

  // DL3047 wget progress
  fire('DL3047', 'plain wget', [D, 'RUN wget https://example.com/f.tgz'], O),
  quiet('DL3047', '-q', [D, 'RUN wget -q https://example.com/f.tgz'], O),
  quiet('DL3047', '--progress', [D, 'RUN wget --progress=dot:giga https://example.com/f.tgz'], O),
  quiet('DL3047', '-o log file', [D, 'RUN wget -o /tmp/wget.log https://example.com/f.tgz'], O),
  quiet('DL3047', '--output-file', [D, 'RUN wget --output-file=/tmp/wget.log https://example.com/f.tgz'], O),
  quiet('DL3047', '-nv', [D, 'RUN wget -nv https://example.com/f.tgz'], O),

  // DL3048 label keys
  fire('DL3048', 'invalid key', [D, 'LABEL -bad=1']),
  quiet('DL3048', 'valid key', [D, 'LABEL org.example.team=web']),

  // DL3049 required labels
  fire('DL3049', 'missing', [D], { options: { requiredLabels: { maintainer: 'text' } } }),
  quiet('DL3049', 'present', [D, 'LABEL maintainer=me'], {
    options: { requiredLabels: { maintainer: 'text' } },
  }),

  // DL3050 superfluous labels (strict)
  fire('DL3050', 'extra label', [D, 'LABEL maintainer=me other=x'], {
    options: { requiredLabels: { maintainer: 'text' }, enabledRules: ['DL3050'] },
  }),
  quiet('DL3050', 'only schema labels', [D, 'LABEL maintainer=me'], {
    options: { requiredLabels: { maintainer: 'text' }, enabledRules: ['DL3050'] },
  }),

  // DL3051 empty label
  fire('DL3051', 'empty value', [D, 'LABEL maintainer=""'], {
    options: { requiredLabels: { maintainer: 'text' } },
  }),
  quiet('DL3051', 'value', [D, 'LABEL maintainer=me'], {
    options: { requiredLabels: { maintainer: 'text' } },
  }),

  // DL3052–DL3056, DL3058 label formats
  fire('DL3052', 'not a URL', [D, 'LABEL src=nowhere'], { options: { requiredLabels: { src: 'url' } } }),
  quiet('DL3052', 'URL', [D, 'LABEL src=https://example.com/repo'], {
    options: { requiredLabels: { src: 'url' } },
  }),
  fire('DL3053', 'not RFC 3339', [D, 'LABEL created=yesterday'], {
    options: { requiredLabels: { created: 'rfc3339' } },
  }),
  quiet('DL3053', 'RFC 3339', [D, 'LABEL created=2024-05-01T10:00:00Z'], {
    options: { requiredLabels: { created: 'rfc3339' } },
  }),
  fire('DL3054', 'not SPDX', [D, 'LABEL license=whatever'], {
    options: { requiredLabels: { license: 'spdx' } },
  }),
  quiet('DL3054', 'SPDX id', [D, 'LABEL license=MIT'], { options: { requiredLabels: { license: 'spdx' } } }),
  quiet('DL3054', 'SPDX expression', [D, 'LABEL license="Apache-2.0 OR MIT"'], {
    options: { requiredLabels: { license: 'spdx' } },
  }),
  quiet(
    'DL3054',
    'SPDX with exception',
    [D, 'LABEL license="GPL-2.0-or-later WITH Classpath-exception-2.0"'],
    { options: { requiredLabels: { license: 'spdx' } } },
  ),
  fire('DL3055', 'not a git hash', [D, 'LABEL rev=abc'], { options: { requiredLabels: { rev: 'hash' } } }),
  quiet('DL3055', 'git hash', [D, 'LABEL rev=' + '0123456789abcdef0123456789abcdef01234567'], {
    options: { requiredLabels: { rev: 'hash' } },
  }),
  fire('DL3056', 'not semver', [D, 'LABEL version=v1'], {
    options: { requiredLabels: { version: 'semver' } },
  }),
  quiet('DL3056', 'semver', [D, 'LABEL version=1.2.3'], {
    options: { requiredLabels: { version: 'semver' } },
  }),
  fire('DL3058', 'not an email', [D, 'LABEL mail=someone'], {
    options: { requiredLabels: { mail: 'email' } },
  }),
  quiet('DL3058', 'email', [D, 'LABEL mail=someone@example.com'], {
    options: { requiredLabels: { mail: 'email' } },
  }),

  // DL3057 HEALTHCHECK missing (opt-in)
  fire('DL3057', 'no healthcheck', [D, 'CMD ["true"]'], { options: { enabledRules: ['DL3057'] } }),
  quiet('DL3057', 'healthcheck', [D, 'HEALTHCHECK CMD true', 'CMD ["true"]'], {
    options: { enabledRules: ['DL3057'] },
  }),
  quiet(
    'DL3057',
    'healthcheck inherited from the parent stage',
    ['FROM debian:12.7-slim AS base', 'HEALTHCHECK CMD true', 'FROM base', 'CMD ["true"]'],
    { options: { enabledRules: ['DL3057'] } },
  ),

  // DL3059 consecutive RUN
  fire('DL3059', 'two short RUNs', [D, 'RUN mkdir /a', 'RUN mkdir /b']),
  quiet('DL3059', 'a chain of three', [
    D,
    'RUN apt-get update && apt-get install -y --no-install-recommends a=1 && rm -rf /var/lib/apt/lists/*',
    'RUN mkdir /b',
  ]),
  quiet('DL3059', 'different mounts', [
    D,
    'RUN --mount=type=cache,target=/root/.cache mkdir /a',
    'RUN mkdir /b',
  ]),
  quiet('DL3059', 'separated', [D, 'RUN mkdir /a', 'WORKDIR /a', 'RUN mkdir /b']),

  // DL3060 yarn cache clean
  fire('DL3060', 'not cleaned', [N, 'RUN yarn install --frozen-lockfile'], O),
  quiet('DL3060', 'cleaned', [N, 'RUN yarn install --frozen-lockfile && yarn cache clean'], O),
  quiet(
    'DL3060',
    'cache mount',
    [N, 'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile'],
    O,
  ),

  // DL3061 first instruction
  fire('DL3061', 'RUN before FROM', ['RUN true', D]),
  quiet('DL3061', 'ARG before FROM', ['ARG V=12', 'FROM debian:${V}']),

  // DL3062 go install pin
  fire('DL3062', '@latest', ['FROM golang:1.23', 'RUN go install example.com/tool@latest'], O),
  fire('DL3062', 'no version', ['FROM golang:1.23', 'RUN go install example.com/tool'], O),
  fire('DL3062', 'go run @latest', ['FROM golang:1.23', 'RUN go run example.com/gen@latest'], O),
  quiet('DL3062', 'version', ['FROM golang:1.23', 'RUN go install example.com/tool@v1.4.2'], O),
  quiet('DL3062', 'local package', ['FROM golang:1.23', 'RUN go install ./cmd/app'], O),

  fire('DL3062', 'go get of a remote module', ['FROM golang:1.23', 'RUN go get example.com/lib'], O),
  fire('DL3062', 'package of the GOPATH', ['FROM golang:1.23', 'RUN go install app/server'], {
    ours: 'quiet',
    why: 'a path whose first element has no dot is a package of the GOPATH or of the module being built, never a remote module, so there is no version to pin; hadolint reports any path without `@`',
  }),

  // DL3063 reserved stage names
  fire('DL3063', 'scratch as name', ['FROM debian:12.7-slim AS scratch']),
  quiet('DL3063', 'ordinary name', ['FROM debian:12.7-slim AS build']),

  // DL3064 secrets in ARG/ENV
  fire('DL3064', 'password env', [D, 'ENV DB_PASSWORD=hunter2']),
  quiet('DL3064', 'ordinary env', [D, 'ENV APP_MODE=prod']),

  // DL3065 --platform=$TARGETPLATFORM
  fire('DL3065', 'redundant', ['FROM --platform=$TARGETPLATFORM debian:12.7-slim']),
  quiet('DL3065', 'build platform', ['FROM --platform=$BUILDPLATFORM debian:12.7-slim']),

  // DL3066 USER by name
  fire('DL3066', 'user name', [D, 'USER app']),
  quiet('DL3066', 'numeric', [D, 'USER 1000:1000']),

  // DL3067 whole filesystem
  fire('DL3067', 'copy /', [
    'FROM debian:12.7-slim AS b',
    'RUN true',
    'FROM debian:12.7-slim',
    'COPY --from=b / /',
  ]),
  quiet('DL3067', 'copy a dir', [
    'FROM debian:12.7-slim AS b',
    'RUN true',
    'FROM debian:12.7-slim',
    'COPY --from=b /out /out',
  ]),

  // DL4000 MAINTAINER
  fire('DL4000', 'maintainer', [D, 'MAINTAINER me']),
  quiet('DL4000', 'label', [D, 'LABEL maintainer=me']),

  // DL4001 wget and curl
  fire(
    'DL4001',
    'both in one stage',
    [D, 'RUN curl -fsS https://example.com/a -o /a', 'RUN wget -q https://example.com/b'],
    O,
  ),
  quiet('DL4001', 'curl only', [D, 'RUN curl -fsS https://example.com/a -o /a'], O),
  quiet('DL4001', 'one in each of two stages', [
    'FROM debian:12.7-slim AS a',
    'RUN curl -fsS https://example.com/a -o /a',
    'FROM debian:12.7-slim',
    'RUN wget -q https://example.com/b',
  ]),

  // DL4003 / DL4004 several CMD / ENTRYPOINT
  fire('DL4003', 'two CMD', [D, 'CMD ["a"]', 'CMD ["b"]']),
  quiet('DL4003', 'one per stage', [
    'FROM debian:12.7-slim AS a',
    'CMD ["a"]',
    'FROM debian:12.7-slim',
    'CMD ["b"]',
  ]),
  fire('DL4004', 'two ENTRYPOINT', [D, 'ENTRYPOINT ["a"]', 'ENTRYPOINT ["b"]']),
  quiet('DL4004', 'one', [D, 'ENTRYPOINT ["a"]']),

  // DL4005 SHELL instead of symlink
  fire('DL4005', 'ln /bin/sh', [D, 'RUN ln -sf /bin/bash /bin/sh'], O),
  quiet('DL4005', 'other link', [D, 'RUN ln -sf /usr/bin/python3 /usr/bin/python'], O),

  // DL4006 pipefail
  fire('DL4006', 'pipe without pipefail', [D, 'RUN curl -fsS https://example.com/x | tar -xz'], O),
  quiet(
    'DL4006',
    'set -o pipefail',
    [D, 'RUN set -o pipefail && curl -fsS https://example.com/x | tar -xz'],
    O,
  ),
  quiet('DL4006', 'SHELL with pipefail', [
    D,
    'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    'RUN curl -fsS https://example.com/x | tar -xz',
  ]),
  quiet('DL4006', 'SHELL inherited from the parent stage', [
    'FROM debian:12.7-slim AS base',
    'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    'FROM base',
    'RUN curl -fsS https://example.com/x | tar -xz',
  ]),
  quiet('DL4006', 'no pipe', [D, 'RUN curl -fsS -o /x https://example.com/x'], O),

  // Suppression parity (hadolint's own pragmas)
  quiet(
    'DL3008',
    'inline ignore',
    [D, '# hadolint ignore=DL3008', 'RUN apt-get install -y --no-install-recommends curl'],
    O,
  ),
  quiet(
    'DL3008',
    'global ignore',
    ['# hadolint global ignore=DL3008', D, 'RUN apt-get install -y --no-install-recommends curl'],
    O,
  ),
  quiet(
    'DL3008',
    'ignore with a trailing reason',
    [
      D,
      '# hadolint ignore=DL3008 # the mirror pins it',
      'RUN apt-get install -y --no-install-recommends curl',
    ],
    O,
  ),
  quiet('DL3008', 'stage ignore', [
    '# hadolint stage ignore=DL3008',
    D,
    'RUN apt-get install -y --no-install-recommends curl',
    'RUN apt-get install -y --no-install-recommends git',
  ]),
  fire('DL3008', 'stage ignore ends with its stage', [
    '# hadolint stage ignore=DL3008',
    'FROM debian:12.7-slim AS a',
    'RUN true',
    D,
    'RUN apt-get install -y --no-install-recommends git',
  ]),
];
