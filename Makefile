# Everything a fresh machine needs, from Python 3.11 and the package registries alone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
UV     := $(BIN)/uv
UV_VERSION := 0.13.9

.PHONY: install demo test lint lock bench browser

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# The lock is the only source of versions; the project itself goes in editable, without deps.
$(VENV)/.installed: $(UV) requirements.lock pyproject.toml
	$(UV) pip sync --quiet --python $(BIN)/python --compile-bytecode requirements.lock
	$(UV) pip install --quiet --python $(BIN)/python --no-deps --compile-bytecode -e .
	touch $@

install: $(VENV)/.installed

# The offline demo: edition 1 then edition 2 of the bundled captures, into a demo warehouse.
demo: install
	$(BIN)/python -m flows.demo

# The HTML report and the review desk are checked in a real headless Chromium (Debian's
# package; the desk's test drives it through Debian's chromium-driver) when root can install
# them; without them, those tests say they were skipped and why.
browser:
	@{ command -v chromium && command -v chromedriver; } >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
		&& (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >/dev/null 2>&1 \
		|| echo "chromium or chromium-driver is not installed: the browser tests will be skipped"; }

test: install browser
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check .

# Re-resolve after editing pyproject.toml; never commit a uv.lock (it names the registry host).
lock: $(UV)
	$(UV) pip compile pyproject.toml --extra dev --python-version 3.11 -o requirements.lock
