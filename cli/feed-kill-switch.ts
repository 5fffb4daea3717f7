let steps = 0;

/**
 * For tests only. With PROTOKOLL_TEST_KILL_AT_FEED_STEP=N in the environment, the process kills
 * itself with SIGKILL just before its Nth change to the feed folder (a file written, renamed,
 * touched or removed), so a test can stop `index` at every step of publishing and check what a
 * client would then find. Without it, this does nothing.
 */
export function beforeFeedChange(): void {
  const killAt = Number(process.env.PROTOKOLL_TEST_KILL_AT_FEED_STEP);
  if (!killAt) return;
  steps += 1;
  if (steps === killAt) process.kill(process.pid, 'SIGKILL');
}
