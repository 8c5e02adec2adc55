"""Local development: the embedded default, debug on."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-not-secret-prachasan"
ALLOWED_HOSTS = ["*"]
