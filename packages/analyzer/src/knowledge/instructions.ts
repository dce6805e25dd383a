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
