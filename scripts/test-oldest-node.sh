#!/usr/bin/env bash
# Tests the package on the oldest Node version that package.json `engines` allows: packs
# the library (or takes the tarball given as the first argument), installs it into a new
# project outside the repository, then requires and imports every subpath and runs a small
# parse and render (tests/consumer/smoke.cjs and smoke.mjs) with that Node.
#
# The Node binary comes from the npm registry (the package node-<platform>-<arch>, which
# holds bin/node) and is kept in $NEWS_MODEL_NODE_CACHE (default: ~/.cache/news-model).
# The same checks then run on the machine's Node with `--no-experimental-require-module`
# where it has that flag (20.19 and later): that is how Node 20.0-20.18 load CommonJS, so
# an ES module reached by require() fails here with ERR_REQUIRE_ESM as it would there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The oldest version: engines.node must read ">=MAJOR[.MINOR[.PATCH]]".
oldest=$(node -e '
const range = require(process.argv[1]).engines?.node ?? ""
const found = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range.trim())
if (!found) {
  console.error(`engines.node is "${range}": expected ">=MAJOR[.MINOR[.PATCH]]"`)
  process.exit(1)
}
console.log(`${found[1]}.${found[2] ?? 0}.${found[3] ?? 0}`)
' "$root/package.json")
platform=$(node -p 'process.platform + "-" + process.arch')
cache=${NEWS_MODEL_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/news-model}
folder="$cache/node-$platform-$oldest"
oldest_node="$folder/bin/node"

if [ ! -x "$oldest_node" ]; then
  echo "fetching node-$platform@$oldest from the npm registry into $cache"
  mkdir -p "$folder"
  archive=$(npm pack --silent --pack-destination "$work" "node-$platform@$oldest" | tail -n 1)
  tar -xzf "$work/$archive" -C "$folder" --strip-components=1 package/bin/node
fi
if [ "$("$oldest_node" --version)" != "v$oldest" ]; then
  echo "$oldest_node is $("$oldest_node" --version), expected v$oldest" >&2
  exit 1
fi

if [ $# -ge 1 ]; then
  tarball=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
else
  tarball="$work/$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)"
fi
mkdir "$work/project"
cp "$root/tests/consumer/smoke.cjs" "$root/tests/consumer/smoke.mjs" "$work/project/"
cd "$work/project"
printf '{ "name": "oldest-node", "private": true, "type": "commonjs" }\n' >package.json
npm install --silent --no-audit --no-fund "$tarball"

"$oldest_node" smoke.cjs
"$oldest_node" smoke.mjs
if node --no-experimental-require-module -e 0 2>/dev/null; then
  node --no-experimental-require-module smoke.cjs
  echo '(the line above: the machine'"'"'s Node with --no-experimental-require-module)'
fi
