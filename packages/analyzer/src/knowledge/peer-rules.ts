/**
 * The rules of the peer linters, as facts: ids, a one-line summary in our words, and the practices
 * (P01…P36) each serves. Source: ../shared/PEERS.md, compiled from hadolint's `src/Hadolint/Rule/`
 * and README, BuildKit's `frontend/dockerfile/linter/ruleset.go`, and trivy-checks' `checks/docker/`.
 * Used by the coverage test (every peer rule is ours or explained in docs/rules-not-covered.md),
 * the benchmarks' per-practice coverage table, and the app's "also known as" links.
 */
export type Peer = 'hadolint' | 'buildkit' | 'trivy';

export interface PeerRule {
  peer: Peer;
  id: string;
  summary: string;
  practices: string[];
}

const table = (peer: Peer, rows: [string, string, string][]): PeerRule[] =>
  rows.map(([id, summary, practices]) => ({
    peer,
    id,
    summary,
    practices: practices ? practices.split(' ') : [],
  }));

/** hadolint's DL rules that exist today (DL3005, DL3017, DL3031, DL3039 and DL4002 were removed). */
export const HADOLINT_RULES = table('hadolint', [
  ['DL1001', 'discourages inline ignore pragmas (off by default)', ''],
  ['DL3000', 'WORKDIR must be absolute', 'P27'],
  ['DL3001', 'commands that make no sense in a container build', 'P04 P09'],
  ['DL3002', 'last USER should not be root', 'P05'],
  ['DL3003', 'use WORKDIR instead of cd', 'P27'],
  ['DL3004', 'do not use sudo', 'P09'],
  ['DL3006', 'always tag the base image', 'P07'],
  ['DL3007', 'do not use the latest tag', 'P07'],
  ['DL3008', 'pin apt-get package versions', 'P08'],
  ['DL3009', 'delete the apt lists after installing', 'P17'],
  ['DL3010', 'use ADD to extract local archives', 'P28 P19'],
  ['DL3011', 'valid port range', 'P30'],
  ['DL3012', 'one HEALTHCHECK only', 'P33'],
  ['DL3013', 'pin pip package versions', 'P08'],
  ['DL3014', 'apt-get install needs -y', 'P01'],
  ['DL3015', 'apt-get install --no-install-recommends', 'P18'],
  ['DL3016', 'pin npm package versions', 'P08'],
  ['DL3018', 'pin apk package versions', 'P08'],
  ['DL3019', 'apk add --no-cache', 'P17'],
  ['DL3020', 'COPY instead of ADD for files and folders', 'P28'],
  ['DL3021', 'COPY with several sources needs a destination ending in /', ''],
  ['DL3022', 'COPY --from must name an earlier stage', 'P15'],
  ['DL3023', 'COPY --from cannot name its own stage', 'P15'],
  ['DL3024', 'stage names must be unique', 'P15'],
  ['DL3025', 'JSON form for CMD and ENTRYPOINT', 'P02 P03'],
  ['DL3026', 'base images only from trusted registries', 'P07'],
  ['DL3027', 'apt-get instead of apt', 'P01'],
  ['DL3028', 'pin gem versions', 'P08'],
  ['DL3029', 'no --platform on FROM', ''],
  ['DL3030', 'yum install -y', 'P01'],
  ['DL3032', 'yum clean all after installing', 'P17'],
  ['DL3033', 'pin yum package versions', 'P08'],
  ['DL3034', 'zypper install -y', 'P01'],
  ['DL3035', 'no zypper dist-upgrade', 'P08'],
  ['DL3036', 'zypper clean after installing', 'P17'],
  ['DL3037', 'pin zypper package versions', 'P08'],
  ['DL3038', 'dnf install -y', 'P01'],
  ['DL3040', 'dnf clean all after installing', 'P17'],
  ['DL3041', 'pin dnf package versions', 'P08'],
  ['DL3042', 'pip install --no-cache-dir', 'P17'],
  ['DL3043', 'ONBUILD cannot hold ONBUILD, FROM or MAINTAINER', ''],
  ['DL3044', 'ENV cannot refer to a variable set in the same ENV', 'P31'],
  ['DL3045', 'COPY to a relative destination needs a WORKDIR', 'P27'],
  ['DL3046', 'useradd with a high UID needs -l', 'P05 P06'],
  ['DL3047', 'wget without progress settings floods the log', ''],
  ['DL3048', 'invalid label key', 'P29'],
  ['DL3049', 'required label missing', 'P29'],
  ['DL3050', 'label not in the schema (strict labels)', 'P29'],
  ['DL3051', 'label value empty', 'P29'],
  ['DL3052', 'label value is not a URL', 'P29'],
  ['DL3053', 'label value is not an RFC 3339 time', 'P29'],
  ['DL3054', 'label value is not an SPDX license', 'P29'],
  ['DL3055', 'label value is not a git hash', 'P29'],
  ['DL3056', 'label value is not semantic versioning', 'P29'],
  ['DL3057', 'HEALTHCHECK missing (off by default)', 'P33'],
  ['DL3058', 'label value is not an email address', 'P29'],
  ['DL3059', 'consecutive RUN instructions could be merged', 'P25'],
  ['DL3060', 'yarn cache clean after installing', 'P17'],
  ['DL3061', 'the file must start with FROM, ARG or a comment', ''],
  ['DL3062', 'pin go install versions', 'P08'],
  ['DL3063', 'reserved word as a stage name', 'P15'],
  ['DL3064', 'secrets in ARG or ENV', 'P10 P31'],
  ['DL3065', 'FROM --platform=$TARGETPLATFORM is redundant', ''],
  ['DL3066', 'USER by name may not resolve on the host', 'P06'],
  ['DL3067', 'do not copy a whole filesystem from another stage', 'P15 P20'],
  ['DL4000', 'MAINTAINER is deprecated', 'P29'],
  ['DL4001', 'either wget or curl, not both', 'P09'],
  ['DL4003', 'several CMD instructions', 'P03'],
  ['DL4004', 'several ENTRYPOINT instructions', 'P03'],
  ['DL4005', 'change the shell with SHELL, not a symlink', ''],
  ['DL4006', 'set -o pipefail before a RUN with a pipe', 'P12'],
]);

/** Docker's build checks (BuildKit's Dockerfile frontend linter). */
export const BUILDKIT_CHECKS = table('buildkit', [
  ['StageNameCasing', 'stage names in lowercase', 'P15'],
  ['FromAsCasing', 'AS cased like FROM', ''],
  ['NoEmptyContinuation', 'no empty lines inside a continuation', ''],
  ['ConsistentInstructionCasing', 'all instructions cased the same', ''],
  ['DuplicateStageName', 'stage names unique', 'P15'],
  ['ReservedStageName', 'reserved words as stage names', 'P15'],
  ['JSONArgsRecommended', 'exec form for ENTRYPOINT and CMD', 'P02 P03'],
  ['MaintainerDeprecated', 'MAINTAINER is deprecated', 'P29'],
  ['UndefinedArgInFrom', 'FROM uses an undeclared ARG', 'P31 P07'],
  ['WorkdirRelativePath', 'relative WORKDIR with no absolute one before', 'P27'],
  ['UndefinedVar', 'variable used before it is defined', 'P31'],
  ['MultipleInstructionsDisallowed', 'repeated CMD, ENTRYPOINT or HEALTHCHECK in a stage', 'P03 P33'],
  ['LegacyKeyValueFormat', 'ENV and LABEL in the whitespace form', 'P25'],
  ['InvalidBaseImagePlatform', 'pulled base image platform differs from the target', ''],
  ['RedundantTargetPlatform', '--platform=$TARGETPLATFORM is the default', ''],
  ['SecretsUsedInArgOrEnv', 'secret-looking ARG or ENV names', 'P10 P31'],
  ['InvalidDefaultArgInFrom', 'global ARG default gives an empty or invalid image', 'P07 P31'],
  ['FromPlatformFlagConstDisallowed', 'FROM --platform with a constant value', ''],
  ['CopyIgnoredFile', 'COPY or ADD of a path excluded by .dockerignore', 'P21 P20'],
  ['InvalidDefinitionDescription', 'description comment format for stages and ARGs (experimental)', 'P29'],
  ['ExposeProtoCasing', 'EXPOSE protocol in lowercase', 'P30'],
  ['ExposeInvalidFormat', 'no IP or host port in EXPOSE', 'P30'],
]);

/** Trivy's Dockerfile misconfiguration checks (DS-0003, DS-0018 and DS-0028 do not exist). */
export const TRIVY_CHECKS = table('trivy', [
  ['DS-0001', 'latest tag or no tag in FROM', 'P07'],
  ['DS-0002', 'image runs as root (no USER)', 'P05'],
  ['DS-0004', 'port 22 exposed', 'P04 P09'],
  ['DS-0005', 'ADD instead of COPY', 'P28'],
  ['DS-0006', 'COPY --from names its own stage', 'P15'],
  ['DS-0007', 'several ENTRYPOINT instructions', 'P03'],
  ['DS-0008', 'exposed port out of range', 'P30'],
  ['DS-0009', 'WORKDIR not absolute', 'P27'],
  ['DS-0010', 'RUN uses sudo', 'P09'],
  ['DS-0011', 'COPY with several sources needs a destination ending in /', ''],
  ['DS-0012', 'duplicate stage names', 'P15'],
  ['DS-0013', 'RUN cd instead of WORKDIR', 'P27'],
  ['DS-0014', 'both wget and curl', 'P09'],
  ['DS-0015', 'yum clean all missing', 'P17'],
  ['DS-0016', 'several CMD instructions', 'P03'],
  ['DS-0017', 'package index update alone in a RUN', 'P24'],
  ['DS-0019', 'dnf clean all missing', 'P17'],
  ['DS-0020', 'zypper clean missing', 'P17'],
  ['DS-0021', 'apt-get without -y', 'P01'],
  ['DS-0022', 'MAINTAINER deprecated', 'P29'],
  ['DS-0023', 'several HEALTHCHECK instructions', 'P33'],
  ['DS-0024', 'apt-get dist-upgrade', 'P08'],
  ['DS-0025', 'apk add without --no-cache', 'P17'],
  ['DS-0026', 'no HEALTHCHECK', 'P33'],
  ['DS-0027', 'microdnf clean all missing', 'P17'],
  ['DS-0029', 'apt-get without --no-install-recommends', 'P18'],
  ['DS-0030', 'WORKDIR on a system directory', 'P09'],
  ['DS-0031', 'secrets in ARG or ENV, or a secret file copied', 'P10'],
]);

export const PEER_RULES: readonly PeerRule[] = [...HADOLINT_RULES, ...BUILDKIT_CHECKS, ...TRIVY_CHECKS];
