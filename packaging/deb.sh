#!/usr/bin/env bash
# Build the Debian package and check what it holds: the binary, the man page, the completions of
# bash, zsh and fish in their places, /etc/mailwiz/profile.toml as a conffile, the README and the
# copyright file. Installs cargo-deb when it is missing. The package lands in target/packaging/.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/packaging
mkdir -p "$out"
cargo build --release --locked -q
bin=target/release/mailwiz
"$bin" --generate man >"$out/mailwiz.1"
"$bin" --generate complete-bash >"$out/mailwiz.bash"
"$bin" --generate complete-zsh >"$out/_mailwiz"
"$bin" --generate complete-fish >"$out/mailwiz.fish"
command -v cargo-deb >/dev/null || cargo install -q --locked cargo-deb
rm -f "$out"/*.deb
cargo deb -q --no-build --locked -o "$out/" >/dev/null
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb")
missing=0
for path in ./usr/bin/mailwiz ./usr/share/man/man1/mailwiz.1 \
    ./usr/share/bash-completion/completions/mailwiz ./usr/share/zsh/vendor-completions/_mailwiz \
    ./usr/share/fish/vendor_completions.d/mailwiz.fish ./etc/mailwiz/profile.toml \
    ./usr/share/doc/mailwiz/README.md ./usr/share/doc/mailwiz/copyright; do
    # The man page may be compressed.
    grep -qE " ${path//./\\.}(\.gz)?$" <<<"$contents" || { echo "missing from $deb: $path" >&2; missing=1; }
done
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles | grep -qx /etc/mailwiz/profile.toml ||
    { echo "/etc/mailwiz/profile.toml is not a conffile" >&2; missing=1; }
[ "$missing" = 0 ]
echo "$deb"
