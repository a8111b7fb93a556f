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
step "Lint the Markdown copies of the build (markdownlint-cli2 with tests/markdown-gates/)"
# From build/, so the repository's own .markdownlint-cli2.jsonc (for the MDX sources) stays out.
(cd build && npx markdownlint-cli2 --config ../tests/markdown-gates/config.jsonc --no-globs '**/*.md')
step "Toolchains for the samples and Chromium for the browser tests"
bash scripts/ensure-tools.sh
step "Unit, sandbox, sample and site tests"
node --import tsx --test tests/unit/*.test.ts tests/sandbox/*.test.ts tests/samples/*.test.ts tests/site/*.test.ts
step "Browser tests (one server of build/, one Chromium)"
npm run --silent test:browser
