#!/usr/bin/env sh
# Runs a command under Node >= 22.13 (the project targets Node 24 LTS).
# Machines that only have an older Node get node@24 from the npm registry,
# cached in ~/.cache/marsad-node so it is installed once per machine.
# Usage: sh scripts/node24.sh <command> [args...]   (or `. scripts/node24.sh` to only set PATH)
set -e
MARSAD_NODE_DIR="${MARSAD_NODE_DIR:-$HOME/.cache/marsad-node}"

marsad_node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=13)?0:1)'
}

if ! marsad_node_ok; then
  if [ ! -x "$MARSAD_NODE_DIR/node_modules/.bin/node" ]; then
    echo "marsad: Node $(node --version 2>/dev/null || echo none) is too old; installing node@24 into $MARSAD_NODE_DIR" >&2
    npm install --prefix "$MARSAD_NODE_DIR" --no-save --no-audit --no-fund node@24 >&2
  fi
  PATH="$MARSAD_NODE_DIR/node_modules/.bin:$PATH"
  export PATH
  marsad_node_ok || { echo "marsad: could not provide Node >= 22.13" >&2; exit 2; }
fi

if [ "$#" -gt 0 ]; then exec "$@"; fi
