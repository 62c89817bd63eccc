# SPDX-License-Identifier: GPL-3.0-or-later
# Install rules and CPack: the .deb for Debian 12 (cpack -G DEB) and the NSIS
# installer for Windows (cpack -G NSIS, see installer/WINDOWS.md). Included
# from the top-level CMakeLists.txt after the srdi-assess target exists.
#
# Every version number here comes from project(... VERSION) in the top-level
# CMakeLists.txt: --version, the About dialog, the package, the manual page.
# The metainfo lists its releases by hand; its newest one must be that version
# (checked below and by tests/package/test_package.sh).

include(GNUInstallDirs)

set(SRDI_INSTALLER_DIR ${CMAKE_CURRENT_LIST_DIR})
set(SRDI_INSTALLER_OUT ${PROJECT_BINARY_DIR}/installer)

# The AppStream component id (reverse-DNS) and where software centres fetch the
# screenshot (docs/screenshot.png) from. Placeholders until the project has a
# public home: change both together, and keep the URL https.
set(SRDI_APP_ID "io.github.srdi.srdi_assess" CACHE STRING "AppStream component id")
set(SRDI_SCREENSHOT_URL "https://srdi.github.io/srdi-assess/screenshot.png"
    CACHE STRING "Public https URL of docs/screenshot.png, for the AppStream metainfo")
set(SRDI_PACKAGE_MAINTAINER "SRDI Self-Assessment developers <dev@srdi.local>"
    CACHE STRING "Maintainer field of the .deb")

# The newest <release> of the metainfo gives the release date (for the manual
# page) and must name this version.
file(STRINGS ${SRDI_INSTALLER_DIR}/srdi-assess.metainfo.xml.in _srdi_releases REGEX "<release ")
list(GET _srdi_releases 0 _srdi_newest)
string(REGEX MATCH "version=\"([^\"]+)\"" _ "${_srdi_newest}")
set(SRDI_RELEASE_VERSION "${CMAKE_MATCH_1}")
string(REGEX MATCH "date=\"([^\"]+)\"" _ "${_srdi_newest}")
set(SRDI_RELEASE_DATE "${CMAKE_MATCH_1}")
if(NOT SRDI_RELEASE_VERSION STREQUAL PROJECT_VERSION)
    message(WARNING "installer/srdi-assess.metainfo.xml.in: the newest <release> is ${SRDI_RELEASE_VERSION}, "
                    "the project is ${PROJECT_VERSION}: add a <release> with its notes (test_package fails until then)")
endif()

install(TARGETS srdi-assess RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

if(UNIX AND NOT APPLE)
    # The system's Qt is found without help: no $ORIGIN RUNPATH (which
    # qt_standard_project_setup() adds for bundles) in /usr/bin.
    set_target_properties(srdi-assess PROPERTIES INSTALL_RPATH "")

    # Desktop entry, AppStream metainfo, licence.
    install(FILES ${SRDI_INSTALLER_DIR}/srdi-assess.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    configure_file(${SRDI_INSTALLER_DIR}/srdi-assess.metainfo.xml.in
                   ${SRDI_INSTALLER_OUT}/${SRDI_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${SRDI_INSTALLER_OUT}/${SRDI_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${SRDI_INSTALLER_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

    # Icons: the SVG as it is, PNGs rendered from it at build time.
    set(_srdi_svg ${PROJECT_SOURCE_DIR}/resources/icons/srdi-assess.svg)
    install(FILES ${_srdi_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    find_program(SRDI_RSVG_CONVERT rsvg-convert)
    if(SRDI_RSVG_CONVERT)
        set(_srdi_pngs)
        foreach(size 16 32 48 64 128 256)
            set(_png ${SRDI_INSTALLER_OUT}/icons/${size}x${size}/srdi-assess.png)
            add_custom_command(OUTPUT ${_png}
                COMMAND ${CMAKE_COMMAND} -E make_directory ${SRDI_INSTALLER_OUT}/icons/${size}x${size}
                COMMAND ${SRDI_RSVG_CONVERT} --width=${size} --height=${size} --format=png
                        --output=${_png} ${_srdi_svg}
                DEPENDS ${_srdi_svg}
                COMMENT "Rendering the ${size}x${size} icon"
                VERBATIM)
            list(APPEND _srdi_pngs ${_png})
            install(FILES ${_png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        endforeach()
        add_custom_target(srdi_icons ALL DEPENDS ${_srdi_pngs})
    else()
        message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): the package gets no PNG icons")
    endif()

    # The manual page, gzipped as Debian wants it.
    configure_file(${SRDI_INSTALLER_DIR}/srdi-assess.1.in ${SRDI_INSTALLER_OUT}/srdi-assess.1 @ONLY)
    find_program(SRDI_GZIP gzip REQUIRED)
    add_custom_command(OUTPUT ${SRDI_INSTALLER_OUT}/srdi-assess.1.gz
        COMMAND ${SRDI_GZIP} -9 -n -f -k ${SRDI_INSTALLER_OUT}/srdi-assess.1
        DEPENDS ${SRDI_INSTALLER_OUT}/srdi-assess.1
        COMMENT "Compressing the manual page"
        VERBATIM)
    add_custom_target(srdi_manpage ALL DEPENDS ${SRDI_INSTALLER_OUT}/srdi-assess.1.gz)
    install(FILES ${SRDI_INSTALLER_OUT}/srdi-assess.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

if(WIN32)
    # windeployqt through Qt's deploy script: Qt DLLs, plugins (platforms,
    # sqldrivers, imageformats, iconengines) and Qt's translations land next
    # to the executable at install time, hence in the NSIS installer.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET srdi-assess OUTPUT_SCRIPT _srdi_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET srdi-assess FILENAME_VARIABLE _srdi_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${_srdi_deploy})
endif()

# ---- CPack: common ---------------------------------------------------------
# Values reach CPack exactly as written here (no second round of escaping).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME "srdi-assess")
set(CPACK_PACKAGE_VENDOR "SRDI Self-Assessment")
set(CPACK_PACKAGE_CONTACT "${SRDI_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "where a Chinese SME stands on the ladder of quality SMEs (SRDI)")
set(CPACK_PACKAGE_DESCRIPTION
    "An offline desktop application with which a Chinese small or medium
enterprise checks where it stands on the national ladder of quality SMEs:
technology-based and innovative SME, specialized SME and specialized
\"little giant\" (专精特新自评助手 / 專精特新自評助手).
.
For every tier it says whether the company qualifies, why, and what exactly
is missing, in figures. The rules of 2026 and of 2022 are built in as data.
A headless command line (srdi-assess --evaluate, --report, --import,
--export) serves scripts.")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SRDI Self-Assessment")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "\\.user$")
if(WIN32)
    set(CPACK_GENERATOR "NSIS")
else()
    set(CPACK_GENERATOR "DEB")
endif()

# ---- CPack: Debian ---------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SRDI_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see: the Qt plugins loaded at run time (the
# SQLite driver, the PostgreSQL driver for a shared portfolio; the SVG icon engine for the window icon),
# PostgreSQL's client library (loaded when a shared database is first used: storage/LibPq.h), OpenCC's
# dictionaries, and a CJK font. The xcb and offscreen platform plugins are in
# libqt6gui6 on Debian 12, which shlibdeps finds (qt6-qpa-plugins only holds
# vnc and tuiotouch).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, libpq5, libxlsxwriter4, libqt6svg6, libopencc-data, fonts-wqy-microhei | fonts-noto-cjk")
# Qt's own dialog strings in Chinese (qtbase_zh_*.qm), and a native Wayland platform.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")

# ---- CPack: Windows (NSIS) -------------------------------------------------
# Built on Windows only (installer/WINDOWS.md). A Unicode installer, so that
# the Chinese names below survive; NSIS shows its own pages in the language of
# Windows (简体 or 繁體 on a Chinese system). The uninstaller removes the
# program folder only: the database and rule packs in %APPDATA%\srdi\srdi-assess
# and the settings in HKCU\Software\srdi\srdi-assess stay. (The installer's own
# registry key is under the vendor "SRDI Self-Assessment", not "srdi", so the
# uninstaller's DeleteRegKey cannot reach the application's settings.)
set(CPACK_NSIS_DEFINES "Unicode true")
set(CPACK_NSIS_PACKAGE_NAME "专精特新自评助手 SRDI Self-Assessment ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "专精特新自评助手 SRDI Self-Assessment")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "srdi-assess")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_PACKAGE_EXECUTABLES "srdi-assess" "专精特新自评助手")
set(CPACK_CREATE_DESKTOP_LINKS "srdi-assess")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\srdi-assess.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "srdi-assess.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
if(CMAKE_HOST_WIN32) # makensis on Linux refuses BrandingText /TRIM*; keep cross-building possible
    set(CPACK_NSIS_BRANDING_TEXT "专精特新自评助手 ${PROJECT_VERSION}")
endif()
set(CPACK_NSIS_WELCOME_TITLE "安装专精特新自评助手 / 安裝專精特新自評助手")
set(CPACK_NSIS_FINISH_TITLE "专精特新自评助手已安装 / 專精特新自評助手已安裝")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "DetailPrint \"您的数据保留在 / 您的資料保留在 / Your data stays in: %APPDATA%\\srdi\\srdi-assess\"")

include(CPack)
