import type { DockerfileModel, Ecosystem, Localized, StageNode } from '@dop/analyzer';
import type { Block } from '../blocks.js';
import type { ResolvedOptions } from '../transform.js';
import type { CompiledBuild } from './artifact-ecosystems.js';

export interface RecipeInput {
  model: DockerfileModel;
  stage: StageNode;
  blocks: Block[];
  options: ResolvedOptions;
  nl: string;
}

/** A single-stage Dockerfile split into a build stage and a slim runtime stage. */
export interface RecipePlan {
  ecosystem: Ecosystem | CompiledBuild['ecosystem'];
  /** Instruction texts (comments included) of the build stage, FROM … AS build first. */
  build: string[];
  /** …and of the runtime stage, FROM first. */
  runtime: string[];
  title: Localized;
  explanation: Localized;
  resolves: string[];
  /** The runtime runs a command of its own in place of the file's CMD (nginx serving a built site). */
  replacesCommand?: boolean;
}

export type RecipeResult = RecipePlan | { skip: Localized } | null;

/** Recognises one ecosystem's single-stage Dockerfile and plans its multi-stage form. */
export interface Recipe {
  /** `compiled`: the one recipe for every compiled ecosystem (`artifact.ts`). */
  ecosystem: Ecosystem | 'compiled';
  plan(input: RecipeInput): RecipeResult;
}

/** Keywords that describe the running container; they belong in the runtime stage only. */
export const RUNTIME_ONLY = new Set([
  'CMD',
  'ENTRYPOINT',
  'EXPOSE',
  'HEALTHCHECK',
  'STOPSIGNAL',
  'LABEL',
  'VOLUME',
  'USER',
]);
