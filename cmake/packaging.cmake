# The Debian package that scripts/package makes with CPack: schemata_VERSION_ARCH.deb, holding
# what `cmake --install` installs under /usr.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME schemata)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Schemata developers")
set(CPACK_PACKAGE_CONTACT "The Schemata developers <schemata@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "design relational schemas and browse their data")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Schemata draws the tables of a database and their relations as a diagram, in the
file format of WWW SQL Designer, creates them on SQLite, PostgreSQL or MariaDB, and
browses the rows of an existing database, following its foreign keys. Its commands
(check, sql, apply, import, fill, clone, export-json, import-json) also run without
a window.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # schemata_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries the binary links come from dpkg-shlibdeps (dpkg-dev); what Qt loads at run
# time, never linked, is listed by hand: the SQL drivers, the window-system plugins, Qt's own
# translations, and libsecret, through which QtKeychain reaches the system keychain. Git is
# recommended, for designs kept in git.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6sql6-mysql, \
qt6-qpa-plugins, qt6-translations-l10n, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS git)
set(CPACK_STRIP_FILES ON)
include(CPack)
