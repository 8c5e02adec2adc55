import datetime

import pytest
from django.utils import timezone

from prachasan.offices.models import Office, OfficeClosure
from prachasan.offices.selectors import office_work_calendar

pytestmark = pytest.mark.django_db


def test_office_closures_and_hours_count_in_deadlines():
    office = Office.objects.get()
    OfficeClosure.objects.create(
        office=office, date=datetime.date(2026, 12, 1), name="วันหยุดพิเศษตามมติคณะรัฐมนตรี"
    )
    calendar = office_work_calendar(office=office)
    assert not calendar.is_working_day(datetime.date(2026, 12, 1))
    assert calendar.non_working_reason(datetime.date(2026, 12, 1)) == ("วันหยุดพิเศษตามมติคณะรัฐมนตรี")
    tz = timezone.get_current_timezone()
    # Monday 30 Nov 2026, 15:30: one hour left that day, Tuesday closed, so a 3-hour
    # step is due on Wednesday at 10:30.
    due = calendar.add_working_hours(datetime.datetime(2026, 11, 30, 15, 30, tzinfo=tz), 3)
    assert due == datetime.datetime(2026, 12, 2, 10, 30, tzinfo=tz)
