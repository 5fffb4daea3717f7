#!/usr/bin/env node
// Plain JavaScript so that an old Node gets a clear message instead of a syntax error;
// the CLI itself is TypeScript, run through Node's own type stripping (Node >= 22.18).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `protokoll: Node ${process.versions.node} is too old; Node 24 is needed. Run \`source scripts/node24.sh\` first.\n`,
  );
  process.exit(2);
}
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
