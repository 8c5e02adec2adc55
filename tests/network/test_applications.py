"""A PR officer reviews network applications in the admin: accepts or declines with a reason."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from prachasan.network.models import NetworkApplication, NetworkKind, NetworkMember
from prachasan.network.selectors import network_applications_pending
from prachasan.network.services import (
    network_application_accept,
    network_application_decline,
    network_application_submit,
)

from .factories import SchoolFactory

pytestmark = pytest.mark.django_db

URLS = "wagtailsnippets_network_networkapplication"


def _submit(office, **changes) -> NetworkApplication:
    data = {
        "kind": NetworkKind.SCHOOL,
        "organisation": "โรงเรียนบ้านหนองบัว",
        "contact_name": "นายสมชาย รักเรียน",
        "position": "ครู",
        "phone": "0812345678",
        "email": "somchai@example.com",
        "line_id": "somchai",
        "accepts_email": True,
        "accepts_sms": True,
        "accepts_line": True,
        "interests": "- ส่งข่าวของโรงเรียน",
        "pdpa_consent": True,
    }
    data.update(changes)
    return network_application_submit(office=office, data=data)


def _url(name: str, application) -> str:
    return reverse(f"{URLS}:{name}", args=[application.pk])


def test_pr_officer_accepts_and_the_applicant_is_told(
    client, login, office, django_capture_on_commit_callbacks
):
    school = SchoolFactory(office=office, name="บ้านทดสอบรับสมัคร")
    application = _submit(office, organisation="โรงเรียนบ้านทดสอบรับสมัคร")
    user = login("pr")

    inspect = client.get(_url("inspect", application)).content.decode()
    assert _url("accept", application) in inspect
    assert _url("decline", application) in inspect
    assert client.get(_url("accept", application)).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_url("accept", application))
    assert response.status_code == 302

    application.refresh_from_db()
    member = application.member
    assert application.status == NetworkApplication.Status.ACCEPTED
    assert application.decided_by == user
    assert application.decided_at is not None
    assert member.office == office
    assert member.school == school
    assert (member.organisation, member.contact_name, member.phone) == (
        "โรงเรียนบ้านทดสอบรับสมัคร",
        "นายสมชาย รักเรียน",
        "0812345678",
    )
    assert member.accepts_email and member.accepts_sms and member.accepts_line
    assert member.pdpa_consent_at == application.pdpa_consent_at
    assert member.joined_on is not None

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["somchai@example.com"]
    assert office.name_th in message.subject
    assert "ยินดีต้อนรับ" in message.body
    assert "เรียน นายสมชาย รักเรียน" in message.body


def test_no_mail_without_an_address(office, django_user_model, django_capture_on_commit_callbacks):
    application = _submit(office, email="", accepts_email=False)
    with django_capture_on_commit_callbacks(execute=True):
        network_application_accept(
            application=application, user=django_user_model.objects.get(username="pr")
        )
    assert mail.outbox == []


def test_school_is_linked_only_when_the_name_is_unambiguous(office, django_user_model):
    user = django_user_model.objects.get(username="pr")
    SchoolFactory(office=office, name="โรงเรียนบ้านโนนทดสอบ")
    SchoolFactory(office=office, name="บ้านโนนทดสอบ")
    SchoolFactory(office=office, name="โรงเรียนวัดใหม่ทดสอบ")
    same_name = _submit(office, organisation="รร.บ้านโนนทดสอบ")
    assert network_application_accept(application=same_name, user=user).school is None
    unique = _submit(office, organisation="วัดใหม่ทดสอบ", kind=NetworkKind.STAFF)
    school = network_application_accept(application=unique, user=user).school
    assert school.name == "โรงเรียนวัดใหม่ทดสอบ"
    other = _submit(office, organisation="องค์การบริหารส่วนตำบลหนองบัว")
    assert network_application_accept(application=other, user=user).school is None


def test_decline_needs_a_reason(client, login, office):
    application = _submit(office)
    login("pr")
    response = client.post(_url("decline", application), {"reason": "   "})
    assert response.status_code == 200
    assert "กรุณาระบุเหตุผล" in response.content.decode()
    application.refresh_from_db()
    assert application.status == NetworkApplication.Status.PENDING
    assert mail.outbox == []

    with pytest.raises(ValidationError) as error:
        network_application_decline(application=application, user=None, reason="")
    assert "กรุณาระบุเหตุผล" in str(error.value)


def test_decline_with_a_reason_tells_the_applicant(
    client, login, office, django_capture_on_commit_callbacks
):
    application = _submit(office)
    user = login("pr")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            _url("decline", application), {"reason": "ข้อมูลติดต่อไม่ครบ กรุณาสมัครใหม่"}
        )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == NetworkApplication.Status.DECLINED
    assert application.decline_reason == "ข้อมูลติดต่อไม่ครบ กรุณาสมัครใหม่"
    assert application.decided_by == user
    assert application.member is None
    assert not NetworkMember.objects.filter(contact_name="นายสมชาย รักเรียน").exists()
    assert len(mail.outbox) == 1
    assert "ข้อมูลติดต่อไม่ครบ กรุณาสมัครใหม่" in mail.outbox[0].body


def test_nobody_decides_twice(client, login, office, django_user_model):
    application = _submit(office)
    user = django_user_model.objects.get(username="pr")
    network_application_accept(application=application, user=user)

    stale = NetworkApplication.objects.get(pk=application.pk)
    stale.status = NetworkApplication.Status.PENDING  # as another officer's open page has it
    with pytest.raises(ValidationError) as error:
        network_application_decline(application=stale, user=user, reason="ซ้ำ")
    assert "ตัดสินไปแล้ว" in str(error.value)
    with pytest.raises(ValidationError):
        network_application_accept(application=stale, user=user)
    assert NetworkMember.objects.filter(application__pk=application.pk).count() == 1

    login("pr")
    response = client.post(_url("accept", application), follow=True)
    assert "ตัดสินไปแล้ว" in response.content.decode()
    application.refresh_from_db()
    assert application.status == NetworkApplication.Status.ACCEPTED
    assert (
        _url("accept", application) not in client.get(_url("inspect", application)).content.decode()
    )


def test_editor_cannot_decide(client, login, office):
    application = _submit(office)
    login("editor")
    for name in ("accept", "decline"):
        assert client.get(_url(name, application)).status_code in (302, 403)
        response = client.post(_url(name, application), {"reason": "ไม่ผ่าน"})
        assert response.status_code in (302, 403)
    application.refresh_from_db()
    assert application.status == NetworkApplication.Status.PENDING
    assert "network-applications-pending" not in client.get("/admin/").content.decode()


def test_listing_and_dashboard_show_what_waits(client, login, office, django_user_model):
    # Only this test's applications wait (the demo office has some of its own).
    NetworkApplication.objects.filter(status=NetworkApplication.Status.PENDING).update(
        status=NetworkApplication.Status.DECLINED
    )
    pending = _submit(office, organisation="ชมรมรอตรวจ")
    decided = _submit(office, organisation="ชมรมตัดสินแล้ว")
    network_application_decline(application=decided, user=None, reason="ซ้ำ")
    login("pr")

    listing = client.get(reverse(f"{URLS}:list")).content.decode()
    assert _url("accept", pending) in listing
    assert _url("decline", pending) in listing
    assert _url("accept", decided) not in listing

    dashboard = client.get("/admin/").content.decode()
    assert "network-applications-pending" in dashboard
    assert "ชมรมรอตรวจ" in dashboard
    assert "ชมรมตัดสินแล้ว" not in dashboard
    assert "ใบสมัครเครือข่าย 1 รายการรอการตรวจสอบ" in dashboard
    user = django_user_model.objects.get(username="pr")
    assert list(network_applications_pending(user=user)) == [pending]


def test_edit_form_leaves_the_decision_out(client, login, office):
    application = _submit(office)
    login("pr")
    html = client.get(_url("edit", application)).content.decode()
    assert 'name="organisation"' in html
    assert 'name="status"' not in html
    assert 'name="decided_by"' not in html
    assert _url("accept", application) in html


def test_a_pr_officer_cannot_decide_another_offices_application(client, login, fresh_office):
    application = NetworkApplication.objects.create(
        office=fresh_office,
        kind="business",
        organisation="ร้านทดสอบ",
        contact_name="นายทดสอบ ระบบ",
        email="test@example.com",
    )
    login("pr")
    assert client.get(_url("accept", application)).status_code == 404
    client.post(_url("accept", application))
    application.refresh_from_db()
    assert application.status == NetworkApplication.Status.PENDING
