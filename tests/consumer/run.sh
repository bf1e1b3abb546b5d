#!/usr/bin/env bash
# Packs the package, installs the tarball into a new project outside the repository,
# then imports it with ESM, requires it with CommonJS and type-checks a TypeScript
# consumer against the installed declarations, with both NodeNext and bundler resolution.
# zod is a peer dependency: the project installs its own zod 4 next to the package, the
# checks run with it, then once more with the lowest version of the package's zod range.
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
npm install --silent --no-audit --no-fund "$tarball" zod@4

check() {
  # One zod, the project's: the package brings no copy of its own.
  if [ -d node_modules/@cccme/news-model/node_modules/zod ]; then
    echo 'the package installed a zod of its own' >&2
    exit 1
  fi
  echo "with zod $(node -p 'require("zod/package.json").version')"
  node esm.mjs
  node cjs.cjs
  "$root/node_modules/.bin/tsc" -p tsconfig.json
  "$root/node_modules/.bin/tsc" -p tsconfig.json --module preserve --moduleResolution bundler
  echo 'types: ok'
}
check

# The lowest zod the peer range allows: "^4.5.0" gives 4.5.0.
range=$(node -p 'require("@cccme/news-model/package.json").peerDependencies.zod')
lowest=$(node -e '
const found = /^\^(\d+\.\d+\.\d+)$/.exec(process.argv[1])
if (!found) {
  console.error(`peerDependencies.zod is "${process.argv[1]}": expected "^MAJOR.MINOR.PATCH"`)
  process.exit(1)
}
console.log(found[1])
' "$range")
npm install --silent --no-audit --no-fund --no-save "zod@$lowest"
check
