#!/usr/bin/env bash
# Runs the date, parsing and rendering tests under three machine time zones and checks
# that every fixture parses and renders to the same bytes in each (scripts/render-digest.ts
# prints one SHA-256 per output): the library reads and prints dates in the zones the data
# and the options name, never in the zone of the machine it runs on.
# Usage: scripts/test-time-zones.sh [ZONE ...] (default: UTC America/Los_Angeles Asia/Shanghai)
# NEWS_MODEL_TESTED_TZ=ZONE skips the tests (not the digests) in a zone already tested,
# as CI does for the zone of its main test run.
#
# The suites that do no date arithmetic and take most of the time are left out of the
# runs in each zone (NEWS_MODEL_TZ_ALL_TESTS=1 keeps them): HTML escaping of every XSS
# payload, the serializer against hast-util-to-html, html-validate, the inputs of
# hostile size or shape, the wrong-option tables, the lost-line check over real pages
# (which reads no date into output), and the fast-check properties (files
# *properties*.test.ts and tests tagged `properties`). Together they are
# four fifths of the time of these folders; the digests still compare their kind of output.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ge 1 ]; then zones=("$@"); else zones=(UTC America/Los_Angeles Asia/Shanghai); fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
left_out=()
if [ "${NEWS_MODEL_TZ_ALL_TESTS:-}" != 1 ]; then
  left_out=(
    --exclude tests/render/security.test.ts
    --exclude tests/render/serialize.test.ts
    --exclude tests/render/html-validate.test.ts
    --exclude '**/large-input.test.ts'
    --exclude '**/*scale.test.ts'
    --exclude '**/bad-calls.test.ts'
    --exclude tests/parse/text/real-pages.test.ts
    --exclude tests/parse/markdown/complex-markdown.test.ts
    --exclude '**/*properties*.test.ts'
    --tagsFilter '!properties'
  )
fi

for zone in "${zones[@]}"; do
  echo "TZ=$zone"
  if [ "$zone" != "${NEWS_MODEL_TESTED_TZ:-}" ]; then
    TZ=$zone npx vitest run tests/parse tests/render tests/schema --reporter=dot "${left_out[@]}"
  fi
  TZ=$zone npx tsx scripts/render-digest.ts >"$work/digests-${zone//\//-}"
done

first="$work/digests-${zones[0]//\//-}"
echo "$(wc -l <"$first") outputs"
status=0
for zone in "${zones[@]:1}"; do
  if ! diff "$first" "$work/digests-${zone//\//-}" >"$work/diff"; then
    echo "outputs under TZ=$zone differ from those under TZ=${zones[0]}:" >&2
    cat "$work/diff" >&2
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "the same bytes under TZ=${zones[*]}"
exit "$status"
