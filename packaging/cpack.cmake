# SPDX-License-Identifier: GPL-3.0-or-later
# A Debian package of the app: cmake --preset release && cmake --build --preset release &&
# (cd build/release && cpack) makes build/release/compute-atlas_<version>_<arch>.deb.
# Library dependencies are found by dpkg-shlibdeps; plugins Qt loads at run time are named.
set(CPACK_PACKAGE_NAME compute-atlas)
set(CPACK_PACKAGE_VENDOR "The Compute Atlas developers")
set(CPACK_PACKAGE_CONTACT "The Compute Atlas developers <maintainers@computeatlas.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Map, scenarios and charts of the AI compute build-out")
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop app for seeing and testing the numbers of the AI compute build-out: a database of
data-center sites with the source of every figure, a map of the sites and the fiber between them,
scenario sliders that drive charts of cluster size and gigawatts, presentation mode and export of
every chart for slides.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Debug info stays in the build tree; the package carries a stripped binary.
set(CPACK_STRIP_FILES ON)
# Loaded at run time, so shlibdeps cannot see them: the SQLite driver; the fonts the window and
# the exports draw with (DejaVu Sans, and Noto CJK for Chinese); Qt's own Chinese catalogue.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-dejavu-core, fonts-noto-cjk, qt6-translations-l10n")
if(ATLAS_HAVE_STREETMAP)
  # The street map's QML modules and map plugins are loaded at run time too.
  string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", qml6-module-qtlocation, qml6-module-qtpositioning,"
         " qml6-module-qtquick, qml6-module-qtquick-shapes, qt6-location-plugins")
endif()
include(CPack)
