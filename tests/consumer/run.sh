#!/usr/bin/env bash
# Packs the package, installs the tarball into a new project outside the repository,
# then imports it with ESM, requires it with CommonJS and type-checks a TypeScript
# consumer against the installed declarations, with both NodeNext and bundler resolution.
# A tarball given as the first argument is used instead of packing (CI packs once).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ $# -ge 1 ]; then
  tarball=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
else
  tarball="$work/$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)"
fi
cp "$here/esm.mjs" "$here/cjs.cjs" "$here/consumer.ts" "$here/tsconfig.json" "$work/"
cd "$work"
printf '{ "name": "consumer", "private": true, "type": "commonjs" }\n' >package.json
npm install --silent --no-audit --no-fund "$tarball"
node esm.mjs
node cjs.cjs
"$root/node_modules/.bin/tsc" -p tsconfig.json
"$root/node_modules/.bin/tsc" -p tsconfig.json --module preserve --moduleResolution bundler
echo 'types: ok'
