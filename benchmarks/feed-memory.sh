#!/usr/bin/env bash
# Scores a deterministic feed of COUNT HTML news pages (about 6.5 KB a line) streamed through a pipe, all signals,
# both cores, and samples the scorer's memory every 10 seconds: elapsed, articles done, resident set, peak so far.
#   bash benchmarks/feed-memory.sh 1000000 > benchmarks/results/feed-memory-1000000.txt
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
count="${1:-1000000}"
dotnet build -c Release benchmarks/SourceScore.Benchmarks -v quiet -nologo >/dev/null
dotnet build -c Release src/SourceScore.Cli -v quiet -nologo >/dev/null
feed=benchmarks/SourceScore.Benchmarks/bin/Release/net10.0/SourceScore.Benchmarks
tool=src/SourceScore.Cli/bin/Release/net10.0/SourceScore.Cli
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "# sourcescore score - --progress over a feed of $count articles ($(nproc) cores, $(date -u +%F))"
echo "# $feed feed $count - | $tool score - --progress > /dev/null"
echo "# elapsed_s  articles  rss_mib  peak_rss_mib"
"$feed" feed "$count" - 2>"$work/feed.err" | "$tool" score - --progress >/dev/null 2>"$work/progress" &
pid=$!
start=$(date +%s)
while kill -0 "$pid" 2>/dev/null; do
  sleep 10
  [ -r "/proc/$pid/status" ] || break
  rss=$(awk '/^VmRSS/ {print int($2/1024)}' "/proc/$pid/status" 2>/dev/null || echo 0)
  hwm=$(awk '/^VmHWM/ {print int($2/1024)}' "/proc/$pid/status" 2>/dev/null || echo 0)
  done_count=$(tail -n 1 "$work/progress" | sed -E 's/^sourcescore: ([0-9,]+) article.*/\1/' | tr -d ,)
  printf '%10d  %8s  %7s  %12s\n' "$(( $(date +%s) - start ))" "${done_count:-0}" "$rss" "$hwm"
done
wait "$pid" || echo "# the scorer exited with $?"
echo "# $(tail -n 1 "$work/progress")"
echo "# $(cat "$work/feed.err")"
