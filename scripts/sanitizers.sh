# How scripts/test --sanitize runs the tests (sourced, not run): every executable is built with
# -fsanitize=address,undefined (CMake option SCHEMATA_SANITIZE), and these settings make any
# report fail the test that caused it.
#
# AddressSanitizer: halts on the first error (its default). LeakSanitizer: on at exit, with the
# suppressions in scripts/lsan-suppressions.txt, which name only third-party libraries' own
# allocations (see there why each one is not ours). UBSan: no recovering (-fno-sanitize-recover
# at build time, halt_on_error here), with a stack trace so the report names our frame.
sanitizer_environment() {
    local root
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_init_order=1
    export LSAN_OPTIONS=suppressions=$root/scripts/lsan-suppressions.txt:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
}
