"""Local development: the embedded default, debug on."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-not-secret-prachasan"
ALLOWED_HOSTS = ["*"]
# Serve static files straight from the apps: no collectstatic step while developing.
WHITENOISE_USE_FINDERS = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405 (WhiteNoise warns otherwise)
WHITENOISE_AUTOREFRESH = True
