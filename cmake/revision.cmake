# Writes OUTPUT, a header defining SCHEMATA_REVISION: the git revision of SOURCE_DIR
# (`git describe --always --dirty`), or "unknown" outside a git checkout (a tarball).
# Run at every build (cmake -P), it touches OUTPUT only when the revision changed, so a new
# commit updates `schemata --version` without reconfiguring and without rebuilding the rest.
set(revision unknown)
if(EXISTS "${SOURCE_DIR}/.git")
    find_program(GIT_PROGRAM git)
    if(GIT_PROGRAM)
        execute_process(COMMAND "${GIT_PROGRAM}" describe --always --dirty
            WORKING_DIRECTORY "${SOURCE_DIR}"
            OUTPUT_VARIABLE described OUTPUT_STRIP_TRAILING_WHITESPACE
            RESULT_VARIABLE result ERROR_QUIET)
        if(result EQUAL 0 AND described)
            set(revision "${described}")
        endif()
    endif()
endif()
set(header "#pragma once\n#define SCHEMATA_REVISION \"${revision}\"\n")
set(old "")
if(EXISTS "${OUTPUT}")
    file(READ "${OUTPUT}" old)
endif()
if(NOT old STREQUAL header)
    file(WRITE "${OUTPUT}" "${header}")
endif()
