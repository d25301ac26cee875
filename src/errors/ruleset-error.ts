import { ConfigError } from './config-error.js';

/**
 * A broken rule set: the configuration error of kind "ruleset" (the default kind). The name is
 * kept for the callers that throw it and the ones that stop on any broken configuration file.
 */
export const RuleSetError = ConfigError;
export type RuleSetError = ConfigError;
