"""The distribution screens as the office's PR officer uses them: channels with their
secrets kept hidden, the delivery log with its retry button and CSV, one item's
deliveries, and today's failures on the dashboard; nobody else's records are reachable."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.models import Site

from prachasan.demo.services import DEMO_PASSWORD
from prachasan.distribution.models import (
    Channel,
    ChannelKind,
    Dispatch,
    DispatchError,
    DispatchStatus,
    LineGroup,
)
from prachasan.network.models import RecipientGroup
from prachasan.offices.models import Office, RoleGroup
from prachasan.offices.services import user_role_assign

pytestmark = pytest.mark.django_db

CHANNELS = "/admin/distribution/channels/"
LOG = "/admin/distribution/log/"
TOKEN = "line-token-abcdefghijklmnop-WXYZ"


@pytest.fixture
def other_office():
    call_command(
        "create_office", "dist-other.example.go.th", name="สำนักงานเขตอื่น", short_name="สพป.อื่น"
    )
    return Office.for_site(Site.objects.get(hostname="dist-other.example.go.th"))


@pytest.fixture
def other_pr(other_office):
    """A PR officer of the other office only."""
    user = get_user_model().objects.create_user("pr-other", password=DEMO_PASSWORD)
    user_role_assign(user=user, office=other_office, role=RoleGroup.Role.PR_OFFICER)
    return user


@pytest.fixture
def line_channel(office):
    channel = Channel(office=office, kind=ChannelKind.LINE, name="LINE สำนักงาน")
    channel.settings = {"audience": "groups", "api_base": "https://api.line.me"}
    channel.secret_set("channel_access_token", TOKEN)
    channel.save()
    return channel


def failed_dispatch(channel, page, revision, **fields) -> Dispatch:
    values = {
        "status": DispatchStatus.FAILED,
        "error": DispatchError.BAD_CREDENTIALS,
        "error_detail": "HTTP 401: Authentication failed xyz-detail",
        "recipients": [{"phone": "0812345678"}, {"phone": "0812345679"}],
        "recipients_done": 1,
        "attempts": 1,
        **fields,
    }
    return Dispatch.objects.create(channel=channel, page=page, revision=revision, **values)


# Channels ------------------------------------------------------------------------------


def test_the_distribution_menu_is_for_pr_officers_not_editors(client, login):
    login("pr")
    html = client.get("/admin/").content.decode()
    assert CHANNELS in html and LOG in html
    client.logout()
    login("editor")
    html = client.get("/admin/").content.decode()
    assert CHANNELS not in html
    # Wagtail answers a refused admin page by sending the user back to the dashboard.
    for url in (CHANNELS, CHANNELS + "new/?kind=line", LOG):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert response.get("Location", "/admin/") == "/admin/"


def test_channel_list_shows_only_the_users_offices(
    client, login, line_channel, other_office, other_pr, django_assert_max_num_queries
):
    Channel.objects.create(office=other_office, kind=ChannelKind.SMS, name="SMS ของสำนักงานอื่น")
    for number in range(15):
        Channel.objects.create(
            office=line_channel.office, kind=ChannelKind.EMAIL, name=f"อีเมล {number}"
        )
    login("pr")
    with django_assert_max_num_queries(40):
        html = client.get(CHANNELS).content.decode()
    assert "LINE สำนักงาน" in html
    assert "SMS ของสำนักงานอื่น" not in html
    client.logout()
    client.login(username="pr-other", password=DEMO_PASSWORD)
    html = client.get(CHANNELS).content.decode()
    assert "SMS ของสำนักงานอื่น" in html and "LINE สำนักงาน" not in html


def test_a_new_channel_starts_by_choosing_its_kind(client, login):
    login("pr")
    html = client.get(CHANNELS + "new/").content.decode()
    for kind in ChannelKind.values:
        assert f"{CHANNELS}new/?kind={kind}" in html


def test_line_form_shows_only_lines_settings(client, login):
    login("pr")
    form = client.get(CHANNELS + "new/?kind=line").context["form"]
    assert {"setting_audience", "setting_api_base", "secret_channel_access_token"} <= set(
        form.fields
    )
    assert "setting_smtp_host" not in form.fields
    assert "setting_page_id" not in form.fields


def channel_data(office, **fields) -> dict:
    data = {"office": office.pk, "name": "ช่องทางใหม่", "active": "on"}
    data.update(fields)
    return data


def test_a_line_channel_needs_a_token(client, login, office):
    login("pr")
    response = client.post(
        CHANNELS + "new/?kind=line",
        channel_data(office, setting_audience="groups", setting_api_base="https://api.line.me"),
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "secret_channel_access_token" in errors
    assert not Channel.objects.filter(name="ช่องทางใหม่").exists()


def test_a_line_channel_is_created_with_its_secret_encrypted_and_never_shown(client, login, office):
    login("pr")
    response = client.post(
        CHANNELS + "new/?kind=line",
        channel_data(
            office,
            setting_audience="multicast",
            setting_api_base="https://api.line.me",
            secret_channel_access_token=TOKEN,
            default_news_kinds=["urgent", "announcement"],
        ),
    )
    assert response.status_code == 302
    channel = Channel.objects.get(name="ช่องทางใหม่")
    assert channel.kind == ChannelKind.LINE
    assert channel.settings["audience"] == "multicast"
    assert channel.secret_get("channel_access_token") == TOKEN
    assert TOKEN not in str(channel.secrets_encrypted)
    assert channel.default_news_kinds == ["urgent", "announcement"]
    edit = client.get(f"{CHANNELS}edit/{channel.pk}/").content.decode()
    assert TOKEN not in edit
    assert "••••WXYZ" in edit
    inspect = client.get(f"{CHANNELS}inspect/{channel.pk}/").content.decode()
    assert TOKEN not in inspect and "••••WXYZ" in inspect


def test_a_blank_secret_keeps_the_stored_one_and_clear_removes_it(client, login, line_channel):
    login("pr")
    url = f"{CHANNELS}edit/{line_channel.pk}/"
    data = channel_data(
        line_channel.office,
        name=line_channel.name,
        setting_audience="groups",
        setting_api_base="https://api.line.me",
        secret_channel_secret="new-channel-secret",
    )
    assert client.post(url, data).status_code == 302
    line_channel.refresh_from_db()
    assert line_channel.secret_get("channel_access_token") == TOKEN
    assert line_channel.secret_get("channel_secret") == "new-channel-secret"

    data["secret_channel_secret"] = ""
    data["secret_channel_secret_clear"] = "on"
    assert client.post(url, data).status_code == 302
    line_channel.refresh_from_db()
    assert "channel_secret" not in line_channel.secrets_encrypted
    assert line_channel.secret_get("channel_access_token") == TOKEN

    # Clearing the token itself is refused: a LINE channel needs one.
    data["secret_channel_access_token_clear"] = "on"
    response = client.post(url, data)
    assert response.status_code == 200
    assert "secret_channel_access_token" in response.context["form"].errors


def test_an_sms_channel_without_a_provider_needs_the_gateway_address(client, login, office):
    login("pr")
    data = channel_data(
        office,
        setting_profile="generic",
        setting_method="POST",
        setting_format="json",
        setting_auth="bearer",
    )
    response = client.post(CHANNELS + "new/?kind=sms", data)
    assert response.status_code == 200
    assert "setting_url" in response.context["form"].errors
    data["setting_url"] = "https://sms.example.test/send"
    data["setting_fields__to"] = "msisdn"
    data["secret_api_key"] = "k-12345678"
    assert client.post(CHANNELS + "new/?kind=sms", data).status_code == 302
    channel = Channel.objects.get(name="ช่องทางใหม่")
    assert channel.settings["url"] == "https://sms.example.test/send"
    assert channel.settings["fields"]["to"] == "msisdn"
    assert channel.secret_get("api_key") == "k-12345678"


def test_a_facebook_channel_needs_a_page_id(client, login, office):
    login("pr")
    data = channel_data(
        office, setting_api_version="v21.0", setting_api_base="https://graph.facebook.com"
    )
    response = client.post(CHANNELS + "new/?kind=facebook", data)
    assert response.status_code == 200
    assert response.context["form"].errors["setting_page_id"] == [
        gettext("A Facebook channel needs the page ID.")
    ]


def test_recipient_groups_are_those_of_the_channels_office(client, login, office, other_office):
    own = RecipientGroup.objects.filter(office=office).first()
    foreign = RecipientGroup.objects.create(office=other_office, name="กลุ่มของสำนักงานอื่น")
    login("pr")
    form = client.get(CHANNELS + "new/?kind=email").context["form"]
    groups = set(form.fields["recipient_groups"].queryset)
    assert own in groups and foreign not in groups
    response = client.post(
        CHANNELS + "new/?kind=email", channel_data(office, recipient_groups=[foreign.pk])
    )
    assert "recipient_groups" in response.context["form"].errors


def test_another_offices_channel_is_not_found(client, other_office, other_pr, line_channel):
    client.login(username="pr-other", password=DEMO_PASSWORD)
    for view in ("edit", "inspect", "delete"):
        assert client.get(f"{CHANNELS}{view}/{line_channel.pk}/").status_code == 404
    assert client.post(f"{CHANNELS}delete/{line_channel.pk}/").status_code == 404
    assert Channel.objects.filter(pk=line_channel.pk).exists()


def test_a_channel_that_sent_is_switched_off_not_deleted(client, login, sms_channel, news_item):
    page, revision = news_item
    failed_dispatch(sms_channel, page, revision)
    login("pr")
    response = client.post(f"{CHANNELS}delete/{sms_channel.pk}/")
    assert response.status_code == 302
    assert Channel.objects.filter(pk=sms_channel.pk).exists()


def test_line_inspect_page_lists_groups_and_names_them(client, login, line_channel, monkeypatch):
    group = LineGroup.objects.create(channel=line_channel, group_id="C0123456789abcdef")
    import prachasan.distribution.admin_views as admin_views

    monkeypatch.setattr(
        admin_views,
        "line_quota_read",
        lambda channel: ({"limit": 300, "type": "limited", "used": 42}, ""),
    )
    login("pr")
    html = client.get(f"{CHANNELS}inspect/{line_channel.pk}/").content.decode()
    assert "C0123456789abcdef" in html
    assert f"/line/webhook/{line_channel.pk}/" in html
    assert "42" in html and "300" in html
    response = client.post(
        f"{CHANNELS}line-groups/{line_channel.pk}/",
        {
            "groups-TOTAL_FORMS": "1",
            "groups-INITIAL_FORMS": "1",
            "groups-MIN_NUM_FORMS": "0",
            "groups-MAX_NUM_FORMS": "1000",
            "groups-0-id": group.pk,
            "groups-0-name": "กลุ่มผู้บริหารโรงเรียน",
            "groups-0-send": "on",
        },
    )
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.name == "กลุ่มผู้บริหารโรงเรียน" and group.send


def test_line_quota_error_is_shown_not_raised(client, login, line_channel, monkeypatch):
    import prachasan.distribution.line as line

    def refuse(channel):
        raise RuntimeError("quota endpoint down")

    monkeypatch.setattr(line, "line_quota", refuse, raising=False)
    login("pr")
    response = client.get(f"{CHANNELS}inspect/{line_channel.pk}/")
    assert response.status_code == 200
    assert "quota endpoint down" in response.content.decode()


# The delivery log ----------------------------------------------------------------------


def test_the_log_shows_the_failure_in_words_and_a_retry_button(
    client, login, sms_channel, news_item
):
    page, revision = news_item
    dispatch = failed_dispatch(sms_channel, page, revision)
    login("pr")
    html = client.get(LOG).content.decode()
    assert page.title in html
    with translation.override("th"):
        assert str(dispatch.get_error_display()) in html
    assert "xyz-detail" in html  # in the details
    assert reverse("distribution_log:retry", args=[dispatch.pk]) in html
    assert gettext("Retry") in html
    assert "1 / 2" in html
    assert reverse("distribution_item", args=[page.pk]) in html


def test_the_log_filters_and_hides_other_offices(
    client, login, sms_channel, news_item, other_office
):
    page, revision = news_item
    failed_dispatch(sms_channel, page, revision)
    Dispatch.objects.create(
        channel=sms_channel, page=page, revision=revision, batch_index=1, status="sent"
    )
    foreign = Channel.objects.create(office=other_office, kind=ChannelKind.SMS, name="SMS อื่น")
    Dispatch.objects.create(channel=foreign, page=page, revision=revision, status="failed")
    login("pr")
    rows = client.get(LOG).context["object_list"]
    assert sms_channel.pk in {d.channel_id for d in rows}
    assert foreign.pk not in {d.channel_id for d in rows}
    mine = {"channel": sms_channel.pk}
    failed = client.get(LOG, {**mine, "status": "failed"}).context["object_list"]
    assert [d.status for d in failed] == ["failed"]
    by_kind = client.get(LOG, {**mine, "kind": "line"}).context["object_list"]
    assert list(by_kind) == []
    by_department = client.get(LOG, {**mine, "department": page.department_id})
    assert len(by_department.context["object_list"]) == 2
    other_department = page.department.office.departments.exclude(pk=page.department_id).first()
    by_other = client.get(LOG, {**mine, "department": other_department.pk})
    assert list(by_other.context["object_list"]) == []
    # Another office's channel is not even offered as a filter.
    offered = client.get(LOG).context["filters"].form.fields["channel"].queryset
    assert sms_channel in offered and foreign not in offered


def test_the_log_reads_a_fixed_number_of_queries(
    client, login, sms_channel, news_item, django_assert_max_num_queries
):
    page, revision = news_item
    for batch in range(40):
        failed_dispatch(sms_channel, page, revision, batch_index=batch)
    login("pr")
    client.get(LOG)  # warm the caches (site root paths, permissions)
    with django_assert_max_num_queries(30):
        response = client.get(LOG)
    assert response.status_code == 200


def test_the_log_exports_csv_with_the_filters(client, login, sms_channel, news_item):
    page, revision = news_item
    failed_dispatch(sms_channel, page, revision)
    Dispatch.objects.create(
        channel=sms_channel, page=page, revision=revision, batch_index=1, status="sent"
    )
    login("pr")
    response = client.get(LOG, {"channel": sms_channel.pk, "status": "failed", "export": "csv"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 2  # heading and the failed dispatch
    assert page.title in rows[1]
    assert "xyz-detail" in "".join(rows[1])


def test_retry_sends_a_failed_dispatch_again(
    client, login, sms_channel, news_item, fake_adapter, django_capture_on_commit_callbacks
):
    page, revision = news_item
    dispatch = failed_dispatch(sms_channel, page, revision)
    login("pr")
    url = reverse("distribution_log:retry", args=[dispatch.pk])
    assert client.get(url).status_code == 405
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"next": LOG})
    assert response.status_code == 302 and response["Location"] == LOG
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.SENT
    assert len(fake_adapter.outbox) == 1
    # Only the recipient not reached before is sent again.
    assert fake_adapter.outbox[0].recipients == [{"phone": "0812345679"}]


def test_retry_is_refused_to_others_and_for_a_sent_dispatch(
    client, login, sms_channel, news_item, other_pr
):
    page, revision = news_item
    dispatch = failed_dispatch(sms_channel, page, revision)
    url = reverse("distribution_log:retry", args=[dispatch.pk])
    login("editor")
    assert client.post(url).status_code == 404
    client.logout()
    client.login(username="pr-other", password=DEMO_PASSWORD)
    assert client.post(url).status_code == 404
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.FAILED
    Dispatch.objects.filter(pk=dispatch.pk).update(status=DispatchStatus.SENT)
    client.logout()
    login("pr")
    client.post(url)
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.SENT


@pytest.mark.parametrize("screen", [LOG, "/admin/"])
def test_retry_needs_the_csrf_token_its_button_carries(sms_channel, news_item, screen):
    import re

    from django.test import Client

    page, revision = news_item
    dispatch = failed_dispatch(sms_channel, page, revision)
    url = reverse("distribution_log:retry", args=[dispatch.pk])
    strict = Client(enforce_csrf_checks=True)
    strict.login(username="pr", password=DEMO_PASSWORD)
    assert strict.post(url).status_code == 403
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.FAILED

    # The button on the log and on the dashboard posts the token with it.
    html = strict.get(screen).content.decode()
    form = re.search(rf'<form method="post" action="{url}".*?</form>', html, re.S).group(0)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    assert strict.post(url, {"csrfmiddlewaretoken": token}).status_code == 302
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.WAITING


# One item's deliveries -----------------------------------------------------------------


def test_the_items_deliveries_are_grouped_by_channel(
    client, login, sms_channel, line_channel, news_item, django_assert_max_num_queries
):
    page, revision = news_item
    failed_dispatch(sms_channel, page, revision)
    Dispatch.objects.create(
        channel=sms_channel,
        page=page,
        revision=revision,
        batch_index=1,
        status="sent",
        recipients=[{"phone": "0811111111"}] * 3,
        recipients_done=3,
        external_ids=["sms-ext-1"],
    )
    Dispatch.objects.create(
        channel=line_channel,
        page=page,
        revision=revision,
        status="sent",
        external_ids=["line-req-9"],
    )
    login("pr")
    url = reverse("distribution_item", args=[page.pk])
    assert url == f"/admin/distribution/items/{page.pk}/"
    with django_assert_max_num_queries(40):
        response = client.get(url)
    deliveries = response.context["deliveries"]
    by_name = {d.channel.name: d for d in deliveries}
    assert by_name[sms_channel.name].recipients_reached == 4
    assert by_name[sms_channel.name].recipients_total == 5
    assert by_name[sms_channel.name].failed == 1 and by_name[sms_channel.name].sent == 1
    html = response.content.decode()
    assert "sms-ext-1" in html and "line-req-9" in html
    assert gettext("Record an appearance") in html


def test_the_items_deliveries_are_not_for_others(client, login, news_item, other_pr):
    page, _revision = news_item
    url = reverse("distribution_item", args=[page.pk])
    login("editor")
    assert client.get(url).status_code == 404
    client.logout()
    client.login(username="pr-other", password=DEMO_PASSWORD)
    assert client.get(url).status_code == 404


def test_the_press_release_of_an_item_downloads_for_the_office_only(
    client, login, news_item, other_pr
):
    page, _revision = news_item
    url = reverse("distribution_press_release", args=[page.pk])
    login("pr")
    assert url in client.get(reverse("distribution_item", args=[page.pk])).content.decode()
    answer = client.get(url)
    assert answer.status_code == 200 and answer["Content-Type"] == "application/pdf"
    assert answer.content.startswith(b"%PDF")
    assert "filename*=UTF-8''" in answer["Content-Disposition"]
    login("editor")
    assert client.get(url).status_code == 404
    client.logout()
    client.login(username="pr-other", password=DEMO_PASSWORD)
    assert client.get(url).status_code == 404


def test_the_page_editor_links_to_the_deliveries(client, login, news_item):
    page, _revision = news_item
    login("pr")
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert reverse("distribution_item", args=[page.pk]) in html
    listing = client.get(reverse("wagtailadmin_explore", args=[page.get_parent().pk]))
    assert reverse("distribution_item", args=[page.pk]) in listing.content.decode()
    client.logout()
    login("editor")
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert reverse("distribution_item", args=[page.pk]) not in html


# The dashboard -------------------------------------------------------------------------


def test_todays_failures_are_on_the_pr_officers_dashboard(client, login, sms_channel, news_item):
    page, revision = news_item
    login("pr")
    html = client.get("/admin/").content.decode()
    assert 'id="distribution-failed-today-section"' not in html  # hidden when none
    dispatch = failed_dispatch(sms_channel, page, revision)
    html = client.get("/admin/").content.decode()
    assert 'id="distribution-failed-today-section"' in html
    assert reverse("distribution_log:retry", args=[dispatch.pk]) in html
    client.logout()
    login("editor")
    assert 'id="distribution-failed-today-section"' not in client.get("/admin/").content.decode()


def test_yesterdays_failures_are_not_on_the_dashboard(client, login, sms_channel, news_item):
    import datetime

    from django.utils import timezone

    page, revision = news_item
    dispatch = failed_dispatch(sms_channel, page, revision)
    Dispatch.objects.filter(pk=dispatch.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=1, hours=1)
    )
    login("pr")
    assert 'id="distribution-failed-today-section"' not in client.get("/admin/").content.decode()


def test_other_offices_failures_are_not_on_the_dashboard(client, sms_channel, news_item, other_pr):
    page, revision = news_item
    failed_dispatch(sms_channel, page, revision)
    client.login(username="pr-other", password=DEMO_PASSWORD)
    assert 'id="distribution-failed-today-section"' not in client.get("/admin/").content.decode()


def test_line_quota_comes_from_the_sandbox_and_a_refused_token_says_so(
    client, login, line_channel, sandbox
):
    line_channel.settings = {**line_channel.settings, "api_base": f"{sandbox.url}/line"}
    line_channel.save(update_fields=["settings"])
    login("pr")
    url = f"{CHANNELS}inspect/{line_channel.pk}/"
    response = client.get(url)
    assert response.context["quota"]["limit"] == 15000
    assert response.context["quota"]["used"] == 0
    assert "15000" in response.content.decode()
    assert any(entry["path"] == "/v2/bot/message/quota" for entry in sandbox.inbox.entries("line"))

    line_channel.secret_set("channel_access_token", "invalid-token-0000")
    line_channel.save(update_fields=["secrets_encrypted"])
    response = client.get(url)
    assert response.status_code == 200
    assert response.context["quota"] is None
    with translation.override("th"):
        refused = str(DispatchError.BAD_CREDENTIALS.label)
    assert refused in response.context["quota_error"]
    assert escape(response.context["quota_error"]) in response.content.decode()
