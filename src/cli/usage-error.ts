/** A command used wrongly (missing or contradictory arguments): exit 2 with the message. */
export class UsageError extends Error {}
