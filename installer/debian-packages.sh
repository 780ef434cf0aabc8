# Sourced (not run) by installer/setup-and-run.sh and tests/setup-and-run-tests.sh.
#
# qt_system_packages: prints the packages listed in installer/qt-system-packages.txt.
# install_debian_packages PACKAGE...: installs those that are not installed yet, with
#   apt-get (through sudo when not root), waiting up to 5 minutes for another apt or
#   dpkg (an update running at boot) to release its lock instead of failing at once.
#   Returns 1, after a French message naming the packages, when they could not be installed.

qt_system_packages() {
    sed -e 's/#.*//' "$(dirname "${BASH_SOURCE[0]}")/qt-system-packages.txt" | tr -s ' \n' ' '
}

_debian_package_installed() {
    # "dpkg -s" also succeeds for a removed package whose configuration files remain.
    local status
    status=$(dpkg -s "$1" 2>/dev/null) || return 1
    [[ $status == *"Status: install ok installed"* ]]
}

install_debian_packages() {
    command -v dpkg >/dev/null 2>&1 || return 0 # not Debian/Ubuntu: nothing to do here
    local missing="" package
    for package in "$@"; do
        _debian_package_installed "$package" || missing="$missing $package"
    done
    [ -z "$missing" ] && return 0
    local sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    local apt=(apt-get -o DPkg::Lock::Timeout=300)
    echo "Installation des paquets système manquants :$missing" >&2
    # shellcheck disable=SC2086
    if command -v apt-get >/dev/null 2>&1 \
        && $sudo_cmd "${apt[@]}" update -qq \
        && $sudo_cmd env DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq $missing \
            >/dev/null; then
        return 0
    fi
    echo "Attention : ces paquets système n’ont pas pu être installés. Installez-les puis" >&2
    echo "relancez :  sudo apt-get install$missing" >&2
    return 1
}
