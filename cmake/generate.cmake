# Runs PROGRAM with ARGUMENT and writes its standard output to OUTPUT: the man page and the
# completion scripts, which `schemata` makes from its command table. In English whatever the
# builder's locale, without a display, and without LeakSanitizer's report of a sanitized build.
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{ASAN_OPTIONS} detect_leaks=0)
execute_process(COMMAND "${PROGRAM}" "${ARGUMENT}"
    OUTPUT_FILE "${OUTPUT}.new" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${OUTPUT}.new")
    message(FATAL_ERROR "${PROGRAM} ${ARGUMENT} failed: ${result}")
endif()
file(RENAME "${OUTPUT}.new" "${OUTPUT}")
