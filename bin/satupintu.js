#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

if (process.env.SATUPINTU_REPORT_PEAK) {
  process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
}

// `satupintu ... | head` closes the pipe early: stop quietly instead of printing a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`satupintu: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
