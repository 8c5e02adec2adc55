"""One item, many versions: the channels panel of the news editor, its defaults by news
kind, its validation, and the pure functions the sending code shares with it."""

import pytest
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.images import get_image_model

from prachasan.distribution.models import Channel, ChannelKind, Dispatch, DispatchStatus
from prachasan.distribution.panels import sms_count_display
from prachasan.distribution.sms import sms_segments
from prachasan.distribution.versions import (
    channels_for_page,
    page_sent_channels,
    sms_default_text,
    version_errors,
    version_field_errors,
    version_text,
    versions_initial,
)
from prachasan.news.models import NewsIndexPage, NewsPage
from tests.approvals.conftest import news_data

pytestmark = pytest.mark.django_db

THAI_TITLE = "สพป.ตัวอย่าง เขต 1 จัดประชุมผู้บริหารสถานศึกษาเพื่อวางแผนพัฒนาคุณภาพการศึกษา ปีงบประมาณ 2570"


@pytest.fixture
def channels(office):
    """One channel of each kind that has a version, one feed, one switched off; the demo
    office's own channels (if the demo has any) switched off for the test."""
    Channel.objects.update(active=False)
    made = {
        "sms": Channel.objects.create(
            office=office,
            kind=ChannelKind.SMS,
            name="SMS ผู้บริหาร ทดสอบ",
            default_news_kinds=["urgent"],
        ),
        "line": Channel.objects.create(
            office=office,
            kind=ChannelKind.LINE,
            name="LINE สพป. ทดสอบ",
            default_news_kinds=["urgent", "activity"],
        ),
        "facebook": Channel.objects.create(
            office=office,
            kind=ChannelKind.FACEBOOK,
            name="เพจสำนักงาน ทดสอบ",
            default_news_kinds=["activity"],
        ),
        "email": Channel.objects.create(
            office=office, kind=ChannelKind.EMAIL, name="อีเมลโรงเรียน ทดสอบ", default_news_kinds=[]
        ),
        "press_release": Channel.objects.create(
            office=office, kind=ChannelKind.PRESS_RELEASE, name="ข่าวแจกสื่อมวลชน ทดสอบ"
        ),
    }
    Channel.objects.create(office=office, kind=ChannelKind.FEED, name="RSS ทดสอบ")
    Channel.objects.create(office=office, kind=ChannelKind.OFFLINE, name="หนังสือพิมพ์ ทดสอบ")
    Channel.objects.create(office=office, kind=ChannelKind.SMS, name="SMS เก่า ทดสอบ", active=False)
    return made


@pytest.fixture
def ict_index():
    return NewsIndexPage.objects.get(department__key="ict")


def _add(client, parent, **fields):
    return client.post(f"/admin/pages/add/news/newspage/{parent.pk}/", news_data(**fields))


def _edit(client, page, **fields):
    data = news_data(slug=page.slug, title=page.title, lead=page.lead, kind=page.kind)
    data.update(fields)
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def _versions_fields(channel, **values):
    prefix = f"channel_versions-{channel.pk}"
    data = {}
    for key, value in values.items():
        if key in ("send", "resend"):
            if value:
                data[f"{prefix}-{key}"] = "on"
        else:
            data[f"{prefix}-{key}"] = value
    return data


# --- the pure functions ------------------------------------------------------------------


def test_channels_of_the_page_are_the_offices_active_versioned_ones(channels, news_item):
    page, _revision = news_item
    found = list(channels_for_page(page))
    assert sorted(c.pk for c in found) == sorted(c.pk for c in channels.values())


def test_a_new_page_is_ticked_for_the_channels_of_its_kind(channels, ict_index):
    page = NewsPage(title="ข่าวด่วน", kind="urgent")
    found = list(channels_for_page(page, parent=ict_index))
    initial = versions_initial(page=page, channels=found)
    ticked = {c.name for c in found if initial[str(c.pk)]["send"]}
    assert ticked == {"SMS ผู้บริหาร ทดสอบ", "LINE สพป. ทดสอบ"}
    page.kind = "activity"
    initial = versions_initial(page=page, channels=found)
    assert {c.name for c in found if initial[str(c.pk)]["send"]} == {
        "LINE สพป. ทดสอบ",
        "เพจสำนักงาน ทดสอบ",
    }


def test_a_published_page_without_versions_is_not_ticked_again(channels, news_item):
    page, _revision = news_item
    page.kind = "urgent"
    initial = versions_initial(page=page, channels=channels_for_page(page))
    assert not any(version["send"] for version in initial.values())


def test_blank_fields_send_the_pages_own_words(channels):
    page = NewsPage(title="ประชุมครู", lead="เชิญครูทุกคนร่วมประชุม")
    link = "https://example.go.th/news/meeting/"
    empty = {"send": True}
    sms = version_text(channel=channels["sms"], page=page, version=empty, link=link)
    assert sms["text"] == f"ประชุมครู {link}"
    line = version_text(channel=channels["line"], page=page, version=empty, link=link)
    assert line["text"] == "เชิญครูทุกคนร่วมประชุม"
    facebook = version_text(channel=channels["facebook"], page=page, version=empty, link=link)
    assert facebook["text"] == f"เชิญครูทุกคนร่วมประชุม\n\n{link}"
    email = version_text(channel=channels["email"], page=page, version=empty, link=link)
    assert email == {"subject": "ประชุมครู", "text": f"เชิญครูทุกคนร่วมประชุม\n\n{link}", "image": None}
    press = version_text(channel=channels["press_release"], page=page, version=empty, link=link)
    assert press["subject"] == "ประชุมครู"
    # What the officer wrote wins; a field the kind does not use is ignored.
    written = {"send": True, "text": "ข้อความของเจ้าหน้าที่", "subject": "x", "image": "7"}
    sms = version_text(channel=channels["sms"], page=page, version=written, link=link)
    assert sms == {"subject": "", "text": "ข้อความของเจ้าหน้าที่", "image": None}
    line = version_text(channel=channels["line"], page=page, version=written, link=link)
    assert line["image"] == 7


def test_the_sms_default_cuts_a_long_title_to_the_channels_parts():
    link = "https://example.go.th/ict/news/meeting-2570/"
    title = THAI_TITLE * 4
    text = sms_default_text(title=title, link=link, max_segments=3)
    assert sms_segments(text)[0] == 3
    assert text.endswith(f"... {link}")
    # One character more of the title would not fit.
    head = text[: -len(f"... {link}")]
    longer = title[: len(head) + 1]
    assert sms_segments(f"{longer}... {link}")[0] > 3 or longer == head
    # Never a Thai vowel or tone mark cut off from its letter.
    import unicodedata

    assert not unicodedata.category(title[len(head)]).startswith("M")
    assert sms_default_text(title=title, link=link, max_segments=1).endswith(link)
    assert sms_segments(sms_default_text(title=title, link=link, max_segments=1))[0] == 1


def test_version_errors_name_what_cannot_go_out(channels):
    ok = {"text": "ก" * 201}  # 201 UCS-2 units: exactly 3 parts of 67
    assert sms_segments(ok["text"]) == (3, "ucs2")
    assert version_errors(channel=channels["sms"], version=ok) == []
    too_long = {"text": "ก" * 202}
    errors = version_field_errors(channel=channels["sms"], version=too_long)
    assert list(errors) == ["text"]
    assert "4" in errors["text"][0]
    channels["sms"].settings = {"max_segments": 5}
    assert version_errors(channel=channels["sms"], version=too_long) == []
    assert version_errors(channel=channels["line"], version={"text": "ก" * 5000}) == []
    assert version_errors(channel=channels["line"], version={"text": "ก" * 5001})
    assert version_field_errors(channel=channels["email"], version={"text": "x"}) == {
        "subject": [gettext("Give the e-mail a subject.")]
    }


def test_sms_count_display_matches_the_counter():
    assert sms_count_display("ก" * 71) == gettext(
        "%(chars)s characters, %(parts)s SMS (%(encoding)s)"
    ) % {"chars": 71, "parts": 2, "encoding": "UCS-2"}
    assert "GSM-7" in sms_count_display("Hello")


# --- through the page editor --------------------------------------------------------------


def test_the_editor_shows_a_row_per_channel_ticked_for_the_kind(client, login, channels, ict_index):
    login("editor")
    response = client.get(f"/admin/pages/add/news/newspage/{ict_index.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "data-channel-versions" in html
    assert "distribution/channel_versions.js" in html
    for channel in channels.values():
        assert gettext("Send to %(name)s") % {"name": channel.name} in html
    assert "RSS ทดสอบ" not in [c.name for c in response.context["form"].channels]
    # The default kind of a new item is activity news: LINE and Facebook are ticked.
    form = response.context["form"]
    initial = form.initial["channel_versions"]
    ticked = {c.name for c in form.channels if initial[str(c.pk)]["send"]}
    assert ticked == {"LINE สพป. ทดสอบ", "เพจสำนักงาน ทดสอบ"}
    assert f'name="channel_versions-{channels["line"].pk}-send" id' in html
    line_box = html.split(f'name="channel_versions-{channels["line"].pk}-send"')[1][:80]
    assert "checked" in line_box
    sms_box = html.split(f'name="channel_versions-{channels["sms"].pk}-send"')[1][:80]
    assert "checked" not in sms_box


def test_writing_versions_in_the_editor_saves_them_in_the_revision(
    client, login, channels, ict_index
):
    login("editor")
    data = {
        **_versions_fields(channels["sms"], send=True, text="ประชุมผู้บริหาร 10 ก.พ. 2570"),
        **_versions_fields(channels["line"], send=True, text=""),
        **_versions_fields(channels["facebook"], send=False, text="เก็บไว้ก่อน"),
        **_versions_fields(channels["email"], send=True, subject="เชิญประชุม", text="เรียน ผู้บริหาร"),
        # A channel of nobody's: dropped.
        "channel_versions-999999-send": "on",
        "channel_versions-999999-text": "ไม่มีช่องทางนี้",
    }
    response = _add(client, ict_index, slug="versions-new", title="ประชุมผู้บริหาร", **data)
    assert response.status_code == 302, response.context["form"].errors
    page = NewsPage.objects.get(slug="versions-new")
    saved = page.latest_revision.as_object().channel_versions
    assert set(saved) == {str(c.pk) for c in channels.values()}
    assert saved[str(channels["sms"].pk)] == {
        "send": True,
        "subject": "",
        "text": "ประชุมผู้บริหาร 10 ก.พ. 2570",
        "image": None,
        "images": [],
        "resend": False,
    }
    assert saved[str(channels["line"].pk)]["send"] is True
    assert saved[str(channels["facebook"].pk)] == {
        "send": False,
        "subject": "",
        "text": "เก็บไว้ก่อน",
        "image": None,
        "images": [],
        "resend": False,
    }
    assert saved[str(channels["email"].pk)]["subject"] == "เชิญประชุม"
    assert saved[str(channels["press_release"].pk)]["send"] is False

    # Editing: the editor starts from the saved versions, the new draft carries the change.
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    html = response.content.decode()
    assert "ประชุมผู้บริหาร 10 ก.พ. 2570" in html
    assert "เก็บไว้ก่อน" in html
    first_revision = page.latest_revision
    response = _edit(
        client,
        page,
        **_versions_fields(channels["sms"], send=False, text="ยกเลิก"),
        **_versions_fields(channels["facebook"], send=True, text="โพสต์แล้ว"),
    )
    assert response.status_code == 302
    page.refresh_from_db()
    latest = page.latest_revision.as_object().channel_versions
    assert latest[str(channels["sms"].pk)]["send"] is False
    assert latest[str(channels["facebook"].pk)]["text"] == "โพสต์แล้ว"
    # The earlier revision keeps what it had: a later draft never changes it.
    first_revision.refresh_from_db()
    earlier = first_revision.as_object().channel_versions
    assert earlier[str(channels["sms"].pk)]["text"] == "ประชุมผู้บริหาร 10 ก.พ. 2570"
    assert earlier[str(channels["facebook"].pk)]["send"] is False


def test_a_too_long_sms_is_refused_on_its_field(client, login, channels, ict_index):
    login("editor")
    text = "ขอเชิญผู้บริหารสถานศึกษาทุกแห่งเข้าร่วมประชุม" * 6
    parts = sms_segments(text)[0]
    assert parts > 3
    response = _add(
        client,
        ict_index,
        slug="versions-too-long",
        **_versions_fields(channels["sms"], send=True, text=text),
        **_versions_fields(channels["email"], send=True, subject="", text=""),
    )
    assert response.status_code == 200
    assert not NewsPage.objects.filter(slug="versions-too-long").exists()
    message = gettext("This SMS takes %(parts)d messages; the channel sends at most %(limit)d.") % {
        "parts": parts,
        "limit": 3,
    }
    errors = response.context["form"].errors["channel_versions"]
    assert f"SMS ผู้บริหาร ทดสอบ: {message}" in errors
    html = response.content.decode()
    prefix = f"channel_versions-{channels['sms'].pk}"
    # The message sits under the SMS text, which keeps what the officer typed.
    assert f'id="{prefix}-text-errors">{message}' in html
    assert text in html
    # A blank e-mail subject takes the title: nothing to refuse there.
    assert not any(error.startswith("อีเมลโรงเรียน ทดสอบ") for error in errors)


def test_an_unticked_version_is_not_checked(client, login, channels, ict_index):
    login("editor")
    response = _add(
        client,
        ict_index,
        slug="versions-unticked",
        **_versions_fields(channels["sms"], send=False, text="ก" * 300),
    )
    assert response.status_code == 302


def test_a_picture_is_one_of_the_items_own(client, login, channels):
    from prachasan.news.models import NewsIndexPage

    login("pr")
    parent = NewsIndexPage.objects.get(department__isnull=True)
    images = list(get_image_model().objects.order_by("pk")[:2])
    cover, other = images
    response = _add(
        client,
        parent,
        slug="versions-picture",
        cover_image=cover.pk,
        photo_consent="on",
        **_versions_fields(channels["line"], send=True, image=str(cover.pk)),
        **_versions_fields(channels["facebook"], send=True, image=str(other.pk)),
    )
    assert response.status_code == 302, response.context["form"].errors
    page = NewsPage.objects.get(slug="versions-picture")
    saved = page.latest_revision.as_object().channel_versions
    assert saved[str(channels["line"].pk)]["image"] == cover.pk
    assert saved[str(channels["facebook"].pk)]["image"] is None
    # The editor now offers the cover image, with its picture for the preview.
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert f'<option value="{cover.pk}" data-url="' in html
    assert 'class="preview-line__hero" data-preview="image" src="/media' in html


def test_more_pictures_are_kept_once_each_after_the_first():
    from prachasan.distribution.versions import version_clean

    version = version_clean({"send": True, "image": "7", "images": ["7", "8", "8", "x", 9]})
    assert (version["image"], version["images"]) == (7, [8, 9])
    assert version_clean({})["images"] == []


def test_an_office_without_channels_keeps_the_editor_working(client, login, ict_index):
    Channel.objects.update(active=False)
    login("editor")
    response = client.get(f"/admin/pages/add/news/newspage/{ict_index.pk}/")
    assert response.status_code == 200
    assert "data-channel-versions" not in response.content.decode()
    response = _add(client, ict_index, slug="versions-none")
    assert response.status_code == 302
    assert NewsPage.objects.get(slug="versions-none").channel_versions == {}


def test_submitting_for_permission_keeps_the_versions(
    client, login, channels, ict_index, django_capture_on_commit_callbacks
):
    from prachasan.approvals.models import PublicationRequest

    login("editor")
    with django_capture_on_commit_callbacks(execute=True):
        response = _add(
            client,
            ict_index,
            slug="versions-submitted",
            publication_confirm="on",
            **{"action-submit": "Submit"},
            **_versions_fields(channels["sms"], send=True, text="ข่าวด่วน"),
        )
    assert response.status_code == 302
    request = PublicationRequest.objects.get(page__slug="versions-submitted")
    versions = request.page.specific.latest_revision.as_object().channel_versions
    assert versions[str(channels["sms"].pk)]["text"] == "ข่าวด่วน"


def test_a_channel_the_item_went_to_offers_to_send_again(client, login, channels, news_item):
    page, revision = news_item
    sent_at = timezone.now()
    Dispatch.objects.create(
        channel=channels["line"],
        page=page,
        revision=revision,
        status=DispatchStatus.SENT,
        sent_at=sent_at,
    )
    Dispatch.objects.create(
        channel=channels["sms"], page=page, revision=revision, status=DispatchStatus.FAILED
    )
    sent = page_sent_channels(page=page)
    assert channels["line"].pk in sent and channels["sms"].pk not in sent
    login("admin")
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    resend = f'name="channel_versions-{channels["line"].pk}-resend"'
    assert resend in html
    assert f'name="channel_versions-{channels["sms"].pk}-resend"' not in html
    assert gettext("Send the corrected version again") in html
    from prachasan.thai.dates import format_thai_datetime

    assert format_thai_datetime(timezone.localtime(sent_at)) in html
    response = _edit(
        client,
        page.specific,
        **_versions_fields(channels["line"], send=True, resend=True, text="แก้ไขวันประชุม"),
    )
    assert response.status_code == 302
    page.refresh_from_db()
    latest = page.latest_revision.as_object().channel_versions[str(channels["line"].pk)]
    assert latest["resend"] is True and latest["text"] == "แก้ไขวันประชุม"
