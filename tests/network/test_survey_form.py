"""The public network survey form (แบบสำรวจเครือข่าย), as an applicant and a robot meet it."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from prachasan.network.models import NetworkApplication, NetworkKind
from prachasan.network.personal_data import LegalBasis

pytestmark = pytest.mark.django_db


def _valid(**changes) -> dict:
    data = {
        "kind": NetworkKind.COMMUNITY,
        "organisation": "ชมรมผู้ปกครองบ้านหนองบัว",
        "contact_name": "นางสาวสมใจ ใจดี",
        "position": "ประธานชมรม",
        "phone": "๐๘๑-๒๓๔-๕๖๗๘",
        "email": "Somjai@Example.com",
        "line_id": "somjai.j",
        "address": "12 หมู่ 3 ตำบลหนองบัว",
        "accepts_email": "on",
        "accepts_sms": "on",
        "participation": ["share", "activities"],
        "interests": "ช่วยถ่ายภาพกิจกรรม",
        "pdpa_consent": "on",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_form_is_served_with_labels_and_no_caching(client, survey_page):
    response = client.get(survey_page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in html
    assert "no-store" in response["Cache-Control"]
    assert '<label class="form-field__label" for="id_organisation">' in html
    assert "<legend" in html
    assert "สำนักงานเก็บข้อมูลนี้เพื่อส่งข่าวสารถึงเครือข่ายเท่านั้น" in html  # privacy notice
    assert "ส่งใบสมัคร" in html
    # The robots' trap is out of reach of people, keyboards and screen readers.
    trap = re.search(r'<div class="form-trap" aria-hidden="true">(.*?)</div>', html, re.S)
    assert trap and 'name="website"' in trap.group(1) and 'tabindex="-1"' in trap.group(1)


def test_valid_application_is_stored_pending_with_consent(
    client, survey_page, office, new_applications
):
    response = client.post(survey_page.url, _valid())
    assert response.status_code == 302
    assert response["Location"].endswith("?sent=1")
    thanks = client.get(response["Location"])
    assert "ส่งใบสมัครเรียบร้อยแล้ว" in thanks.content.decode()

    application = new_applications().get()
    assert application.office == office
    assert application.status == NetworkApplication.Status.PENDING
    assert application.pdpa_consent_at is not None
    assert application.pdpa_legal_basis == LegalBasis.CONSENT
    assert "เครือข่ายประชาสัมพันธ์" in application.pdpa_purpose
    assert application.phone == "0812345678"
    assert application.email == "Somjai@Example.com"
    assert application.accepts_email and application.accepts_sms and not application.accepts_line
    assert "ช่วยถ่ายภาพกิจกรรม" in application.interests
    assert "ร่วมกิจกรรมประชาสัมพันธ์ของสำนักงาน" in application.interests


def test_invalid_application_shows_thai_errors_next_to_fields(
    client, survey_page, new_applications
):
    response = client.post(
        survey_page.url,
        _valid(
            organisation="",
            phone="12345",
            accepts_sms="on",
            accepts_line="on",
            line_id="",
            pdpa_consent=None,
        ),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert not new_applications().exists()
    assert "<title>ข้อผิดพลาด:" in html
    assert 'class="error-summary"' in html
    assert "กรุณากรอกชื่อหน่วยงาน" in html
    assert "หมายเลขโทรศัพท์ไทย" in html
    assert "LINE ID" in html and "กรุณากรอก LINE ID" in html
    assert "กรุณาทำเครื่องหมายยินยอม" in html
    # Each message is linked from the summary and tied to its control.
    assert 'href="#id_organisation"' in html
    assert 'href="#id_pdpa_consent"' in html
    organisation = re.search(r'<input[^>]*name="organisation"[^>]*>', html).group(0)
    assert 'aria-describedby="id_organisation_helptext id_organisation_error"' in organisation
    assert 'aria-invalid="true"' in re.search(r'<input[^>]*name="phone"[^>]*>', html).group(0)
    assert 'id="id_phone_error"' in html
    # What the applicant typed stays.
    assert 'value="12345"' in html


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"phone": "", "email": "", "accepts_email": None, "accepts_sms": None},
            "phone",
            "อย่างน้อยหนึ่งช่องทาง",
        ),
        ({"email": "", "accepts_email": "on"}, "email", "เพื่อรับข่าวทางอีเมล"),
        ({"phone": "02 123 4567", "accepts_sms": "on"}, "phone", "เพื่อรับข่าวทาง SMS"),
        ({"kind": ""}, "kind", "กรุณาเลือกประเภทสมาชิก"),
        ({"email": "not-an-address"}, "email", "name@example.com"),
    ],
)
def test_contact_rules(client, survey_page, changes, field, message, new_applications):
    response = client.post(survey_page.url, _valid(**changes))
    html = response.content.decode()
    assert response.status_code == 200
    assert not new_applications().exists()
    assert f'id="id_{field}_error"' in html
    error = re.search(rf'id="id_{field}_error">(.*?)</p>', html, re.S).group(1)
    assert message in error


def test_fixed_line_is_enough_without_sms(client, survey_page, new_applications):
    response = client.post(
        survey_page.url,
        _valid(phone="0 7400 0001 ต่อ 101", email="", accepts_email=None, accepts_sms=None),
    )
    assert response.status_code == 302
    assert new_applications().get().phone == "074000001 ต่อ 101"


def test_filled_honeypot_is_thanked_and_forgotten(client, survey_page, new_applications):
    response = client.post(survey_page.url, _valid(website="http://spam.example"), follow=True)
    assert response.status_code == 200
    assert "ส่งใบสมัครเรียบร้อยแล้ว" in response.content.decode()
    assert not new_applications().exists()


@pytest.fixture
def hourly_limit(office) -> int:
    """The office allows five applications an hour from one address."""
    office.survey_hourly_limit = 5
    office.save(update_fields=["survey_hourly_limit"])
    return office.survey_hourly_limit


def test_an_application_over_the_offices_hourly_limit_is_refused(
    client, survey_page, new_applications, hourly_limit
):
    for number in range(hourly_limit):
        response = client.post(survey_page.url, _valid(organisation=f"ชมรมที่ {number}"))
        assert response.status_code == 302
    response = client.post(survey_page.url, _valid(organisation="ชมรมที่หก"))
    html = response.content.decode()
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "ส่งใบสมัครครบจำนวน" in html
    assert 'value="ชมรมที่หก"' in html  # kept for later
    assert new_applications().count() == hourly_limit
    # Another address may still apply.
    other = Client(REMOTE_ADDR="192.0.2.99")
    assert other.post(survey_page.url, _valid()).status_code == 302


def test_the_limit_is_the_offices_setting(client, survey_page, office, new_applications):
    # By default an office accepts twenty an hour: a school's staff share one address.
    assert office.survey_hourly_limit == 20
    for number in range(7):
        response = client.post(survey_page.url, _valid(organisation=f"โรงเรียนที่ {number}"))
        assert response.status_code == 302
    # The PR officer lowers it in the office settings; it applies at once.
    office.survey_hourly_limit = 7
    office.save(update_fields=["survey_hourly_limit"])
    assert client.post(survey_page.url, _valid()).status_code == 429
    office.survey_hourly_limit = 8
    office.save(update_fields=["survey_hourly_limit"])
    assert client.post(survey_page.url, _valid()).status_code == 302
    assert new_applications().count() == 8


def test_the_limit_is_in_the_office_settings(client, login, office):
    login("admin")
    response = client.get(
        reverse("wagtailsettings:edit", args=["offices", "office", office.site_id])
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="survey_hourly_limit"' in html
    assert "จำนวนใบสมัครเข้าร่วมเครือข่ายต่อชั่วโมงจากที่อยู่เดียวกัน" in html


def test_robots_count_towards_the_limit(client, survey_page, new_applications, hourly_limit):
    for _ in range(hourly_limit):
        client.post(survey_page.url, _valid(website="spam"))
    assert client.post(survey_page.url, _valid()).status_code == 429
    assert not new_applications().exists()


def test_forwarded_for_is_ignored_unless_the_proxy_is_trusted(
    client, survey_page, settings, hourly_limit
):
    for number in range(hourly_limit):
        client.post(survey_page.url, _valid(), HTTP_X_FORWARDED_FOR=f"198.51.100.{number}")
    # Without a trusted proxy, a forged header does not make a new client.
    response = client.post(survey_page.url, _valid(), HTTP_X_FORWARDED_FOR="198.51.100.77")
    assert response.status_code == 429

    settings.PRACHASAN_TRUSTED_PROXY_COUNT = 1
    # Behind one trusted proxy, the last entry is the client; what it forged is ignored.
    response = client.post(survey_page.url, _valid(), HTTP_X_FORWARDED_FOR="127.0.0.1, 203.0.113.5")
    assert response.status_code == 302
    for _ in range(hourly_limit - 1):
        client.post(survey_page.url, _valid(), HTTP_X_FORWARDED_FOR="10.0.0.1, 203.0.113.5")
    response = client.post(survey_page.url, _valid(), HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert response.status_code == 429


def test_post_without_csrf_token_is_refused(survey_page, new_applications):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(survey_page.url, _valid())
    assert response.status_code == 403
    assert not new_applications().exists()


def test_post_with_csrf_token_is_accepted(survey_page, new_applications):
    strict = Client(enforce_csrf_checks=True)
    page = strict.get(survey_page.url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    response = strict.post(survey_page.url, {**_valid(), "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert new_applications().count() == 1
