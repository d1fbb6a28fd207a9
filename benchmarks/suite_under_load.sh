#!/usr/bin/env bash
# The README's test command, N times (default 20), each time twice side by side so that each
# copy loads the machine for the other: a test that depends on timing or on which thread or
# process wins shows up here. Run it from a checkout with the test extras installed in .venv:
#   bash benchmarks/suite_under_load.sh [N]
# Prints one line per iteration with both exit codes and pytest's closing lines.
set -u
cd "$(dirname "$0")/.."
runs=${1:-20}
logs=$(mktemp -d)
failed=0
for i in $(seq 1 "$runs"); do
  .venv/bin/python -m pytest -q -p no:cacheprovider --basetemp="$logs/a" > "$logs/a.$i.log" 2>&1 &
  a=$!
  .venv/bin/python -m pytest -q -p no:cacheprovider --basetemp="$logs/b" > "$logs/b.$i.log" 2>&1
  rb=$?
  wait $a
  ra=$?
  echo "iteration $i: A=$ra ($(tail -1 "$logs/a.$i.log")) B=$rb ($(tail -1 "$logs/b.$i.log"))"
  [ "$ra" = 0 ] && [ "$rb" = 0 ] || failed=$((failed + 1))
done
echo "$failed of $runs iterations had a failure; logs in $logs"
[ "$failed" = 0 ]
