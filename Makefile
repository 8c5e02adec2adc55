# prachasan: `make run` sets everything up and runs the demo office; `make test` runs
# every check and the whole test suite.

PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= prachasan.settings.dev

.PHONY: run install migrate demo serve test lint check pytest browser-deps lock messages clean

$(VENV)/.installed: requirements/dev.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements/dev.txt
	touch $@

install: $(VENV)/.installed

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo

run: demo
	@echo ""
	@echo "  ประชาสาร is running at http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	@echo "  Demo logins (password: prachasan-demo):"
	@echo "    admin (administrator), pr (PR officer), editor (ICT web editor),"
	@echo "    director (ICT department director), deputy (deputy director), areadirector (area director)"
	@echo "  Stop with Ctrl-C."
	@echo ""
	$(PY) manage.py serve --host $(HOST) --port $(PORT)

lint: install
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/djhtml --check prachasan/templates

check: install
	DJANGO_SETTINGS_MODULE=prachasan.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=prachasan.settings.test $(PY) manage.py makemigrations --check --dry-run
	SECRET_KEY=check-deploy-only-$$(date +%s)-not-a-real-secret-0123456789abcdefghijklmnop \
		ALLOWED_HOSTS=example.go.th DJANGO_SETTINGS_MODULE=prachasan.settings.production \
		$(PY) manage.py check --deploy --fail-level WARNING

browser-deps:
	@test -x /usr/bin/chromium -a -x /usr/bin/pdftotext || { \
		echo "Installing Debian's Chromium (browser tests) and poppler-utils (PDF tests)"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && \
		$$SUDO apt-get install -y -qq chromium poppler-utils >/dev/null; }

pytest: install browser-deps
	env -u DATABASE_URL DJANGO_SETTINGS_MODULE=prachasan.settings.test $(PY) -m pytest -n 2 -q
	@if [ -n "$$DATABASE_URL" ]; then \
		echo "Running the suite again on $$DATABASE_URL"; \
		DJANGO_SETTINGS_MODULE=prachasan.settings.test $(PY) -m pytest -n 2 -q; \
	fi

test: lint check pytest

lock: install
	$(VENV)/bin/uv pip compile requirements/base.in -o requirements/base.txt --python-version 3.11 -q
	$(VENV)/bin/uv pip compile requirements/dev.in -o requirements/dev.txt --python-version 3.11 -q

messages: install
	cd prachasan && ../$(PY) ../manage.py makemessages -l th --no-obsolete
	cd prachasan && ../$(PY) ../manage.py compilemessages -l th

clean:
	rm -rf $(VENV) var
