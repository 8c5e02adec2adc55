"""A small iCalendar (RFC 5545) writer: just what the office's activity calendar needs."""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

CRLF = "\r\n"
MAX_OCTETS = 75
TZID = "Asia/Bangkok"

# Thailand has kept +07:00 without daylight saving since 1920, so one STANDARD rule is exact.
BANGKOK_VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0700",
    "TZOFFSETTO:+0700",
    "TZNAME:ICT",
    "END:STANDARD",
    "END:VTIMEZONE",
)


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    stamp: datetime.datetime
    start: datetime.date | datetime.datetime
    summary: str
    description: str = ""
    location: str = ""
    url: str = ""


def ical_escape(value: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\n", "\\n")


def ical_fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1) without splitting a UTF-8 character."""
    parts: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size = [], 0
            limit = MAX_OCTETS - 1  # continuation lines start with one space
        current.append(char)
        size += width
    parts.append("".join(current))
    return (CRLF + " ").join(parts)


def _utc_stamp(value: datetime.datetime) -> str:
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def _start_lines(start: datetime.date | datetime.datetime) -> list[str]:
    if isinstance(start, datetime.datetime):
        if start.tzinfo is not None:
            start = start.astimezone(ZoneInfo(TZID))
        return [f"DTSTART;TZID={TZID}:{start.strftime('%Y%m%dT%H%M%S')}"]
    end = start + datetime.timedelta(days=1)
    return [
        f"DTSTART;VALUE=DATE:{start.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}",
    ]


def _event_lines(event: CalendarEvent) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"DTSTAMP:{_utc_stamp(event.stamp)}",
        *_start_lines(event.start),
        f"SUMMARY:{ical_escape(event.summary)}",
    ]
    if event.location:
        lines.append(f"LOCATION:{ical_escape(event.location)}")
    if event.description:
        lines.append(f"DESCRIPTION:{ical_escape(event.description)}")
    if event.url:
        lines.append(f"URL:{event.url}")
    lines.append("END:VEVENT")
    return lines


def calendar_serialize(
    *, events: Iterable[CalendarEvent], name: str, prodid: str = "-//prachasan//activities//TH"
) -> str:
    """A whole VCALENDAR of events, folded, with CRLF line endings."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{prodid}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{ical_escape(name)}",
        f"X-WR-TIMEZONE:{TZID}",
        *BANGKOK_VTIMEZONE,
    ]
    for event in events:
        lines.extend(_event_lines(event))
    lines.append("END:VCALENDAR")
    return "".join(ical_fold(line) + CRLF for line in lines)
