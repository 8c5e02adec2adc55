"""The registries' admin views that show one record, and their choosers, limited to the
offices the user works for: another office's record is not found, even by typing its URL.

The mechanism is the same for the Office menu's screens (people, departments, closures),
so it lives with the offices in ``prachasan.offices.office_scope``; the registries'
viewsets and views take it from here."""

from prachasan.offices.office_scope import (
    ChooserViewSet,
    CopyView,
    HistoryView,
    InspectView,
    OfficeScopedViewSet,
    UsageView,
)

__all__ = [
    "ChooserViewSet",
    "CopyView",
    "HistoryView",
    "InspectView",
    "OfficeScopedViewSet",
    "UsageView",
]
