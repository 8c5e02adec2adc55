"""The iCalendar writer: escaping, folding by octets, dates and the calendar's frame."""

import datetime
from zoneinfo import ZoneInfo

from prachasan.news.ical import CalendarEvent, calendar_serialize, ical_escape, ical_fold

STAMP = datetime.datetime(2026, 11, 21, 4, 30, tzinfo=datetime.UTC)


def test_escape_text_special_characters():
    assert ical_escape("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf"


def test_short_line_is_not_folded():
    assert ical_fold("SUMMARY:short") == "SUMMARY:short"


def test_fold_at_75_octets_without_splitting_thai_characters():
    line = "SUMMARY:" + "ประชุมคณะกรรมการ" * 10  # 3 octets a character
    folded = ical_fold(line)
    physical = folded.split("\r\n")
    assert len(physical) > 1
    for part in physical:
        assert len(part.encode("utf-8")) <= 75
        part.encode("utf-8").decode("utf-8")  # each line is valid UTF-8 on its own
    assert all(part.startswith(" ") for part in physical[1:])
    # Unfolding (drop CRLF + one space) gives the line back.
    assert folded.replace("\r\n ", "") == line


def test_fold_ascii_exactly():
    line = "X" * 75
    assert ical_fold(line) == line
    folded = ical_fold("X" * 76)
    assert folded == "X" * 75 + "\r\n X"


def _event(**kwargs):
    fields = {
        "uid": "newspage-1@example.go.th",
        "stamp": STAMP,
        "start": datetime.date(2026, 12, 5),
        "summary": "งานวันพ่อ, ปี 2569",
    }
    fields.update(kwargs)
    return CalendarEvent(**fields)


def test_calendar_frame_and_crlf():
    text = calendar_serialize(events=[_event()], name="ปฏิทิน")
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert "BEGIN:VTIMEZONE\r\nTZID:Asia/Bangkok" in text
    assert "UID:newspage-1@example.go.th\r\n" in text
    assert "DTSTAMP:20261121T043000Z\r\n" in text
    assert "SUMMARY:งานวันพ่อ\\, ปี 2569\r\n" in text


def test_all_day_event_uses_dates():
    text = calendar_serialize(events=[_event()], name="x")
    assert "DTSTART;VALUE=DATE:20261205\r\n" in text
    assert "DTEND;VALUE=DATE:20261206\r\n" in text


def test_timed_event_in_bangkok_time():
    start = datetime.datetime(2026, 12, 5, 2, 0, tzinfo=datetime.UTC)  # 09:00 in Bangkok
    text = calendar_serialize(
        events=[_event(start=start, location="ห้องประชุม 1; ชั้น 2", url="http://x/a/")],
        name="x",
    )
    assert "DTSTART;TZID=Asia/Bangkok:20261205T090000\r\n" in text
    assert "LOCATION:ห้องประชุม 1\\; ชั้น 2\r\n" in text
    assert "URL:http://x/a/\r\n" in text
    local = datetime.datetime(2026, 12, 5, 9, 0, tzinfo=ZoneInfo("Asia/Bangkok"))
    assert "20261205T090000" in calendar_serialize(events=[_event(start=local)], name="x")
