# UnionStats: `make report` (set up, build, run on input/) and `make test`.
SWIFT ?= swift
INPUT ?= input
OUTPUT ?= output
PERIOD ?=
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all setup build report test bench clean

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

## bench: a synthetic 20.000-CĐCS province (made once, in BENCH_DIR), then `unionstats report` on it under /usr/bin/time -v.
BENCH_DIR ?= /tmp/unionstats-bench
BENCH_OUTPUT ?= /tmp/unionstats-bench-output
BENCH_PERIOD ?= 2021-H1
BENCH_ARGS ?= --grassroots 20000 --uppers 45 --quarters 2020-Q1...2021-Q2 --seed 42

bench: setup
	$(SWIFT) build -c release --product unionstats
	$(SWIFT) build -c release --product GenerateProvince
	@if [ -f $(BENCH_DIR)/units.csv ]; then \
		echo "Using the province already in $(BENCH_DIR) (rm -rf it to make a new one)."; \
	else \
		rm -rf $(BENCH_DIR).partial && \
		.build/release/GenerateProvince $(BENCH_DIR).partial $(BENCH_ARGS) --catalogue $(INPUT)/indicators.csv && \
		rm -rf $(BENCH_DIR) && mv $(BENCH_DIR).partial $(BENCH_DIR); \
	fi
	@if [ ! -x /usr/bin/time ]; then \
		echo "Installing time (GNU /usr/bin/time, for peak memory)..."; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq time; \
	fi
	@du -sh $(BENCH_DIR)
	/usr/bin/time -v .build/release/unionstats report --input $(BENCH_DIR) --output $(BENCH_OUTPUT) --period $(BENCH_PERIOD)
	@ls -l $(BENCH_OUTPUT)/$(BENCH_PERIOD)

clean:
	rm -rf .build
