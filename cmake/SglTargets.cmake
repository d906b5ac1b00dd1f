# Helpers shared by every layer: one static library per layer, one GoogleTest binary per library.

function(sgl_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(SGL_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# sgl_add_library(<name> SOURCES <files...> [PUBLIC_DEPS <targets...>] [PRIVATE_DEPS <targets...>]
#                 [PCH LIB|APP|NONE] [NO_UNITY])
# Headers are included as "layer/File.h" from src/. PCH: which precompiled header the sources
# use (cmake/SglPch.cmake), LIB by default.
# Unity build (SGL_UNITY, on by default): the sources are compiled SGL_UNITY_BATCH at a time in one
# translation unit, which parses the Qt and standard headers once per batch instead of once per
# file (a clean build of the libraries takes a fraction of the CPU time). The price: names in
# anonymous namespaces must be unique within a library (a collision is a compile error, never a
# silent change). NO_UNITY: a library whose files share such names by design (storage: kColumns,
# fromRow per repository) compiles file by file.
function(sgl_add_library name)
    cmake_parse_arguments(ARG "NO_UNITY" "PCH" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/src ${PROJECT_BINARY_DIR}/src)
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
    target_compile_definitions(${name} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING)
    sgl_set_warnings(${name})
    if(NOT ARG_PCH)
        set(ARG_PCH LIB)
    endif()
    sgl_use_pch(${name} ${ARG_PCH})
    if(SGL_UNITY AND NOT ARG_NO_UNITY)
        set_target_properties(${name} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${SGL_UNITY_BATCH})
    endif()
endfunction()

# sgl_unity_skip(<files...>): sources of the current directory's library that define, in an
# anonymous namespace, a name another source of the library also defines (a helper each file
# keeps for itself): they compile on their own, out of the unity batches. Call it in the
# CMakeLists.txt that creates the library (source properties are per directory).
function(sgl_unity_skip)
    set_source_files_properties(${ARGN} PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
endfunction()

# sgl_add_test(<name> SOURCES <files...> DEPS <targets...> [LABELS <labels...>] [ONE_PROCESS])
# Tests run from the build directory; SGL_SOURCE_DIR points at the checkout so tests find
# tests/data and ../shared (the national kits), and skip with a printed reason without them.
# The main() is tests/support/TestMain.cpp (sgl_test_main): a skipped test fails the binary in
# strict mode (CI, scripts/test.sh: it then never prints "[  SKIPPED ]", which ctest would take
# for a skip) and exits 77 elsewhere, which ctest reports as "Skipped".
# ONE_PROCESS: one ctest entry runs the whole binary, instead of one process per test case.
# For binaries whose cases share an expensive fixture started once per process (the private
# Postfix and Dovecot of tests/mail take seconds to start): per-case processes would start it
# for every case.
function(sgl_add_test name)
    cmake_parse_arguments(ARG "ONE_PROCESS" "" "SOURCES;DEPS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_DEPS} sgl_test_main GTest::gtest Qt6::Core)
    target_compile_definitions(${name} PRIVATE
        SGL_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        SGL_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared"
        SGL_BINARY_DIR="${PROJECT_BINARY_DIR}")
    sgl_set_warnings(${name})
    if("sgl_app" IN_LIST ARG_DEPS)
        sgl_use_pch(${name} GUI_TEST)
    else()
        sgl_use_pch(${name} TEST)
    endif()
    set(props ENVIRONMENT "QT_QPA_PLATFORM=offscreen" SKIP_RETURN_CODE 77)
    if(ARG_LABELS)
        list(APPEND props LABELS "${ARG_LABELS}")
    endif()
    if(ARG_ONE_PROCESS)
        add_test(NAME ${name} COMMAND ${name})
        set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" SKIP_RETURN_CODE 77)
        if(ARG_LABELS)
            set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
        endif()
    else()
        gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES ${props})
    endif()
endfunction()

include(${CMAKE_CURRENT_LIST_DIR}/SglPch.cmake)
