# Install rules and the Debian package (CPack DEB). Targets are installed only when present so
# a partial build (e.g. -DSGL_BUILD_TESTS=OFF --target sgl) still configures.
include(GNUInstallDirs)
foreach(exe sgl sgl-app sgl-insi-sim sgl-mss-sim)
    if(TARGET ${exe})
        install(TARGETS ${exe} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endforeach()
install(FILES ${CMAKE_CURRENT_LIST_DIR}/sgl-app.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/systemd/sgl-pam-listener.service
              ${CMAKE_CURRENT_LIST_DIR}/systemd/sgl-gateway.service
              ${CMAKE_CURRENT_LIST_DIR}/systemd/sgl-dispatch.service
              ${CMAKE_CURRENT_LIST_DIR}/systemd/sgl-psc-gateway.service
        DESTINATION lib/systemd/system)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sgl)
set(CPACK_PACKAGE_VENDOR "SGL project")
set(CPACK_PACKAGE_CONTACT "SGL project <sgl@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Système de gestion de laboratoire de biologie médicale")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
include(CPack)
