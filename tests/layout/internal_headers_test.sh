#!/usr/bin/env bash
# Issue 17: a stage's internal headers stay inside the stage. A header of
# pipeline/STAGE/ is internal when its name ends in _impl.h or _parts.h, or
# when its opening comment says "Internal to"; it may be included only by
# pipeline/STAGE/ itself and by that stage's tests (tests/STAGE/). Every other
# #include of it (another stage, reports/, the CLI, bench/, other tests) fails.
#   internal_headers_test.sh SOURCE_DIR
set -euo pipefail
cd "$1"
internal=()
for h in pipeline/*/*.h; do
  name=$(basename "$h")
  # The opening comment: the lines before the first line that is not a comment.
  opening=$(awk '!/^\/\//{exit} {print}' "$h")
  if [[ $name == *_impl.h || $name == *_parts.h ]] || grep -q "Internal to" <<<"$opening"; then
    internal+=("${h#pipeline/}")
  fi
done
[ "${#internal[@]}" -gt 0 ] || { echo "FAILED: no internal header found (the check itself is broken)"; exit 1; }
bad=0
for header in "${internal[@]}"; do
  stage=${header%%/*}
  while IFS=: read -r file _; do
    case "$file" in
      pipeline/"$stage"/*|tests/"$stage"/*) ;;
      *) echo "FAILED: $file includes $header, internal to pipeline/$stage/"; bad=1 ;;
    esac
  done < <(grep -rln --include='*.cc' --include='*.h' "#include \"$header\"" pipeline reports bench tests 2>/dev/null | sed 's/$/:/')
done
echo "${#internal[@]} internal headers checked: $(printf '%s ' "${internal[@]}")"
exit "$bad"
