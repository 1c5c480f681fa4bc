# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
OUT ?= output
# Pango lays out text; libharfbuzz-subset0 makes font subsetting ~10x faster and
# the PDFs byte-for-byte reproducible; the Noto fonts give names in Arabic,
# Chinese, Japanese, Korean, other scripts and emoji real glyphs.
SYSTEM_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 \
	fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji
BROWSER_PACKAGES := chromium
PORT ?= 8765

.PHONY: demo test test-sweeps serve screenshots previews bench bench-serve system-deps browser-deps lint clean translations messages

demo: system-deps $(VENV)/.installed translations
	$(BIN)/worksheets build --all --out $(OUT)

# Both cores (a test file stays on one worker, so its fixtures render once); line coverage, 90% or fail.
# The sweeps (every document in a paper or language, veraPDF) run in test-sweeps: CI runs both.
test: system-deps browser-deps $(VENV)/.installed-test translations
	$(BIN)/python -m pytest -n 2 --dist loadfile -m "not sweep" --cov --cov-report=term

test-sweeps: system-deps $(VENV)/.installed-test translations
	$(BIN)/python -m pytest -n 2 --dist loadfile -m sweep

# The whole tool as a web page on this computer: http://localhost:8765/ (Ctrl-C stops it).
serve: system-deps $(VENV)/.installed translations
	$(BIN)/worksheets serve --port $(PORT) --open

# Pictures of each page of the web app for the README, taken in Chromium.
screenshots: system-deps browser-deps $(VENV)/.installed-test translations
	$(BIN)/python docs/make_screenshots.py

lint: $(VENV)/.installed-test
	$(BIN)/ruff check worksheets tests bench
	$(BIN)/ruff format --check worksheets tests bench

previews: system-deps $(VENV)/.installed
	@command -v pdftoppm >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq poppler-utils; } || \
	  { echo "Install poppler-utils: sudo apt-get install poppler-utils"; exit 1; }
	$(BIN)/python docs/make_previews.py

system-deps:
	@$(call debian_packages,$(SYSTEM_PACKAGES))

# Debian's Chromium, for the web page's end-to-end tests and screenshots (Playwright drives it).
browser-deps:
	@$(call debian_packages,$(BROWSER_PACKAGES))

# Install the Debian packages named in $(1) that are missing (as root), or say how to.
define debian_packages
if ! command -v dpkg >/dev/null 2>&1; then \
  echo "Not a Debian system: make sure Pango (>= 1.44), HarfBuzz's subset library and Chromium are installed."; \
else \
  missing=""; \
  for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
  if [ -n "$$missing" ]; then \
    if [ "$$(id -u)" = 0 ]; then \
      echo "Installing system packages:$$missing"; \
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
    else \
      echo "Missing system packages:$$missing"; \
      echo "Install them with:  sudo apt-get install$$missing"; \
      exit 1; \
    fi; \
  fi; \
fi
endef

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.installed

# Fixed words in other languages: compile each gettext catalogue (.po) to the .mo the tool reads.
translations: $(VENV)/.installed
	@$(BIN)/pybabel compile --statistics -d worksheets/locale -D worksheets

# After changing labels in content/en/site.yaml: extract them again and merge into every catalogue.
messages: $(VENV)/.installed
	$(BIN)/pybabel extract -F babel.cfg --no-location --add-comments=label: --project worksheets \
	  --copyright-holder "The worksheets contributors" -o worksheets/locale/worksheets.pot .
	$(BIN)/pybabel update -i worksheets/locale/worksheets.pot -d worksheets/locale -D worksheets --width 100

bench: system-deps $(VENV)/.installed
	$(BIN)/python bench/batch.py

bench-serve: system-deps $(VENV)/.installed translations
	$(BIN)/python bench/serve.py

clean:
	rm -rf $(VENV) build dist *.egg-info
