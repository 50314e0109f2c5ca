#!/usr/bin/env bash
# The installed package, tested as a user gets it: `npm pack`, installed into a temporary prefix
# (--prefer-offline: the dependencies come from npm's cache, which `npm ci` filled), then `jjj compare --json`
# and `jjj present` in a pipe, run from there. Called by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npm pack --silent --pack-destination "$tmp" >/dev/null
tarball="$(ls "$tmp"/jjj-*.tgz)"
# What the tarball holds: the executable, the bundle and the data files; no sources, tests or caches.
bad="$(tar -tzf "$tarball" | grep -Ev '^package/(package\.json|README\.md|LICENSE|bin/jjj\.js|dist/[^/]+\.js|data/[^/]+\.(json|md))$' || true)"
if [ -n "$bad" ]; then
  echo "pack-test: the tarball holds files a user does not need:" >&2
  echo "$bad" >&2
  exit 1
fi
npm install --global --prefix "$tmp/prefix" --prefer-offline --no-audit --no-fund --loglevel=error "$tarball" >/dev/null
jjj="$tmp/prefix/bin/jjj"
cd "$tmp"
json="$("$jjj" compare --json)"
node -e '
  const rows = JSON.parse(process.argv[1]);
  const pm25 = rows.find((r) => r.id === "pm25");
  if (!pm25 || pm25.to.value !== 44) throw new Error("jjj compare --json: no PM2.5 of 44 in 2020");
' "$json"
slides="$("$jjj" present --lang en --width 80 | cat)"
grep -q "1/12" <<<"$slides" || { echo "pack-test: jjj present printed no first slide" >&2; exit 1; }
echo "pack-test: the installed jjj $("$jjj" --version) runs compare --json and present ($(tar -tzf "$tarball" | wc -l) files in the tarball)"
