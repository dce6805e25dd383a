/** Our own cases for the Trivy Dockerfile checks we claim, written to the checks' documented semantics. */
import { type ConformanceCase, casesFor } from './case.js';

const { fire, quiet } = casesFor('trivy');
const D = 'FROM debian:12.7-slim';
const R = 'FROM rockylinux:9.3';
const U = 'USER 1000';
const O = { onbuild: true };

export const TRIVY_CASES: ConformanceCase[] = [
  // DS-0001 latest or no tag
  fire('DS-0001', 'no tag', ['FROM debian', U]),
  fire('DS-0001', 'latest', ['FROM debian:latest', U]),
  quiet('DS-0001', 'tagged', [D, U]),
  quiet('DS-0001', 'stage alias', ['FROM debian:12.7-slim AS base', 'FROM base', U]),
  quiet('DS-0001', 'scratch', ['FROM scratch', U]),

  // DS-0002 root
  fire('DS-0002', 'no USER at all', [D, 'CMD ["true"]']),
  fire('DS-0002', 'last USER root', [D, 'USER root']),
  quiet('DS-0002', 'non-root user', [D, U]),
  quiet('DS-0002', 'user set in the parent stage', [
    'FROM debian:12.7-slim AS base',
    U,
    'FROM base',
    'CMD ["true"]',
  ]),

  // DS-0004 port 22
  fire('DS-0004', 'ssh port', [D, U, 'EXPOSE 22']),
  quiet('DS-0004', 'web port', [D, U, 'EXPOSE 8080']),

  // DS-0005 ADD instead of COPY
  fire('DS-0005', 'local file', [D, U, 'ADD app.conf /etc/app/']),
  fire('DS-0005', 'quoted local file', [D, U, 'ADD "app.conf" /etc/app/']),
  quiet('DS-0005', 'archive', [D, U, 'ADD app.tar.gz /opt/']),
  quiet('DS-0005', 'COPY', [D, U, 'COPY app.conf /etc/app/']),

  // DS-0006 COPY --from own stage
  fire('DS-0006', 'own stage', ['FROM debian:12.7-slim AS app', U, 'COPY --from=app /a /b']),
  quiet('DS-0006', 'other stage', [
    'FROM debian:12.7-slim AS b',
    'RUN true',
    'FROM debian:12.7-slim AS app',
    U,
    'COPY --from=b /a /b',
  ]),

  // DS-0007 / DS-0016 / DS-0023 several ENTRYPOINT / CMD / HEALTHCHECK
  fire('DS-0007', 'two entrypoints', [D, U, 'ENTRYPOINT ["a"]', 'ENTRYPOINT ["b"]']),
  quiet('DS-0007', 'one entrypoint', [D, U, 'ENTRYPOINT ["a"]']),
  fire('DS-0016', 'two CMD', [D, U, 'CMD ["a"]', 'CMD ["b"]']),
  quiet('DS-0016', 'one CMD per stage', ['FROM debian:12.7-slim AS a', 'CMD ["a"]', D, U, 'CMD ["b"]']),
  fire('DS-0023', 'two healthchecks', [D, U, 'HEALTHCHECK CMD true', 'HEALTHCHECK CMD false']),
  quiet('DS-0023', 'one healthcheck', [D, U, 'HEALTHCHECK CMD true']),

  // DS-0008 port range
  fire('DS-0008', 'port above 65535', [D, U, 'EXPOSE 65536']),
  quiet('DS-0008', 'valid', [D, U, 'EXPOSE 65535']),

  // DS-0009 WORKDIR absolute
  fire('DS-0009', 'relative', [D, U, 'WORKDIR app']),
  quiet('DS-0009', 'absolute', [D, U, 'WORKDIR /app']),
  quiet('DS-0009', 'quoted absolute', [D, U, 'WORKDIR "/app"']),
  quiet('DS-0009', 'variable', [D, U, 'ENV APP=/app', 'WORKDIR ${APP}']),

  // DS-0010 sudo
  fire('DS-0010', 'sudo', [D, U, 'RUN sudo make install'], O),
  fire('DS-0010', 'sudo in exec form', [D, U, 'RUN ["sudo", "make", "install"]'], O),
  quiet('DS-0010', 'no sudo', [D, U, 'RUN make install'], O),

  // DS-0011 COPY several sources
  fire('DS-0011', 'no trailing slash', [D, U, 'COPY a b /dest']),
  quiet('DS-0011', 'trailing slash', [D, U, 'COPY a b /dest/']),

  // DS-0012 duplicate stage names
  fire('DS-0012', 'duplicate', ['FROM debian:12.7-slim AS a', 'FROM debian:12.7-slim AS a', U]),
  quiet('DS-0012', 'distinct', ['FROM debian:12.7-slim AS a', 'FROM debian:12.7-slim AS b', U]),

  // DS-0013 RUN cd
  fire('DS-0013', 'cd', [D, U, 'RUN cd /usr/src/app && make'], O),
  quiet('DS-0013', 'workdir', [D, U, 'WORKDIR /usr/src/app', 'RUN make'], O),

  // DS-0014 wget and curl
  fire(
    'DS-0014',
    'both',
    [D, U, 'RUN curl -fsSo /a https://example.com/a && wget -q https://example.com/b'],
    O,
  ),
  quiet('DS-0014', 'curl only', [D, U, 'RUN curl -fsSo /a https://example.com/a'], O),

  // DS-0015 yum clean all
  fire('DS-0015', 'not cleaned', [R, U, 'RUN yum install -y nginx-1.20.1'], O),
  fire('DS-0015', 'exec form', [R, U, 'RUN ["yum", "install", "-y", "nginx-1.20.1"]'], O),
  fire('DS-0015', 'cleaned before installing', [R, U, 'RUN yum clean all && yum install -y nginx-1.20.1'], O),
  quiet('DS-0015', 'cleaned', [R, U, 'RUN yum install -y nginx-1.20.1 && yum clean all'], O),

  // DS-0017 update alone
  fire(
    'DS-0017',
    'apt-get update alone',
    [D, U, 'RUN apt-get update', 'RUN apt-get install -y --no-install-recommends curl=8.5.0-2'],
    O,
  ),
  fire('DS-0017', 'exec form update', [D, U, 'RUN ["apt-get", "update"]']),
  quiet(
    'DS-0017',
    'update with install',
    [
      D,
      U,
      'RUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2 && rm -rf /var/lib/apt/lists/*',
    ],
    O,
  ),

  // DS-0019 dnf clean all
  fire('DS-0019', 'not cleaned', ['FROM fedora:40', U, 'RUN dnf install -y nginx-1.26.2'], O),
  fire(
    'DS-0019',
    'second install after the clean',
    ['FROM fedora:40', U, 'RUN dnf install -y a-1.0 && dnf clean all && dnf install -y b-1.0'],
    O,
  ),
  quiet('DS-0019', 'cleaned', ['FROM fedora:40', U, 'RUN dnf install -y nginx-1.26.2 && dnf clean all'], O),

  // DS-0020 zypper clean
  fire('DS-0020', 'not cleaned', ['FROM opensuse/leap:15.6', U, 'RUN zypper -n install curl=8.6.0'], O),
  quiet(
    'DS-0020',
    'cleaned',
    ['FROM opensuse/leap:15.6', U, 'RUN zypper -n install curl=8.6.0 && zypper clean'],
    O,
  ),

  // DS-0021 apt-get -y
  fire('DS-0021', 'no -y', [D, U, 'RUN apt-get install --no-install-recommends curl=8.5.0-2'], O),
  fire(
    'DS-0021',
    'exec form',
    [D, U, 'RUN ["apt-get", "install", "--no-install-recommends", "curl=8.5.0-2"]'],
    O,
  ),
  quiet('DS-0021', '-y', [D, U, 'RUN apt-get install -y --no-install-recommends curl=8.5.0-2'], O),
  quiet('DS-0021', '--yes', [D, U, 'RUN apt-get install --yes --no-install-recommends curl=8.5.0-2'], O),

  // DS-0022 MAINTAINER
  fire('DS-0022', 'maintainer', [D, U, 'MAINTAINER me']),
  quiet('DS-0022', 'label', [D, U, 'LABEL maintainer=me']),

  // DS-0024 dist-upgrade
  fire(
    'DS-0024',
    'apt-get dist-upgrade',
    [D, U, 'RUN apt-get update && apt-get dist-upgrade -y && rm -rf /var/lib/apt/lists/*'],
    O,
  ),
  quiet(
    'DS-0024',
    'install',
    [
      D,
      U,
      'RUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2 && rm -rf /var/lib/apt/lists/*',
    ],
    O,
  ),

  // DS-0025 apk --no-cache
  fire('DS-0025', 'no flag', ['FROM alpine:3.20', U, 'RUN apk add curl=8.9.1-r0'], O),
  fire('DS-0025', 'exec form', ['FROM alpine:3.20', U, 'RUN ["apk", "add", "curl=8.9.1-r0"]'], O),
  quiet('DS-0025', 'flag', ['FROM alpine:3.20', U, 'RUN apk add --no-cache curl=8.9.1-r0'], O),

  // DS-0026 no HEALTHCHECK
  fire('DS-0026', 'none', [D, U, 'CMD ["true"]'], { options: { enabledRules: ['DS-0026'] } }),
  quiet('DS-0026', 'present', [D, U, 'HEALTHCHECK CMD true'], { options: { enabledRules: ['DS-0026'] } }),

  // DS-0027 microdnf clean all
  fire(
    'DS-0027',
    'not cleaned',
    ['FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4', U, 'RUN microdnf install -y nginx-1.20.1'],
    O,
  ),
  quiet(
    'DS-0027',
    'cleaned',
    [
      'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4',
      U,
      'RUN microdnf install -y nginx-1.20.1 && microdnf clean all',
    ],
    O,
  ),
  quiet(
    'DS-0027',
    'its cache under /var/cache/yum removed',
    [
      'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4',
      U,
      'RUN microdnf install -y nginx-1.20.1 && rm -rf /var/cache/yum',
    ],
    O,
  ),

  // DS-0029 --no-install-recommends
  fire('DS-0029', 'missing', [D, U, 'RUN apt-get install -y curl=8.5.0-2'], O),
  fire('DS-0029', 'exec form', [D, U, 'RUN ["apt-get", "install", "-y", "curl=8.5.0-2"]'], O),
  quiet('DS-0029', 'given', [D, U, 'RUN apt-get install -y --no-install-recommends curl=8.5.0-2'], O),

  // DS-0030 WORKDIR on a system directory
  fire('DS-0030', '/usr/bin', [D, U, 'WORKDIR /usr/bin']),
  quiet('DS-0030', '/srv/app', [D, U, 'WORKDIR /srv/app']),

  // DS-0031 secrets
  fire('DS-0031', 'secret env', [D, U, 'ENV AWS_SECRET_ACCESS_KEY=abc']),
  fire('DS-0031', 'copied private key', [D, U, 'COPY id_rsa /root/.ssh/id_rsa']),
  quiet('DS-0031', 'ordinary env', [D, U, 'ENV LOG_LEVEL=info']),
];
