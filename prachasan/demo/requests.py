"""The demo's publication requests: every published demo item went through the office's
workflow (its memo is there, dated before the item went live), and a handful of items wait
in each state a request can be in, so that every screen has something to show."""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision, TaskState, WorkflowState

from prachasan.approvals.forms import request_input
from prachasan.approvals.models import PublicationRequest, RequestStep
from prachasan.approvals.selectors import step_deciders
from prachasan.approvals.services import (
    notifications_off,
    publication_request_decide,
    step_deadline,
)
from prachasan.news.models import NewsIndexPage, NewsPage
from prachasan.offices.models import Office, RoleGroup

WORK_UNITS = {
    "director_office": "งานประชาสัมพันธ์",
    "finance": "งานพัสดุ",
    "personnel": "งานสรรหาและบรรจุแต่งตั้ง",
    "teacher_dev": "งานพัฒนาครูและบุคลากรทางการศึกษา",
    "supervision": "งานวัดและประเมินผลการศึกษา",
    "promotion": "งานส่งเสริมกิจการนักเรียน",
    "policy": "งานแผนงานและงบประมาณ",
    "ict": "งานเทคโนโลยีสารสนเทศ",
    "legal": "งานนิติการ",
    "audit": "งานตรวจสอบภายใน",
}

# Items waiting in each state a request can be in: (key, department, author's staff key,
# state, title, lead). The times are relative to when the demo is loaded.
OPEN_ITEMS = [
    (
        "req-ict-dmc-training",
        "ict",
        "onuma",
        "waiting_check",
        "อบรมเชิงปฏิบัติการการใช้ระบบจัดเก็บข้อมูลนักเรียนรายบุคคล (DMC) ภาคเรียนที่ 2/2569",
        "กลุ่มส่งเสริมการศึกษาทางไกลฯ เชิญเจ้าหน้าที่ธุรการโรงเรียนทุกแห่งเข้ารับการอบรม "
        "การบันทึกและยืนยันข้อมูลนักเรียน ณ ห้องประชุมสำนักงาน",
    ),
    (
        "req-personnel-recruitment",
        "personnel",
        None,
        "waiting_order_late",
        "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป ตำแหน่งครูผู้สอน ปี 2570",
        "สำนักงานเขตพื้นที่การศึกษารับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป ตำแหน่งครูผู้สอน จำนวน 4 อัตรา",
    ),
    (
        "req-ict-website-maintenance",
        "ict",
        "onuma",
        "changes",
        "แจ้งปิดปรับปรุงระบบเว็บไซต์และระบบสารบรรณอิเล็กทรอนิกส์ชั่วคราว",
        "สำนักงานจะปิดปรับปรุงระบบเว็บไซต์และระบบสารบรรณอิเล็กทรอนิกส์ในวันเสาร์ ตั้งแต่เวลา 8.00 ถึง 17.00 น.",
    ),
    (
        "req-finance-procurement-result",
        "finance",
        None,
        "refused",
        "ประกาศผู้ชนะการเสนอราคาจัดซื้อครุภัณฑ์คอมพิวเตอร์ สำหรับโรงเรียนในสังกัด 12 แห่ง",
        "ประกาศผลผู้ชนะการเสนอราคาจัดซื้อครุภัณฑ์คอมพิวเตอร์ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์",
    ),
    (
        "req-policy-action-plan",
        "policy",
        None,
        "scheduled",
        "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2570",
        "เผยแพร่แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2570 ของสำนักงานเขตพื้นที่การศึกษา "
        "ตามที่คณะกรรมการติดตาม ตรวจสอบ ประเมินผลและนิเทศการศึกษาให้ความเห็นชอบแล้ว",
    ),
]

DECISION_TEXT = {
    "changes": "ขอให้ระบุวันที่ปิดปรับปรุงให้ชัดเจน และแนบช่องทางติดต่อระหว่างปิดระบบ",
    "refused": (
        "ยังไม่ครบกำหนดประกาศตามระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างฯ รอให้พ้นระยะเวลาอุทธรณ์ก่อน"
    ),
}


def _submit(*, page: Page, author, work_unit: str) -> WorkflowState:
    page.save_revision(user=author, log_action=True)
    request_input.set({"work_unit": work_unit, "note": "", "confirmed": True})
    return page.get_workflow().start(page, author)


def _decider(step_or_request, *, office: Office, prefer_role: str | None = None):
    step = (
        step_or_request
        if isinstance(step_or_request, RequestStep)
        else step_or_request.steps.order_by("pk").last()
    )
    deciders = step_deciders(step=step)
    if prefer_role:
        preferred = [
            user
            for user in deciders
            if user.groups.filter(
                office_role__office=office, office_role__role=prefer_role
            ).exists()
        ]
        deciders = preferred or deciders
    return deciders[0]


def _decide_current(*, state: WorkflowState, office: Office, action: str, comment: str = ""):
    state.refresh_from_db()
    step = RequestStep.objects.get(task_state=state.current_task_state)
    decider = _decider(step, office=office, prefer_role=RoleGroup.Role.AREA_DIRECTOR)
    publication_request_decide(
        task_state=state.current_task_state, user=decider, action=action, comment=comment
    )
    return step


def _backdate(
    *, request: PublicationRequest, submitted: datetime.datetime, decisions: list, since
) -> datetime.datetime:
    """Move a request's history back in time: submitted at ``submitted``, its decided
    steps decided at ``decisions`` in order, each step started when the one before was
    decided, with deadlines counted again from those times. The item's log entries since
    ``since`` are spread over the same period. Returns the time of the last decision."""
    office = request.office
    moment = submitted
    times = iter(decisions)
    for step in request.steps.order_by("pk").select_related("task"):
        decided = next(times) if step.decided_at else None
        due = remind = None
        if step.due_at and step.task_id:
            due, remind = step_deadline(task=step.task.specific, office=office, started_at=moment)
        RequestStep.objects.filter(pk=step.pk).update(
            started_at=moment, due_at=due, remind_at=remind, decided_at=decided
        )
        if step.task_state_id:
            TaskState.objects.filter(pk=step.task_state_id).update(
                started_at=moment, finished_at=decided
            )
        moment = decided or moment
    changes = {"submitted_at": submitted, "year": timezone.localtime(submitted).year + 543}
    if request.finished_at:
        changes["finished_at"] = moment
    if request.published_at:
        changes["published_at"] = moment
    PublicationRequest.objects.filter(pk=request.pk).update(**changes)
    if request.workflow_state_id:
        WorkflowState.objects.filter(pk=request.workflow_state_id).update(created_at=submitted)
    entries = list(
        PageLogEntry.objects.filter(page_id=request.page_id, timestamp__gte=since).order_by("pk")
    )
    if entries:
        spacing = (moment - submitted) / len(entries)
        for number, entry in enumerate(entries):
            PageLogEntry.objects.filter(pk=entry.pk).update(timestamp=submitted + spacing * number)
    return moment


@transaction.atomic
def demo_item_publish_through_request(
    *, page: NewsPage, moment: datetime.datetime, author, office: Office
) -> None:
    """Publish a demo item the way the office does: its author submits it, its
    department director checks it, the area director allows it; the history is dated so
    that the item goes live at ``moment``, submitted the afternoon before."""
    since = timezone.now()
    with notifications_off():
        state = _submit(page=page, author=author, work_unit=WORK_UNITS.get(page.department.key, ""))
        while True:
            state.refresh_from_db()
            if state.status != WorkflowState.STATUS_IN_PROGRESS:
                break
            _decide_current(state=state, office=office, action="approve")
    request = PublicationRequest.objects.get(workflow_state=state)
    # Submitted at 13.30 the day before, checked two hours later, allowed when it went live.
    submitted = timezone.localtime(moment - datetime.timedelta(days=1)).replace(
        hour=13, minute=30, second=0, microsecond=0
    )
    decisions = [submitted + datetime.timedelta(hours=2), moment]
    _backdate(request=request, submitted=submitted, decisions=decisions, since=since)
    PublicationRequest.objects.filter(pk=request.pk).update(published_at=moment, finished_at=moment)
    Revision.objects.filter(object_id=str(page.pk), created_at__gte=since).update(
        created_at=submitted
    )
    Page.objects.filter(pk=page.pk).update(
        first_published_at=moment, last_published_at=moment, latest_revision_created_at=submitted
    )


def _open_item(*, key, department, author, title, lead, office, users) -> NewsPage | None:
    if NewsPage.objects.filter(slug=key).exists():
        return None
    index = NewsIndexPage.objects.get(department__office=office, department__key=department)
    page = NewsPage(
        title=title,
        slug=key,
        lead=lead,
        department=index.department,
        kind="announcement" if department in ("personnel", "finance", "policy") else "pr",
        live=False,
    )
    index.add_child(instance=page)
    return page


@transaction.atomic
def demo_open_requests_load(*, office: Office, users: dict) -> int:
    """Items waiting in each state: at the department director, late at the area
    director, sent back for changes, refused, and allowed for a later date."""
    created = 0
    # Times of day an office works at: the day's 10.30, or yesterday's before then.
    now = timezone.localtime().replace(hour=10, minute=30, second=0, microsecond=0)
    if now > timezone.now():
        now -= datetime.timedelta(days=1)
    web_editors = {d.key: d.web_editors.first() for d in office.departments.all()}
    for key, department, author_key, state_name, title, lead in OPEN_ITEMS:
        page = _open_item(
            key=key,
            department=department,
            author=author_key,
            title=title,
            lead=lead,
            office=office,
            users=users,
        )
        if page is None:
            continue
        author = users[author_key] if author_key else web_editors[department]
        if state_name == "scheduled":
            page.go_live_at = now + datetime.timedelta(days=5)
            page.save()
        since = timezone.now()
        with notifications_off():
            state = _submit(page=page, author=author, work_unit=WORK_UNITS.get(department, ""))
            if state_name == "waiting_check":
                submitted = now - datetime.timedelta(hours=2)
            elif state_name == "waiting_order_late":
                _decide_current(state=state, office=office, action="approve")
                submitted = now - datetime.timedelta(days=4)
            elif state_name == "changes":
                _decide_current(
                    state=state, office=office, action="reject", comment=DECISION_TEXT["changes"]
                )
                submitted = now - datetime.timedelta(days=1)
            elif state_name == "refused":
                _decide_current(state=state, office=office, action="approve")
                _decide_current(
                    state=state, office=office, action="refuse", comment=DECISION_TEXT["refused"]
                )
                submitted = now - datetime.timedelta(days=3)
            else:
                _decide_current(state=state, office=office, action="approve")
                _decide_current(state=state, office=office, action="approve")
                submitted = now - datetime.timedelta(days=1)
        request = PublicationRequest.objects.get(workflow_state=state)
        hours = {
            "waiting_check": [],
            "waiting_order_late": [24],
            "changes": [3],
            "refused": [2, 24],
            "scheduled": [2, 5],
        }[state_name]
        decisions = [submitted + datetime.timedelta(hours=h) for h in hours]
        _backdate(request=request, submitted=submitted, decisions=decisions, since=since)
        created += 1
    return created
