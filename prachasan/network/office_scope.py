"""The registries' admin views that show one record, and their choosers, limited to the
offices the user works for: another office's record is not found, even by typing its URL.

The listings are scoped by ``OfficeScopedViewSet.get_queryset``; Wagtail's views of one
record (inspect, history, usage, copy) and its choosers look records up by primary key
alone, so each gets the check here. Edit and delete are refused by the
``registry_office_check`` hook in wagtail_hooks."""

from django.http import Http404
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views import snippets as snippet_views

from prachasan.offices.selectors import offices_of_user


def _is_users_record(*, user, record) -> bool:
    return offices_of_user(user=user).filter(pk=record.office_id).exists()


class OfficeScopedObjectMixin:
    """A view of one registry record: another office's record is a 404."""

    def get_object(self, *args, **kwargs):
        record = super().get_object(*args, **kwargs)
        if not _is_users_record(user=self.request.user, record=record):
            raise Http404
        return record


class InspectView(OfficeScopedObjectMixin, snippet_views.InspectView):
    pass


class HistoryView(OfficeScopedObjectMixin, snippet_views.HistoryView):
    pass


class UsageView(OfficeScopedObjectMixin, snippet_views.UsageView):
    pass


class CopyView(OfficeScopedObjectMixin, snippet_views.CopyView):
    pass


class OfficeScopedChooseMixin:
    """The chooser lists only the user's offices' records."""

    def get_object_list(self):
        return super().get_object_list().filter(office__in=offices_of_user(user=self.request.user))


class ChooseView(OfficeScopedChooseMixin, chooser_views.ChooseView):
    pass


class ChooseResultsView(OfficeScopedChooseMixin, chooser_views.ChooseResultsView):
    pass


class ChosenView(chooser_views.SnippetChosenView):
    def get_object(self, pk):
        record = super().get_object(pk)
        if not _is_users_record(user=self.request.user, record=record):
            raise Http404
        return record


class ChosenMultipleView(chooser_views.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return super().get_objects(pks).filter(office__in=offices_of_user(user=self.request.user))


class ChooserViewSet(chooser_views.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
