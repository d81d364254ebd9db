# UnionStats: `make report` (set up, build, run on input/) and `make test`.
SWIFT ?= swift
INPUT ?= input
OUTPUT ?= output
PERIOD ?=
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all setup build report test lint format bench clean

all: report

## setup: install libxlsxwriter-dev (and pkg-config) when pkg-config cannot find xlsxwriter.
setup:
	@if ! pkg-config --exists xlsxwriter 2>/dev/null; then \
		echo "Installing libxlsxwriter-dev (needed to write xlsx)..."; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libxlsxwriter-dev pkg-config; \
	fi
	@pkg-config --exists xlsxwriter || { echo "libxlsxwriter-dev could not be installed" >&2; exit 1; }

## build: the release binary .build/release/unionstats.
build: setup
	$(SWIFT) build -c release --product unionstats

## report: the main job on the bundled sample (or INPUT=dir PERIOD=2021-Q2).
report: build
	.build/release/unionstats report --input $(INPUT) --output $(OUTPUT) $(if $(PERIOD),--period $(PERIOD))

## test: every test (Swift Testing; there are no XCTest tests, so XCTest's empty run is skipped).
## The last line repeats Swift Testing's count as "tests: N passed, 0 failed" for CI.
test: setup
	@log=$$(mktemp); \
	$(SWIFT) test --disable-xctest 2>&1 | tee "$$log"; status=$${PIPESTATUS[0]}; \
	count=$$(sed -n 's/.*Test run with \([0-9][0-9]*\) tests\{0,1\} .* passed .*/\1/p' "$$log" | tail -n 1); \
	rm -f "$$log"; \
	if [ "$$status" -eq 0 ] && [ -n "$$count" ]; then echo "tests: $$count passed, 0 failed"; fi; \
	exit $$status

## lint: the style of .swift-format (swift format ships with the toolchain); fails on any finding.
lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift

## format: rewrites Sources and Tests in the style of .swift-format.
format:
	$(SWIFT) format format --in-place --recursive --parallel Sources Tests Package.swift

## bench: synthetic provinces of 2.000, 20.000 and 135.000 CĐCS and a wide xlsx (made once, cached in
## /tmp/unionstats-bench-*), `report` and `validate --period 2021-H1 --timings` on each under /usr/bin/time -v,
## one table. BENCH_SIZES="2k 20k" skips the national one; see scripts/bench.sh for the other settings.
BENCH_SIZES ?= 2k 20k 135k
BENCH_WIDE ?= 1

bench: setup
	@if [ ! -x /usr/bin/time ]; then \
		echo "Installing time (GNU /usr/bin/time, for peak memory)..."; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq time; \
	fi
	SWIFT="$(SWIFT)" BENCH_SIZES="$(BENCH_SIZES)" BENCH_WIDE="$(BENCH_WIDE)" scripts/bench.sh

clean:
	rm -rf .build
