#!/usr/bin/env bash
# npm test: every check CI runs. Cheap checks first, so a broken spec fails in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }

step "Generate the published spec, the error catalog JSON and the reference pages"
npm run --silent gen
step "Type-check (tsc)"
npx tsc
step "Lint the API description (Redocly)"
npx redocly lint
step "Build the site (broken links, anchors and Markdown links throw)"
npx docusaurus build
step "Toolchains for the samples and Chromium for the browser tests"
bash scripts/ensure-tools.sh
step "Unit and browser tests"
node --import tsx --test tests/unit/*.test.ts tests/sandbox/*.test.ts tests/samples/*.test.ts tests/site/*.test.ts tests/browser/*.test.ts
