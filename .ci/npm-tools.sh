# Sourced by the CI scripts that run npm tools (Spectral, newman): installs Node.js from Debian when it is missing, and
# the tools pinned by tools/package-lock.json when tools/node_modules was not installed from exactly that lock.
install_npm_tools() {
  if ! command -v npm >/dev/null; then
    echo "installing nodejs npm" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
  if ! cmp -s tools/package-lock.json tools/node_modules/.installed-from-lock.json; then
    (cd tools && npm ci --loglevel=error >/dev/null && cp package-lock.json node_modules/.installed-from-lock.json)
  fi
}
