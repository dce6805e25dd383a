/** Our own cases for Docker's build checks (BuildKit) we claim, written to the checks' documented semantics. */
import { type ConformanceCase, casesFor } from './case.js';

const { fire, quiet } = casesFor('buildkit');
const D = 'FROM debian:12.7-slim';
/** A build context whose .dockerignore leaves `tmp/` out (CopyIgnoredFile needs one). */
const IGNORED_CONTEXT = {
  files: ['.dockerignore', 'tmp/notes.txt', 'src/app.txt'],
  texts: { '.dockerignore': 'tmp\n' },
};

export const BUILDKIT_CASES: ConformanceCase[] = [
  fire('StageNameCasing', 'upper-case stage name', ['FROM debian:12.7-slim AS Build']),
  quiet('StageNameCasing', 'lower-case', ['FROM debian:12.7-slim AS build']),

  fire('FromAsCasing', 'FROM … as', ['FROM debian:12.7-slim as build']),
  quiet('FromAsCasing', 'from … as', ['from debian:12.7-slim as build']),
  quiet('FromAsCasing', 'FROM … AS', ['FROM debian:12.7-slim AS build']),

  fire('NoEmptyContinuation', 'empty line in a continuation', [D, 'RUN echo a && \\', '', '    echo b']),
  quiet('NoEmptyContinuation', 'no empty line', [D, 'RUN echo a && \\', '    echo b']),

  fire('ConsistentInstructionCasing', 'mixed casing', [D, 'run echo a']),
  quiet('ConsistentInstructionCasing', 'all lower', ['from debian:12.7-slim', 'run echo a']),

  fire('DuplicateStageName', 'same name, other case', [
    'FROM debian:12.7-slim AS a',
    'FROM debian:12.7-slim AS A',
  ]),
  quiet('DuplicateStageName', 'distinct', ['FROM debian:12.7-slim AS a', 'FROM debian:12.7-slim AS b']),

  fire('ReservedStageName', 'scratch', ['FROM debian:12.7-slim AS scratch']),
  fire('ReservedStageName', 'context', ['FROM debian:12.7-slim AS context']),
  quiet('ReservedStageName', 'ordinary', ['FROM debian:12.7-slim AS base']),

  fire('JSONArgsRecommended', 'shell-form CMD', [D, 'CMD node server.js']),
  fire('JSONArgsRecommended', 'shell-form ENTRYPOINT', [D, 'ENTRYPOINT /start.sh']),
  quiet('JSONArgsRecommended', 'exec form', [D, 'CMD ["node", "server.js"]']),

  fire('MaintainerDeprecated', 'maintainer', [D, 'MAINTAINER me']),
  quiet('MaintainerDeprecated', 'label', [D, 'LABEL org.opencontainers.image.authors=me']),

  fire('UndefinedArgInFrom', 'undeclared', ['FROM debian:${DEBIAN_TAG}']),
  quiet('UndefinedArgInFrom', 'declared', ['ARG DEBIAN_TAG=12.7-slim', 'FROM debian:${DEBIAN_TAG}']),
  quiet('UndefinedArgInFrom', 'predefined platform arg', ['FROM --platform=$BUILDPLATFORM debian:12.7-slim']),
  quiet('UndefinedArgInFrom', 'default in the reference', ['FROM debian:${DEBIAN_TAG:-12.7-slim}']),

  fire('WorkdirRelativePath', 'relative first', [D, 'WORKDIR app']),
  quiet('WorkdirRelativePath', 'absolute before', [D, 'WORKDIR /srv', 'WORKDIR app'], {
    ours: 'fire',
    why: 'BuildKit warns only when no absolute WORKDIR came before; we report every relative WORKDIR, as hadolint (DL3000) and Trivy (DS-0009) do, with one rule for the three: a reader has to add up the WORKDIRs to know where files land',
  }),
  quiet(
    'WorkdirRelativePath',
    'absolute in the parent stage',
    ['FROM debian:12.7-slim AS base', 'WORKDIR /srv', 'FROM base', 'WORKDIR app'],
    {
      ours: 'fire',
      why: 'as above: every relative WORKDIR is reported',
    },
  ),

  fire('CopyIgnoredFile', 'a file .dockerignore excludes', [D, 'COPY tmp/notes.txt /notes.txt'], {
    options: { context: IGNORED_CONTEXT },
  }),
  quiet('CopyIgnoredFile', 'a file it leaves in', [D, 'COPY src/app.txt /app.txt'], {
    options: { context: IGNORED_CONTEXT },
  }),

  fire('UndefinedVar', 'undefined in COPY', ['FROM scratch', 'COPY $SRC /dst']),
  fire('UndefinedVar', 'ARG of an unrelated stage', [
    'FROM scratch AS a',
    'ARG SRC=/x',
    'FROM scratch',
    'COPY $SRC /dst',
  ]),
  quiet('UndefinedVar', 'ARG of the parent stage', [
    'FROM scratch AS base',
    'ARG SRC=/x',
    'FROM base',
    'COPY $SRC /dst',
  ]),
  quiet('UndefinedVar', 'ENV of the parent stage', [
    'FROM scratch AS base',
    'ENV SRC=/x',
    'FROM base',
    'COPY $SRC /dst',
  ]),
  quiet('UndefinedVar', 'defined by ARG', ['FROM scratch', 'ARG SRC=/x', 'COPY $SRC /dst']),
  quiet('UndefinedVar', 'default given', ['FROM scratch', 'COPY ${SRC:-/x} /dst']),

  fire('MultipleInstructionsDisallowed', 'two CMD', [D, 'CMD ["a"]', 'CMD ["b"]']),
  fire('MultipleInstructionsDisallowed', 'two ENTRYPOINT', [D, 'ENTRYPOINT ["a"]', 'ENTRYPOINT ["b"]']),
  quiet('MultipleInstructionsDisallowed', 'one of each', [D, 'ENTRYPOINT ["a"]', 'CMD ["b"]']),

  fire('LegacyKeyValueFormat', 'ENV a b', [D, 'ENV A 1']),
  quiet('LegacyKeyValueFormat', 'ENV a=b', [D, 'ENV A=1']),

  fire('RedundantTargetPlatform', '$TARGETPLATFORM', ['FROM --platform=$TARGETPLATFORM debian:12.7-slim']),
  quiet('RedundantTargetPlatform', '$BUILDPLATFORM', ['FROM --platform=$BUILDPLATFORM debian:12.7-slim']),

  fire('SecretsUsedInArgOrEnv', 'token arg', [D, 'ARG GITHUB_TOKEN']),
  quiet('SecretsUsedInArgOrEnv', 'ordinary arg', [D, 'ARG VERSION']),

  fire('InvalidDefaultArgInFrom', 'empty default', ['ARG TAG', 'FROM debian:${TAG}']),
  quiet('InvalidDefaultArgInFrom', 'valid default', ['ARG TAG=12.7-slim', 'FROM debian:${TAG}']),

  fire('FromPlatformFlagConstDisallowed', 'constant platform', [
    'FROM --platform=linux/amd64 debian:12.7-slim AS build',
  ]),
  quiet('FromPlatformFlagConstDisallowed', 'stage named for its platform', [
    'FROM --platform=linux/amd64 debian:12.7-slim AS build-amd64',
  ]),
  quiet('FromPlatformFlagConstDisallowed', 'variable', ['FROM --platform=$BUILDPLATFORM debian:12.7-slim']),

  fire(
    'InvalidDefinitionDescription',
    'comment not starting with the name',
    ['# the version to build', 'ARG VERSION=1', D],
    { options: { enabledRules: ['InvalidDefinitionDescription'] } },
  ),
  quiet(
    'InvalidDefinitionDescription',
    'comment starting with the name',
    ['# VERSION the version to build', 'ARG VERSION=1', D],
    { options: { enabledRules: ['InvalidDefinitionDescription'] } },
  ),

  fire('ExposeProtoCasing', 'TCP', [D, 'EXPOSE 80/TCP']),
  quiet('ExposeProtoCasing', 'tcp', [D, 'EXPOSE 80/tcp']),

  fire('ExposeInvalidFormat', 'host port', [D, 'EXPOSE 8080:80']),
  quiet('ExposeInvalidFormat', 'container port', [D, 'EXPOSE 80']),

  // Docker's own suppression: `# check=skip=` with text after the list.
  quiet('JSONArgsRecommended', 'check=skip with a reason after the list', [
    '# check=skip=JSONArgsRecommended,StageNameCasing // the shell is wanted here',
    D,
    'CMD node server.js',
  ]),
  quiet('StageNameCasing', 'check=skip of two rules', [
    '# check=skip=JSONArgsRecommended,StageNameCasing',
    'FROM debian:12.7-slim AS Build',
  ]),
];
