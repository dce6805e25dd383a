export {
  type Config,
  ConfigError,
  defaults,
  HADOLINT_NAMES,
  isThreshold,
  OUR_NAMES,
  parseConfig,
  type Threshold,
} from './parse.js';
export { toDopYaml } from './write.js';
