// libFuzzer's driver, called from a Swift `@main`: SwiftPM links an executable's entry point under its own name
// (`--defsym main=<target>_main`), so the fuzzers start libFuzzer themselves instead of using its `main`.
#ifndef QDSL_FUZZER_DRIVER_H
#define QDSL_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer with the command line and the function that tests one input; returns the exit status.
int qdsl_fuzzer_run(int argc, char **argv, int (*test_one_input)(const uint8_t *data, size_t size));

#endif
