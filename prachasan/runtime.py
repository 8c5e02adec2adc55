"""What a web process does once, before its first request."""

from __future__ import annotations

import gc


def process_warm() -> None:
    """Load what every request needs, then put every object made so far out of the
    garbage collector's reach (``gc.freeze``).

    A web process holds about 250,000 objects that live as long as it does (Django's and
    the apps' modules, classes, URL patterns, the word cutter's dictionary). Python's
    full collection walks them all: 95 to 130 ms on this project's 2-core machine, at
    a random moment inside whichever request happened to allocate the last straw (a
    search allocates a thousand candidates). Frozen, they are skipped, and forked workers
    keep sharing their memory pages."""
    from django.urls import get_resolver

    from prachasan.search.text import search_text

    get_resolver().url_patterns  # noqa: B018 (imports every view and its models)
    search_text("ค้นหาข่าวประชาสัมพันธ์")  # loads the word cutter and its dictionary
    gc.collect()
    gc.freeze()
