import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One test file per core. Vitest's default leaves a core to its own process, which only waits:
    // most files spend their time in the `stance` processes they start, so on two cores the
    // default would run one file at a time and leave a core idle.
    maxWorkers: availableParallelism(),
    // A worker keeps the modules it loaded from one test file to the next, rather than starting a
    // new process and loading the lexicons, Drizzle and the rest again for each of the ~90 files.
    // The tests share no state but their own temporary folders and databases.
    isolate: false,
  },
});
