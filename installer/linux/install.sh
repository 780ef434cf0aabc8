#!/bin/sh
# Install CMQ Desktop from this folder, for the current user or, as root, for everyone.
#   ./install.sh              ~/.local/opt/cmq-desktop, menu entry for this user
#   sudo ./install.sh         /opt/cmq-desktop, menu entry for every user
#   ./install.sh --uninstall  remove what the same command installed
set -eu

APP_ID=fr.ac-aura.cmq.Desktop
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)

if [ "$(id -u)" -eq 0 ]; then
    PREFIX=/opt/cmq-desktop
    SHARE=/usr/local/share
    BIN=/usr/local/bin
else
    PREFIX="${HOME}/.local/opt/cmq-desktop"
    SHARE="${XDG_DATA_HOME:-${HOME}/.local/share}"
    BIN="${HOME}/.local/bin"
fi

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "${SHARE}/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "${SHARE}/icons/hicolor" || true
}

remove_files() {
    rm -f "${SHARE}/applications/${APP_ID}.desktop" "${SHARE}/metainfo/${APP_ID}.metainfo.xml"
    rm -f "${SHARE}"/icons/hicolor/*/apps/"${APP_ID}".png "${SHARE}/icons/hicolor/scalable/apps/${APP_ID}.svg"
    rm -f "${BIN}/cmq-desktop" "${BIN}/cmq-desktop-cli"
}

if [ "${1:-}" = "--uninstall" ]; then
    remove_files
    rm -rf "${PREFIX}"
    refresh
    echo "CMQ Desktop a été désinstallé."
    exit 0
fi

if [ "${HERE}" != "${PREFIX}" ]; then
    rm -rf "${PREFIX}"
    mkdir -p "$(dirname -- "${PREFIX}")"
    cp -a "${HERE}" "${PREFIX}"
fi
remove_files
mkdir -p "${BIN}" "${SHARE}/applications" "${SHARE}/metainfo"
ln -s "${PREFIX}/cmq-desktop" "${BIN}/cmq-desktop"
ln -s "${PREFIX}/cmq-desktop-cli" "${BIN}/cmq-desktop-cli"
# The menu entry runs the program by its full path: ~/.local/bin is not always on PATH.
sed -e "s|^Exec=.*|Exec=${PREFIX}/cmq-desktop|" -e "s|^TryExec=.*|TryExec=${PREFIX}/cmq-desktop|" \
    "${PREFIX}/share/applications/${APP_ID}.desktop" > "${SHARE}/applications/${APP_ID}.desktop"
cp "${PREFIX}/share/metainfo/${APP_ID}.metainfo.xml" "${SHARE}/metainfo/"
for icon_dir in "${PREFIX}"/share/icons/hicolor/*/apps; do
    size=$(basename "$(dirname -- "${icon_dir}")")
    mkdir -p "${SHARE}/icons/hicolor/${size}/apps"
    cp "${icon_dir}"/* "${SHARE}/icons/hicolor/${size}/apps/"
done
refresh
echo "CMQ Desktop est installé dans ${PREFIX} ; il figure dans le menu des applications (Éducation)."
