export {
  exclusive,
  findOption,
  hasOption,
  isCommand,
  optionValue,
  positionals,
  subcommand,
} from './command.js';
export { execFormScript, parseShell } from './parse.js';
export { joinContinuations, mapped } from './source.js';

export type {
  Branch,
  CommandContext,
  Connector,
  Redirect,
  ShellProblem,
  ShellScript,
  SimpleCommand,
  Word,
} from './types.js';
