"""Admin screens of records that belong to one office (people, departments, closures, the
network registries) limited to the offices the user works for (every office for a
superuser): another office's record is not listed, offered by a filter or a chooser, or
found by typing its URL, and cannot be edited or deleted.

The listings are scoped by ``OfficeScopedViewSet.get_queryset`` and their filters by
``OfficeScopedFilterSet``; Wagtail's views of one record (inspect, history, usage, copy)
and its choosers look records up by primary key alone, so each gets the check here. Edit
and delete (one record or in bulk) are refused by the ``office_record_check`` hook, which
runs before the other hooks so that none of them (the log of who saw personal data) acts
on a record the user was refused."""

from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db.models import Q
from django.http import Http404
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.choosers import SearchFilterMixin
from wagtail.search import index
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Office
from .selectors import offices_of_user


def _is_users_record(*, user, record) -> bool:
    return offices_of_user(user=user).filter(pk=record.office_id).exists()


def _belongs_to_an_office(model) -> bool:
    try:
        field = model._meta.get_field("office")
    except FieldDoesNotExist:
        return False
    return field.is_relation and field.related_model is Office


class OfficeScopedObjectMixin:
    """A view of one record: another office's record is a 404."""

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


class ListingSearchFilterMixin(SearchFilterMixin):
    """A chooser's search as its listing's: the ORM (``icontains``) on the listing's
    search fields. It finds Thai inside words, and it can search records already limited
    to the user's offices, which the search index cannot for a model that does not index
    its office (departments)."""

    def filter(self, objects):
        # Past the index search of SearchFilterMixin, which this takes the place of.
        objects = super(SearchFilterMixin, self).filter(objects)
        search_query = self.cleaned_data.get("q")
        if search_query:
            model = objects.model
            names = model.snippet_viewset.search_fields or [
                field.field_name
                for field in model.get_search_fields()
                if isinstance(field, index.SearchField)
            ]
            condition = Q()
            for name in names:
                condition |= Q(**{f"{name}__icontains": search_query})
            objects = objects.filter(condition)
            self.is_searching = True
            self.search_query = search_query
        return objects


class OfficeScopedChooseMixin:
    """The chooser lists and finds only the user's offices' records."""

    def get_object_list(self):
        return super().get_object_list().filter(office__in=offices_of_user(user=self.request.user))

    def get_filter_form_class(self):
        form_class = super().get_filter_form_class()
        if self.filter_form_class:  # a form of its own: left as it is
            return form_class
        # Wagtail builds the form from mixins; the search is swapped for the listing's.
        bases = tuple(
            ListingSearchFilterMixin if base is SearchFilterMixin else base
            for base in form_class.__bases__
        )
        return type(form_class.__name__, bases, {})


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


class OfficeScopedFilterSet(WagtailFilterSet):
    """A listing's filters offer only the user's offices and their records (a person's
    department, a school's cluster), not every office's."""

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if request is None:
            return
        offices = offices_of_user(user=request.user)
        for list_filter in self.filters.values():
            choices = getattr(list_filter, "queryset", None)
            if choices is None or callable(choices):
                continue
            if choices.model is Office:
                list_filter.queryset = choices.filter(pk__in=offices)
            elif _belongs_to_an_office(choices.model):
                list_filter.queryset = choices.filter(office__in=offices)


class OfficeScopedViewSet(SnippetViewSet):
    """Lists, filters, shows and offers only the records of the offices the user works
    for (one install may serve many offices)."""

    inspect_view_class = InspectView
    history_view_class = HistoryView
    usage_view_class = UsageView
    copy_view_class = CopyView
    chooser_viewset_class = ChooserViewSet

    def get_queryset(self, request):
        return self.model._default_manager.filter(office__in=offices_of_user(user=request.user))

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(base_filterset_class=OfficeScopedFilterSet, **kwargs)


# First of the hooks: nothing else runs for a record the user may not touch.
@hooks.register("before_edit_snippet", order=-100)
@hooks.register("before_delete_snippet", order=-100)
def office_record_check(request, instance):
    """Nobody edits or deletes another office's records, even by typing the URL."""
    instances = instance if isinstance(instance, list | tuple) else [instance]
    allowed = set(offices_of_user(user=request.user).values_list("pk", flat=True))
    for item in instances:
        office_id = getattr(item, "office_id", None)
        if office_id is not None and office_id not in allowed:
            raise PermissionDenied
