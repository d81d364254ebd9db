# UnionStats: `make report` (set up, build, run on input/) and `make test`.
SWIFT ?= swift
INPUT ?= input
OUTPUT ?= output
PERIOD ?=
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

## test: every test (Swift Testing).
test: setup
	$(SWIFT) test

clean:
	rm -rf .build
