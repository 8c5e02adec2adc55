import os

from django.core.wsgi import get_wsgi_application

from prachasan.runtime import process_warm

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prachasan.settings.dev")

application = get_wsgi_application()
process_warm()
