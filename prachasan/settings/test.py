"""Test settings: fast hashing, local cache, plain static files, immediate tasks."""

from .base import *  # noqa: F403
from .base import DATABASES, VAR_DIR

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "prachasan.search.backends", "ATOMIC_REBUILD": False}
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = VAR_DIR / "test-media"
WAGTAILADMIN_BASE_URL = "http://testserver"
SERVE_MEDIA = True
WHITENOISE_USE_FINDERS = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405 (WhiteNoise warns otherwise)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory: the browser tests' server thread opens its own connection and
    # must see the demo office that the session loaded.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}
    # No WAL in tests: a -wal file left beside a dropped test database would be replayed
    # into the next session's database of the same name.
    DATABASES["default"]["OPTIONS"]["init_command"] = "PRAGMA journal_mode=DELETE;"
# Close connections after each request, so the browser tests' server threads leave no
# session open that would stop the test database from being dropped.
DATABASES["default"]["CONN_MAX_AGE"] = 0
