/** The Dockerfile instructions BuildKit knows, upper case: the one list the model and rules read. */
export const INSTRUCTION_KEYWORD_LIST = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
] as const;

export type InstructionKeyword = (typeof INSTRUCTION_KEYWORD_LIST)[number];

/** Every instruction keyword; an unknown one is DOP001's finding, and other rules skip it. */
export const INSTRUCTION_KEYWORDS: ReadonlySet<string> = new Set(INSTRUCTION_KEYWORD_LIST);

/**
 * Instructions that only describe the image: they write no file and change nothing a later RUN or
 * COPY sees, so an instruction may move past them. (USER, ENV, ARG and WORKDIR change what a RUN
 * sees; each move that passes them says why it may.)
 */
export const DESCRIBES_IMAGE: readonly InstructionKeyword[] = [
  'LABEL',
  'EXPOSE',
  'CMD',
  'ENTRYPOINT',
  'HEALTHCHECK',
  'STOPSIGNAL',
  'MAINTAINER',
];
