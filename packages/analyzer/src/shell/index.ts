export { findOption, hasOption, isCommand, optionValue, positionals, subcommand } from './command.js';
export { parseShell } from './parse.js';
export { joinContinuations, mapped } from './source.js';
export type {
  CommandContext,
  Connector,
  Redirect,
  ShellProblem,
  ShellScript,
  SimpleCommand,
  Word,
} from './types.js';
