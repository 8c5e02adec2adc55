"""Reads for the distribution screens: who may see which channels and dispatches, the
delivery log of one item, and today's failed sends."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.utils import timezone
from wagtail.models import Page, Site

from prachasan.offices.models import Department, Office, RoleGroup

from .models import Appearance, Channel, Correction, Dispatch, DispatchStatus

# The office-wide roles that run distribution: the channels, the log, the retries.
DISTRIBUTION_ROLES = (RoleGroup.Role.PR_OFFICER, RoleGroup.Role.ADMINISTRATOR)


def distribution_offices(*, user) -> QuerySet[Office]:
    """The offices whose channels and delivery log the user works on: those where they are
    a PR officer or an administrator (every office for a superuser)."""
    if not user.is_authenticated or not user.is_active:
        return Office.objects.none()
    if user.is_superuser:
        return Office.objects.all()
    return Office.objects.filter(
        role_groups__group__user=user,
        role_groups__role__in=DISTRIBUTION_ROLES,
        role_groups__department__isnull=True,
    ).distinct()


def distribution_office_ids(*, user) -> frozenset[int]:
    """``distribution_offices`` as ids, read once per user object (menus, buttons and
    permission checks ask many times in one request)."""
    cached = getattr(user, "_distribution_office_ids", None)
    if cached is None:
        cached = frozenset(distribution_offices(user=user).values_list("pk", flat=True))
        user._distribution_office_ids = cached
    return cached


def user_is_pr_officer(*, user) -> bool:
    """Whether the user is a PR officer of some office, or a superuser."""
    if not user.is_authenticated or not user.is_active:
        return False
    return (
        user.is_superuser
        or RoleGroup.objects.filter(
            group__user=user, role=RoleGroup.Role.PR_OFFICER, department__isnull=True
        ).exists()
    )


def page_site_id(*, page: Page) -> int | None:
    """The id of the site holding the page, from Wagtail's cached site roots (no query
    per page in a listing)."""
    for root in Site.get_site_root_paths():
        if page.url_path.startswith(root.root_path):
            return root.site_id
    return None


def user_may_distribute_page(*, user, page: Page) -> bool:
    """Whether the page is on the site of one of the user's distribution offices."""
    sites = getattr(user, "_distribution_site_ids", None)
    if sites is None:
        sites = frozenset(distribution_offices(user=user).values_list("site_id", flat=True))
        user._distribution_site_ids = sites
    return page_site_id(page=page) in sites


def channels_visible(*, user) -> QuerySet[Channel]:
    return Channel.objects.filter(office__in=distribution_offices(user=user))


def dispatches_visible(*, user) -> QuerySet[Dispatch]:
    return Dispatch.objects.filter(channel__office__in=distribution_offices(user=user))


def corrections_visible(*, user) -> QuerySet[Correction]:
    return Correction.objects.filter(office__in=distribution_offices(user=user))


def appearances_visible(*, user) -> QuerySet[Appearance]:
    return Appearance.objects.filter(office__in=distribution_offices(user=user))


def departments_of_offices(*, offices) -> QuerySet[Department]:
    return Department.objects.filter(office__in=offices).order_by("office", "sort_order", "name")


def news_pages_of_offices(*, offices):
    """The live news items published on the offices' sites, newest first."""
    from prachasan.news.models import NewsPage

    roots = Page.objects.filter(sites_rooted_here__office__in=offices)
    condition = Q(pk__in=[])
    for root in roots:
        condition |= Q(path__startswith=root.path, depth__gt=root.depth)
    return NewsPage.objects.live().filter(condition).order_by("-first_published_at", "-pk")


def dispatches_failed_today(*, user, now: datetime.datetime | None = None) -> list[Dispatch]:
    """The failed dispatches of the user's offices last changed today (Bangkok time), the
    latest first, with their channel and item: two queries however many."""
    now = now or timezone.now()
    day_start = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return list(
        dispatches_visible(user=user)
        .filter(status=DispatchStatus.FAILED, updated_at__gte=day_start)
        .select_related("channel", "page", "correction")
        .order_by("-updated_at", "-pk")
    )


def page_channels_sent(*, page: Page) -> QuerySet[Channel]:
    """The channels an item went out on (a dispatch of the item itself, sent)."""
    sent = Dispatch.objects.filter(
        page=page, correction__isnull=True, status=DispatchStatus.SENT
    ).values("channel")
    return Channel.objects.filter(pk__in=sent).order_by("kind", "name")


def page_was_sent(*, page: Page) -> bool:
    return Dispatch.objects.filter(
        page=page, correction__isnull=True, status=DispatchStatus.SENT
    ).exists()


@dataclass
class ChannelDeliveries:
    """One channel's dispatches of an item, with their totals."""

    channel: Channel
    dispatches: list[Dispatch] = field(default_factory=list)

    @property
    def recipients_total(self) -> int:
        return sum(len(dispatch.recipients) for dispatch in self.dispatches)

    @property
    def recipients_reached(self) -> int:
        return sum(dispatch.recipients_done for dispatch in self.dispatches)

    def count(self, status: str) -> int:
        return sum(1 for dispatch in self.dispatches if dispatch.status == status)

    @property
    def sent(self) -> int:
        return self.count(DispatchStatus.SENT)

    @property
    def failed(self) -> int:
        return self.count(DispatchStatus.FAILED)

    @property
    def pending(self) -> int:
        return len(self.dispatches) - self.sent - self.failed


def page_deliveries(*, page: Page) -> list[ChannelDeliveries]:
    """The item's dispatches (not the corrections') grouped by channel, in one query."""
    by_channel: dict[int, ChannelDeliveries] = {}
    dispatches = (
        Dispatch.objects.filter(page=page, correction__isnull=True)
        .select_related("channel")
        .order_by("channel__kind", "channel__name", "created_at", "batch_index")
    )
    for dispatch in dispatches:
        group = by_channel.setdefault(dispatch.channel_id, ChannelDeliveries(dispatch.channel))
        group.dispatches.append(dispatch)
    return list(by_channel.values())


def page_corrections(*, page: Page) -> list[Correction]:
    """The correction notices sent for the item, with their channels and dispatches."""
    return list(
        Correction.objects.filter(page=page)
        .select_related("created_by")
        .prefetch_related("channels", "dispatches")
        .order_by("-created_at")
    )


def channel_dispatches_recent(*, channel: Channel, limit: int = 10) -> list[Dispatch]:
    return list(
        channel.dispatches.select_related("page").order_by("-created_at", "batch_index")[:limit]
    )
