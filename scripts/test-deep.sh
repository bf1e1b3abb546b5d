#!/usr/bin/env bash
# Runs the property tests alone with a hundred times their everyday case counts
# (NEWS_MODEL_DEEP=1, read by tests/_lib/runs.ts) and no time limit: the files named
# *properties*.test.ts, whole, then every test tagged `properties` in the other files.
# Extra arguments go to both vitest runs (for example --maxWorkers=1, or a seed with
# FC_SEED=... in the environment to explore other cases).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEWS_MODEL_DEEP=1
npx vitest run --testTimeout=0 "$@" properties.test
npx vitest run --testTimeout=0 "$@" --tagsFilter=properties --exclude '**/*properties*.test.ts'
