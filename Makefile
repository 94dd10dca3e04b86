# Convenience targets around CMake and the scripts. The README's two commands are
# scripts/demo (the main job on samples/) and scripts/test (the test suite).
.PHONY: all demo test fuzz bench clean

all:
	scripts/build.sh build

demo:
	scripts/demo

test:
	scripts/test

# Each fuzzer for FUZZ_SECONDS on its corpus in tests/fuzz/corpus/.
FUZZ_SECONDS ?= 60
fuzz:
	scripts/fuzz $(FUZZ_SECONDS)

# Every stage's benchmark; writes the README's benchmark table.
bench:
	scripts/bench

clean:
	rm -rf build build-asan build-fuzz bench/.scratch
