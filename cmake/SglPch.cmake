# Precompiled headers (SGL_PCH, on by default).
#
# Why: a test source spends most of its compile time in headers (9.4 s of 10.5 s for a GUI test,
# 8.2 of 15.2 s for a workflow test, GoogleTest alone 3 s), and a clean build compiles some 850
# sources, which made the CI run longer than its budget. Three headers are built once each and
# reused by every target of their kind (REUSE_FROM):
#   sgl_pch_lib       standard library + QtCore, flags of the libraries (QT_NO_CAST_FROM_ASCII);
#   sgl_pch_test_*    the same + GoogleTest, one per set of QT_NO_* definitions among the tests;
#   sgl_pch_gui_test_* the test set + QtWidgets, for the test binaries of the application.
# sgl_app has its own (its 110 sources all include QtWidgets).
# Only headers that read no per-target macro go in: QtTest is left out because Qt defines
# QT_TESTCASE_BUILDDIR per target, and GCC refuses a header built under another definition.
# A header reused by a target whose flags differ is refused by GCC (-Winvalid-pch, an error
# with SGL_WERROR), never silently wrong. SGL_PCH=OFF builds without them (clang takes them too: the fuzz build uses them).

set(SGL_PCH_CORE
    <algorithm> <expected> <functional> <memory> <optional> <string> <utility> <vector>
    <QByteArray> <QDate> <QDateTime> <QDir> <QFile> <QHash> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QJsonValue> <QList> <QMap> <QObject> <QSet> <QString> <QStringList>
    <QVariant>)
set(SGL_PCH_WIDGETS
    <QAbstractItemModel> <QAbstractTableModel> <QComboBox> <QDialog> <QHBoxLayout> <QHeaderView>
    <QLabel> <QLineEdit> <QMessageBox> <QPushButton> <QTableView> <QVBoxLayout> <QWidget>)

if(SGL_PCH)
    add_library(sgl_pch_lib OBJECT ${PROJECT_SOURCE_DIR}/cmake/pch/pch_owner.cpp)
    target_link_libraries(sgl_pch_lib PRIVATE Qt6::Core)
    target_compile_definitions(sgl_pch_lib PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING)
    target_precompile_headers(sgl_pch_lib PRIVATE ${SGL_PCH_CORE})
    sgl_set_warnings(sgl_pch_lib)
endif()

# sgl_use_pch(<target> LIB|APP|TEST|GUI_TEST|NONE) (NONE: a target without Qt)
# TEST and GUI_TEST are only recorded here: a test's CMakeLists may add definitions after
# sgl_add_test (QT_NO_CAST_FROM_ASCII, which QString's header reads), so the header a test reuses
# is chosen once every test is declared, by sgl_apply_test_pch() at the end of tests/.
function(sgl_use_pch target kind)
    if(NOT SGL_PCH OR kind STREQUAL "NONE")
        return()
    endif()
    if(kind STREQUAL "LIB")
        target_precompile_headers(${target} REUSE_FROM sgl_pch_lib)
    elseif(kind STREQUAL "APP")
        target_precompile_headers(${target} PRIVATE ${SGL_PCH_CORE} ${SGL_PCH_WIDGETS})
    elseif(kind STREQUAL "TEST" OR kind STREQUAL "GUI_TEST")
        set_property(GLOBAL APPEND PROPERTY SGL_PCH_TESTS "${target}:${kind}")
    else()
        message(FATAL_ERROR "sgl_use_pch: unknown kind ${kind}")
    endif()
endfunction()

# One owner per kind and per set of QT_NO_* definitions among the test binaries.
function(sgl_apply_test_pch)
    if(NOT SGL_PCH)
        return()
    endif()
    get_property(entries GLOBAL PROPERTY SGL_PCH_TESTS)
    foreach(entry ${entries})
        string(REPLACE ":" ";" parts "${entry}")
        list(GET parts 0 target)
        list(GET parts 1 kind)
        get_target_property(defs ${target} COMPILE_DEFINITIONS)
        set(qt_defs "")
        foreach(def ${defs})
            if(def MATCHES "^QT_NO_[A-Z_]+$")
                list(APPEND qt_defs ${def})
            endif()
        endforeach()
        list(SORT qt_defs)
        list(REMOVE_DUPLICATES qt_defs)
        string(REPLACE ";" "_" suffix "${qt_defs}")
        if(suffix)
            string(TOLOWER "sgl_pch_${kind}_${suffix}" owner)
        else()
            string(TOLOWER "sgl_pch_${kind}" owner)
        endif()
        if(NOT TARGET ${owner})
            add_library(${owner} OBJECT ${PROJECT_SOURCE_DIR}/cmake/pch/pch_owner.cpp)
            target_link_libraries(${owner} PRIVATE GTest::gtest Qt6::Core)
            if(qt_defs)
                target_compile_definitions(${owner} PRIVATE ${qt_defs})
            endif()
            set(headers <gtest/gtest.h> ${SGL_PCH_CORE})
            if(kind STREQUAL "GUI_TEST")
                target_link_libraries(${owner} PRIVATE Qt6::Widgets)
                list(APPEND headers ${SGL_PCH_WIDGETS})
            endif()
            target_precompile_headers(${owner} PRIVATE ${headers})
            sgl_set_warnings(${owner})
        endif()
        target_precompile_headers(${target} REUSE_FROM ${owner})
    endforeach()
endfunction()
