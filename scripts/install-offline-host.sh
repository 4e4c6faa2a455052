#!/usr/bin/env bash
# Installs code-server (a real VS Code) and playwright-core into .vscode-test/offline, without downloads beyond npm and apt.
set -euo pipefail

CODE_SERVER_VERSION=4.99.4
PLAYWRIGHT_VERSION=1.64.1
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/.vscode-test/offline"
MARKER="$DIR/.installed"
STAMP="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION"
export DEBIAN_FRONTEND=noninteractive npm_config_audit=false npm_config_fund=false npm_config_loglevel=error

step() { echo "install-offline-host: $*"; }

mkdir -p "$(dirname "$DIR")"
exec 9>"$DIR.lock"
flock -n 9 || { step "waiting for another install to finish"; flock 9; }

missing=()
for pkg in libkrb5-dev ripgrep chromium; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
  step "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null
fi

if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$STAMP" ] && [ -f "$DIR/node_modules/code-server/out/node/entry.js" ]; then
  step "already installed ($STAMP)"
  exit 0
fi

NODE_GYP="$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js"
[ -f "$NODE_GYP" ] || { echo "install-offline-host: npm's bundled node-gyp not found at $NODE_GYP" >&2; exit 1; }
export npm_config_node_gyp="$NODE_GYP"
NODE_PREFIX="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
if [ -f "$NODE_PREFIX/include/node/node.h" ]; then export npm_config_nodedir="$NODE_PREFIX"; fi

rm -f "$MARKER"
mkdir -p "$DIR"
cd "$DIR"
cat > package.json <<EOF
{ "name": "offline-vscode-host", "private": true,
  "dependencies": { "code-server": "$CODE_SERVER_VERSION", "playwright-core": "$PLAYWRIGHT_VERSION" } }
EOF
step "npm install $STAMP"
npm install --ignore-scripts

cd "$DIR/node_modules/code-server/lib/vscode"
step "npm install in code-server/lib/vscode"
npm install --omit=dev --ignore-scripts
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sfn "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
step "rebuild native modules"
npm rebuild kerberos @vscode/spdlog native-watchdog @parcel/watcher @vscode/deviceid
(cd node_modules/node-pty && node "$NODE_GYP" rebuild >/dev/null)
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
step "npm install in code-server/lib/vscode/extensions"
(cd extensions && npm install --omit=dev --ignore-scripts)

step "rebuild argon2"
cd "$DIR/node_modules/argon2"
PATH="$DIR/node_modules/.bin:$PATH" node-pre-gyp rebuild >/dev/null

echo "$STAMP" > "$MARKER"
step "done ($STAMP)"
