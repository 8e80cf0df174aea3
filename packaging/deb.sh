#!/usr/bin/env bash
# Build the Debian package and check what it holds: the binary, the man page in English and in
# Polish, Lithuanian, Finnish and Czech, the completions of
# bash, zsh and fish in their places, /etc/mailwiz/profile.toml as a conffile, the README and the
# copyright file. Installs cargo-deb when it is missing. The package lands in target/packaging/.
# Then (as root) installs it with dpkg into a private root (never the machine's own), checks that it
# runs there with /etc/mailwiz/profile.toml as the profile in effect, that the completions load,
# and that the profile is kept as a conffile across a reinstall and a removal, and goes only with
# a purge.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/packaging
mkdir -p "$out"
cargo build --release --locked -q
bin=target/release/mailwiz
"$bin" --lang en --generate man >"$out/mailwiz.1"
for lang in pl lt fi cs; do
    mkdir -p "$out/$lang"
    "$bin" --lang "$lang" --generate man >"$out/$lang/mailwiz.1"
done
"$bin" --lang en --generate complete-bash >"$out/mailwiz.bash"
"$bin" --lang en --generate complete-zsh >"$out/_mailwiz"
"$bin" --lang en --generate complete-fish >"$out/mailwiz.fish"
command -v cargo-deb >/dev/null || cargo install -q --locked cargo-deb
rm -f "$out"/*.deb
cargo deb -q --no-build --locked -o "$out/" >/dev/null
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb")
missing=0
for path in ./usr/bin/mailwiz ./usr/share/man/man1/mailwiz.1 ./usr/share/man/pl/man1/mailwiz.1 \
    ./usr/share/man/lt/man1/mailwiz.1 ./usr/share/man/fi/man1/mailwiz.1 ./usr/share/man/cs/man1/mailwiz.1 \
    ./usr/share/bash-completion/completions/mailwiz ./usr/share/zsh/vendor-completions/_mailwiz \
    ./usr/share/fish/vendor_completions.d/mailwiz.fish ./etc/mailwiz/profile.toml \
    ./usr/share/doc/mailwiz/README.md ./usr/share/doc/mailwiz/copyright; do
    # The man page may be compressed.
    grep -qE " ${path//./\\.}(\.gz)?$" <<<"$contents" || { echo "missing from $deb: $path" >&2; missing=1; }
done
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles | grep -qx /etc/mailwiz/profile.toml ||
    { echo "/etc/mailwiz/profile.toml is not a conffile" >&2; missing=1; }
[ "$missing" = 0 ]
if [ "$(id -u)" != 0 ]; then
    echo "not root: the package is built and listed, not installed" >&2
    echo "$deb"
    exit 0
fi

# Installed into a private root: its own dpkg database, no maintainer's dependencies (libc is the
# machine's), no log in the machine's /var/log.
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
fail() { echo "installed package: $*" >&2; exit 1; }
# dpkg's own words (the dependencies it was told to ignore) only when it fails.
dpkg_() {
    dpkg --root="$root" --log=/dev/null --force-depends "$@" >"$root/dpkg.out" 2>&1 ||
        { cat "$root/dpkg.out" >&2; fail "dpkg $*"; }
}
dpkg_ -i "$deb"
installed="$root/usr/bin/mailwiz"
version=$("$installed" --version) || fail "mailwiz --version does not run"
[[ $version == "mailwiz "* ]] || fail "mailwiz --version says: $version"
# Run inside the root, with the libraries it links copied in: /etc/mailwiz/profile.toml there is
# the profile in effect, as on a machine the package is installed on.
for lib in $(ldd "$installed" | grep -o '/[^ ]*'); do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
done
profile=$(env -i HOME=/nonexistent "$(command -v chroot)" "$root" /usr/bin/mailwiz --lang en profile) ||
    fail "mailwiz profile does not run in the root"
[[ ${profile%%$'\n'*} == *"/etc/mailwiz/profile.toml, the administrator's"* ]] ||
    fail "/etc/mailwiz/profile.toml is not the profile in effect: ${profile%%$'\n'*}"
bash -c "source '$root/usr/share/bash-completion/completions/mailwiz' && complete -p mailwiz" \
    >/dev/null 2>&1 || fail "the bash completion does not load"
for man_page in "$root"/usr/share/man/man1/mailwiz.1* "$root"/usr/share/man/*/man1/mailwiz.1*; do
    case $man_page in
    *.gz) roff=$(gzip -dc "$man_page") ;;
    *) roff=$(cat "$man_page") ;;
    esac
    [[ $roff == *$'\n.SS "mailwiz check"\n'* ]] || fail "$man_page lacks the commands"
    case $man_page in
    "$root"/usr/share/man/man1/*)
        [[ $roff == *$'\n.SH "RESTRICTED MODE"\n'* ]] || fail "$man_page lacks its sections" ;;
    esac
done
# The administrator's change to the profile survives a reinstall and a removal; a purge takes it.
echo "# changed by the administrator" >>"$root/etc/mailwiz/profile.toml"
dpkg_ --force-confold -i "$deb"
grep -q "changed by the administrator" "$root/etc/mailwiz/profile.toml" ||
    fail "a reinstall replaced the changed profile"
dpkg_ -r mailwiz
[ ! -e "$installed" ] || fail "removal left /usr/bin/mailwiz"
[ -e "$root/etc/mailwiz/profile.toml" ] || fail "removal took the conffile"
dpkg_ -P mailwiz
[ ! -e "$root/etc/mailwiz/profile.toml" ] || fail "a purge left the conffile"
echo "$deb"
