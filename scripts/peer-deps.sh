#!/usr/bin/env bash
# Installs the OpenAI client library used by the peer test (tests/peer), once.
set -euo pipefail
cd "$(dirname "$0")/../tests/peer"
if [ ! -d node_modules/openai ]; then
    npm ci --no-audit --no-fund --loglevel=error >&2
fi
