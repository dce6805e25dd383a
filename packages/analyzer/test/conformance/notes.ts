/**
 * What the conformance table says about a peer rule beyond its cases: the shared reading of a
 * subtle point, in our words. Keyed `peer id`.
 */
export const NOTES: Record<string, string> = {
  'hadolint DL3008':
    'exec-form RUN is read as the command it runs, as hadolint reads it; option values (`-t`, `-o`) and arguments after `--` are handled as apt-get does.',
  'hadolint DL3009':
    'only a removal after the last update/install counts (`rm -rf /var/lib/apt/lists/* && apt-get update` leaves the lists); stages only copied from are not checked, as in hadolint.',
  'hadolint DL3013':
    'VCS installs (`git+https://…`) are unpinned unless a ref follows the path (`…/lib.git@v1.2`); requirement and constraint files, local paths and wheels are not packages; pip2, `python -m pip` and pipx are read the same way.',
  'hadolint DL3062':
    '`go get` is read like `go install`; `go run` only when it names a version that is not one (`@latest`), since without `@` it runs the version go.mod names.',
  'hadolint DL3014': 'apt-get answers yes by itself at quiet level 2: `-qq`, `-q=2` and `-q -q`.',
  'hadolint DL3016':
    'git URLs are unpinned without a `#ref`; tarballs (`.tgz`, `.tar`) and local paths are not packages.',
  'hadolint DL3020':
    'COPY/ADD words are read with Docker\'s quoting, so `ADD "https://…/x.tgz"` is a URL and `ADD "x.tgz"` an archive.',
  'hadolint DL3026':
    'images named by `COPY --from=` and `RUN --mount=…,from=` are checked against the trusted registries like FROM.',
  'hadolint DL3032':
    'a cleanup counts only after the install it cleans (`yum clean all && yum install …` is not cleaned).',
  'hadolint DL3040':
    'an install after the cleanup (`dnf install a && dnf clean all && dnf install b`) is reported.',
  'hadolint DL3042':
    'an ENV or ARG PIP_NO_CACHE_DIR of the stage or of the stage it is built on counts; one of an unrelated stage does not.',
  'hadolint DL3045': 'a WORKDIR of the stage built on counts.',
  'hadolint DL3059': 'as hadolint: only RUNs with the same flags and at most two commands each are reported.',
  'hadolint DL4001': 'per stage, as in hadolint: each stage is an image of its own.',
  'hadolint DL4006': 'a pipefail SHELL of the stage built on counts.',
  'buildkit UndefinedVar':
    "a stage built on another inherits that stage's ARG and ENV; an unrelated stage's do not leak.",
  'buildkit FromPlatformFlagConstDisallowed':
    'a stage named for its platform (`AS build_amd64`) is the documented per-platform pattern and is not reported.',
  'trivy DS-0027': 'microdnf keeps its cache in /var/cache/yum: removing it counts as cleaning.',
};
