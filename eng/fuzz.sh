#!/usr/bin/env bash
# Fuzzes one target for a fixed time with afl-fuzz (Debian's afl++) and SharpFuzz 2.3.0, and says what it found.
#   eng/fuzz.sh TARGET SECONDS        TARGET: html | feed | decode | score
# Builds tests/fuzz/SourceScore.Fuzz into artifacts/fuzz/bin, instruments SourceScore, SourceScore.Cli and
# HtmlAgilityPack there (the sharpfuzz tool of .config/dotnet-tools.json), writes the target's seed corpus from
# ../shared/seeds and examples/ into artifacts/fuzz/TARGET/in, and runs afl-fuzz for SECONDS. Prints one line,
# "fuzz TARGET: N executions in S s, C crashes, H hangs", copies crashing and hanging inputs to
# artifacts/fuzz/TARGET/findings, and exits 1 if there are any (replay them with
# `dotnet artifacts/fuzz/bin/SourceScore.Fuzz.dll replay TARGET FILE...`).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
target="${1:?usage: eng/fuzz.sh html|feed|decode|score SECONDS}"
seconds="${2:?usage: eng/fuzz.sh TARGET SECONDS}"
case "$target" in html|feed|decode|score) ;; *) echo "fuzz: unknown target '$target'" >&2; exit 2 ;; esac
command -v afl-fuzz >/dev/null || { echo "fuzz: afl-fuzz not found (apt-get install afl++)" >&2; exit 2; }

bin=artifacts/fuzz/bin
if [ ! -f "$bin/.instrumented" ]; then
  rm -rf "$bin"
  dotnet build -c Release tests/fuzz/SourceScore.Fuzz -o "$bin" -nologo -v quiet >&2
  dotnet tool restore >/dev/null
  for assembly in SourceScore.dll SourceScore.Cli.dll HtmlAgilityPack.dll; do
    dotnet sharpfuzz "$bin/$assembly" >&2
  done
  touch "$bin/.instrumented"
fi

work="artifacts/fuzz/$target"
rm -rf "$work/in" "$work/out"
mkdir -p "$work/findings"
dotnet "$bin/SourceScore.Fuzz.dll" corpus "$target" "$work/in" ../shared/seeds examples >&2

# dotnet is not an instrumented binary (the instrumentation is in the assemblies), the CI machine's core pattern and
# CPU governor are not ours to change, and there is no terminal for the status screen.
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
# A run's input may take up to 10 s (the first one loads the models); afl-fuzz stops by itself after SECONDS.
started=$(date +%s)
afl-fuzz -i "$work/in" -o "$work/out" -t 10000 -m none -V "$seconds" -- dotnet "$bin/SourceScore.Fuzz.dll" "$target" > "$work/afl.log" 2>&1 || {
  echo "fuzz $target: afl-fuzz failed; the end of its log:" >&2
  tail -n 30 "$work/afl.log" >&2
  exit 2
}
elapsed=$(( $(date +%s) - started ))

stats="$work/out/default/fuzzer_stats"
value() { sed -nE "s/^$1 *: *([0-9]+).*/\1/p" "$stats"; }
execs=$(value execs_done)
crashes=$(value saved_crashes)
hangs=$(value saved_hangs)
find "$work/out/default/crashes" "$work/out/default/hangs" -type f -name 'id:*' -exec cp {} "$work/findings/" \; 2>/dev/null || true
echo "fuzz $target: ${execs:-0} executions in ${elapsed} s, ${crashes:-0} crashes, ${hangs:-0} hangs"
[ "${crashes:-0}" -eq 0 ] && [ "${hangs:-0}" -eq 0 ]
