# What the .deb holds besides the programs (scripts/package.sh builds it with CPack): the desktop
# entry, AppStream metadata, icons, man pages, bash completion, copyright and changelog, each
# where Debian's policy puts it. The dependencies come from dpkg-shlibdeps.
set(IK_PKG ${PROJECT_SOURCE_DIR}/packaging)
set(IK_DOC ${CMAKE_INSTALL_DATADIR}/doc/ik-playground)

install(FILES ${IK_PKG}/ik-playground.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${IK_PKG}/com.inferencekey.playground.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
foreach(size 16 22 24 32 48 64 128 256)
    install(FILES ${IK_PKG}/icons/${size}x${size}/ik-playground.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/app.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ik-playground.svg)
install(FILES ${IK_PKG}/completion/ik-call ${IK_PKG}/completion/ik-sandbox
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${IK_PKG}/copyright DESTINATION ${IK_DOC})
# The examples the Embeddings page opens (EmbeddingsView::exampleFile): data the program reads,
# so under share/ik-playground rather than share/doc, which may be left out of an install.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/examples/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/ik-playground/examples
        FILES_MATCHING PATTERN "*.csv" PATTERN "*.md")

# Man pages and the changelog go compressed, as Debian's policy asks (gzip -9n: no name, no
# time stamp, so the package is reproducible).
set(IK_GZ_DIR ${CMAKE_BINARY_DIR}/packaging)
set(IK_GZ_FILES)
foreach(page ik-call ik-sandbox ik-playground)
    list(APPEND IK_GZ_SOURCES man/${page}.1)
endforeach()
list(APPEND IK_GZ_SOURCES changelog)
foreach(source ${IK_GZ_SOURCES})
    set(out ${IK_GZ_DIR}/${source}.gz)
    get_filename_component(dir ${out} DIRECTORY)
    add_custom_command(OUTPUT ${out}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
        COMMAND gzip -9n -c ${IK_PKG}/${source} > ${out}
        DEPENDS ${IK_PKG}/${source} VERBATIM)
    list(APPEND IK_GZ_FILES ${out})
endforeach()
add_custom_target(ik_packaging_files ALL DEPENDS ${IK_GZ_FILES})
install(FILES ${IK_GZ_DIR}/man/ik-call.1.gz ${IK_GZ_DIR}/man/ik-sandbox.1.gz
              ${IK_GZ_DIR}/man/ik-playground.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${IK_GZ_DIR}/changelog.gz DESTINATION ${IK_DOC})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ik-playground)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CONTACT "InferenceKey Playground developers <playground@inferencekey.com>")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://inferencekey.com/)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The keychain is reached through libsecret at run time (STACK-NOTES.md): a Secret Service
# is recommended, not required (without one, keys are kept for the session only); so is openssl,
# which ik-sandbox --tls runs to make its certificates.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, openssl")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "desktop playground for InferenceKey workloads")
# The long description only: CPack puts the summary above it as the synopsis, indents each line
# and turns the empty line into the " ." paragraph break.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Test prompts against an InferenceKey workload with the answer streamed live,
compare several workloads side by side on the same input, and inspect
embedding vectors (dimensions, norms, similarity, projections).

Each workload's key is kept in the system keychain, and credential mistakes
are flagged before anything is sent. A local sandbox with demo workloads
comes built in. The package also holds ik-call, a command line over the same
core, and ik-sandbox, the local emulator, for scripts and tests.")
# What dpkg-shlibdeps cannot see, because Qt loads it at run time: the SQLite driver (history),
# the platform plugins (xcb for the desktop, offscreen for --version without a display) and the
# SVG image plugin (icons).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
include(CPack)
