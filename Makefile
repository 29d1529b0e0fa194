# Two commands for a fresh Debian machine: `make demo` and `make test`.
# Each sets up what it needs: Debian packages (installed when run as root,
# otherwise the exact apt-get line is printed) and a venv in .venv.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

APT_PACKAGES := python3-venv python3-dev gcc make git sqlite3 openssl \
	fonts-noto-cjk libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 \
	libfontconfig1 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 \
	libxcb-xkb1 libpulse0 xvfb xauth \
	pcscd libpcsclite-dev vsmartcard-vpcd swig socat cage xwayland libusb-1.0-0 \
	speech-dispatcher speech-dispatcher-espeak-ng espeak-ng

.PHONY: all setup system-packages demo test lint bench package package-test clean

all: setup

system-packages:
	@missing=""; for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "installing Debian packages:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
		else \
			echo "These Debian packages are missing. Run, then try again:"; \
			echo "  sudo apt-get install -y$$missing"; exit 1; \
		fi; \
	fi

$(STAMP): pyproject.toml
	$(MAKE) system-packages
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[central,pcsc,usb,dev,package]'
	touch $(STAMP)

setup: $(STAMP)

# The demo: a central server on loopback with demo data, a terminal on
# simulated devices, and the simulator panel. Without a display it runs under
# Xvfb (take screenshots with `kiosk screenshots` instead).
demo: setup
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(BIN)/kiosk --data-dir ./demo-data demo; \
	else \
		echo "no display: starting the demo under Xvfb"; \
		xvfb-run -a -s "-screen 0 1920x1080x24" $(BIN)/kiosk --data-dir ./demo-data demo; \
	fi

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -p no:cacheprovider

# The self-contained build (PyInstaller) in dist/kiosk; `make test` also
# builds it and runs it away from the source tree (tests/packaging/test_build.py).
package: setup
	sh packaging/build.sh

package-test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -p no:cacheprovider -m slow tests/packaging/test_build.py

lint: setup
	$(BIN)/ruff check kiosk ui sync hardware central tests bench

bench: setup
	$(BIN)/python bench/search.py
	$(BIN)/python bench/replica_load.py
	$(BIN)/python bench/tag_damage.py

clean:
	rm -rf $(VENV) demo-data build dist .pytest_cache
