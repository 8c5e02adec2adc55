"""Writes of the public site."""

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Site

from .models import DailyVisits


def visit_record(*, site: Site) -> None:
    """Count one visit for today."""
    today = timezone.localdate()
    with transaction.atomic():
        updated = DailyVisits.objects.filter(site=site, date=today).update(count=F("count") + 1)
        if not updated:
            visits, created = DailyVisits.objects.get_or_create(
                site=site, date=today, defaults={"count": 1}
            )
            if not created:
                DailyVisits.objects.filter(pk=visits.pk).update(count=F("count") + 1)
    cache.delete(f"visits-total:{site.pk}")
