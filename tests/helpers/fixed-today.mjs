// Preloaded (node --import) into the CLI by tests that run commands as a reader types them: the
// date the CLI takes as "today" is PLAN_CHECK_TEST_TODAY, so the verdicts do not change with the
// calendar. Only `new Date()` without arguments is fixed; Date.now() keeps the real clock.
const today = process.env.PLAN_CHECK_TEST_TODAY;
if (today) {
  const RealDate = Date;
  const fixed = new RealDate(`${today}T12:00:00Z`).getTime();
  globalThis.Date = class extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(fixed);
      else super(...args);
    }
  };
}
