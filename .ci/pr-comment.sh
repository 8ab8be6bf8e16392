#!/usr/bin/env bash
# Posts a file as a comment on the pull request, or edits the comment an earlier run posted with the same marker,
# so that each stack keeps one comment that always shows the latest summary.
#   .ci/pr-comment.sh <marker> <file>        needs GH_TOKEN, GITHUB_REPOSITORY and PR_NUMBER; gh is on GitHub's runners
set -euo pipefail
marker="<!-- $1 -->"
body=$(mktemp); trap 'rm -f "$body"' EXIT
{ printf '%s\n' "$marker"; cat "$2"; } > "$body"
id=$(gh api --paginate "repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments" \
  --jq ".[] | select(.user.login == \"github-actions[bot]\" and (.body | startswith(\"$marker\"))) | .id" | head -n 1)
if [ -n "$id" ]; then
  gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$id" -F "body=@$body" > /dev/null
else
  gh api --method POST "repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments" -F "body=@$body" > /dev/null
fi
