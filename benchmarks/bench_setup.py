"""What every benchmark does first: Django on a throwaway var directory (its own SQLite
database in WAL mode, as `make run` has it, and the database task queue), migrated, with
one office and one published news item to send."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The embedded default only: no PostgreSQL, Redis or SMTP from the caller's environment.
ENVIRONMENT_CLEARED = ("DATABASE_URL", "REDIS_URL", "EMAIL_HOST", "OPENSEARCH_URL")


def django_start(*, var_dir: str | None) -> Path:
    """Set Django up on ``var_dir`` (a new temporary directory when None) and migrate."""
    var = Path(var_dir) if var_dir else Path(tempfile.mkdtemp(prefix="prachasan-bench-"))
    var.mkdir(parents=True, exist_ok=True)
    os.environ["PRACHASAN_VAR_DIR"] = str(var)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prachasan.settings.dev")
    for name in ENVIRONMENT_CLEARED:
        os.environ.pop(name, None)
    sys.path.insert(0, str(ROOT))

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    # As in production: no query log kept per SQL statement (the dev settings' DEBUG).
    settings.DEBUG = False
    logging.getLogger("wagtail").setLevel(logging.WARNING)

    call_command("migrate", verbosity=0, interactive=False)
    return var


def bench_item_create():
    """The office (created on first use) and a newly published item: (office, page,
    revision). An item per run, so that a kept var directory can be run again."""
    from django.utils import timezone

    from prachasan.news.models import NewsIndexPage, NewsPage
    from prachasan.site.services import office_site_create

    site, office, pages = office_site_create(
        hostname="bench.example",
        name_th="สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบสมรรถนะ เขต 1",
        short_name_th="สพป.ทดสอบ เขต 1",
        email="pr@bench.example",
        phone="0 7400 0001",
    )
    index = NewsIndexPage.objects.filter(department__isnull=False).order_by("pk").first()
    stamp = timezone.now().strftime("%Y%m%d%H%M%S%f")
    page = NewsPage(
        title="สพป.ทดสอบ เขต 1 ขอเชิญผู้ปกครองร่วมงานวันวิชาการ ปีการศึกษา 2569",
        slug=f"bench-{stamp}",
        lead=(
            "สำนักงานเขตพื้นที่การศึกษาขอเชิญผู้ปกครองและชุมชนร่วมชมผลงานนักเรียน "
            "การแสดงบนเวที และนิทรรศการของโรงเรียนในสังกัด ณ หอประชุมของสำนักงาน"
        ),
        body=[{"type": "paragraph", "value": "<p>รายละเอียดของงานวันวิชาการ</p>"}],
    )
    index.add_child(instance=page)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    return office, page, page.live_revision


def peak_rss_mib() -> float:
    """The process's peak resident memory so far (Linux reports KiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
