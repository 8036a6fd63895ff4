# Shared by scripts/run and scripts/test (sourced, not run): installs what is missing from
# Debian's packages and configures and builds Schemata. Idempotent, and fast when all is there.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${SCHEMATA_BUILD_DIR:-$ROOT/build}

# Build tools, Qt 6 (Widgets, Sql with its SQLite driver, Test, Linguist tools and Qt's own
# translations), and what a window needs on a bare machine (GL headers, fonts, Xvfb for tests
# and screenshots).
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite qt6-qpa-plugins
    libgl-dev fonts-dejavu-core
    xvfb xauth ccache
    # The designer: SVG export and printing, Graphviz for auto-layout; the data browser keeps
    # passwords in the system keychain through QtKeychain.
    # (QtKeychain reaches GNOME Keyring and the like through libsecret, which its package does
    # not pull in.)
    qt6-svg-dev libgraphviz-dev qtkeychain-qt6-dev libsecret-1-0
    # Database tests run against real servers, started by scripts/servers.sh, through Qt's
    # PostgreSQL and MySQL/MariaDB drivers (which the application uses too).
    postgresql mariadb-server libqt6sql6-psql libqt6sql6-mysql
    # import-json streams its input through RapidJSON's SAX reader (header-only).
    rapidjson-dev
    # `import SCRIPT.sql` parses PostgreSQL scripts with PostgreSQL's own grammar (libpg_query).
    libpg-query-dev
    # The user guide (docs/guide/*.md) becomes HTML at build time.
    cmark-gfm
    # tst_commanddiff runs `git diff` and `git log -p` with schemata as the diff driver.
    git
    # The application icon's PNG sizes are drawn from its SVG at build time.
    librsvg2-bin
)

# scripts/package: CPack's DEB generator derives the package's library dependencies with
# dpkg-shlibdeps (dpkg-dev). scripts/test also checks what it installs: the menu entry and the
# AppStream metainfo with their validators, the MIME type with update-mime-database, the man
# page with man, and the completion scripts in bash (with bash-completion) and zsh.
PACKAGE_PACKAGES=(
    dpkg-dev desktop-file-utils appstream shared-mime-info man-db bash-completion zsh file
)

# scripts/screenshots only: drives the window under Xvfb and shrinks the PNGs it takes.
SCREENSHOT_PACKAGES=(xvfb xdotool imagemagick pngquant optipng)

missing_packages() {
    local p
    for p in "$@"; do
        dpkg-query -W -f='${db:Status-Status}\n' "$p" 2>/dev/null | grep -qx installed || echo "$p"
    done
}

ensure_packages() {
    local missing
    mapfile -t missing < <(missing_packages "$@")
    ((${#missing[@]})) || return 0
    local sudo=
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    echo "Installing: ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >&2
}

configure() {
    if [ ! -f "$BUILD/build.ninja" ] || [ "$ROOT/CMakeLists.txt" -nt "$BUILD/build.ninja" ]; then
        cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >&2
    elif [ $# -gt 0 ]; then
        cmake "$BUILD" "$@" >&2
    fi
}
