"""Wagtail's own Users, Groups and Sites screens limited to the offices the user works
for (everything for a superuser): one install serves many offices, and an office's
administrator holds Wagtail's permissions on users, groups and sites for the whole install.

- Users: the list shows the accounts of the user's offices (``users_seen_by``); edit,
  delete, copy, history, usage and the bulk actions reach only the accounts the user
  manages (``users_managed_by``: no superuser, no account shared with another office).
  The forms offer only the user's offices' groups, a new account must be put in at least
  one of them (or the administrator could not see the account they just made), and only a
  superuser can make a superuser.
- Groups: only the role groups of the user's offices; a non-superuser adds none (an
  office's role groups come with the office, and a new group would belong to no office)
  and changes no group's permissions (they come from ``roles.py``).
- Sites: only the sites of the user's offices, whose root page only a superuser moves.

Users and groups replace Wagtail's viewsets through the ``wagtailusers`` app's
``user_viewset`` and ``group_viewset`` (set in ``OfficesConfig.ready``). Wagtail offers no
such switch for sites: ``wagtail_hooks`` registers ``SiteViewSet`` under Wagtail's own
``sites/`` path before Wagtail's, so every address of the Sites screens reaches it."""

from django.http import Http404
from django.shortcuts import get_list_or_404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.sites import views as site_views
from wagtail.users import forms as user_forms
from wagtail.users.views import groups as group_views
from wagtail.users.views import users as user_views
from wagtail.users.views.bulk_actions import (
    AssignRoleBulkAction,
    DeleteBulkAction,
    SetActiveStateBulkAction,
)

from .selectors import groups_managed_by, sites_of_user, users_managed_by, users_seen_by


class ScopedObjectMixin:
    """A view of one object outside ``scope`` is a 404, whatever its address."""

    scope = None  # a selector taking user=

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if not type(self).scope(user=self.request.user).filter(pk=instance.pk).exists():
            raise Http404
        return instance


class ScopedIndexMixin:
    """The listing shows only ``scope``."""

    scope = None

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if self.request.user.is_superuser:
            return queryset
        return queryset.filter(pk__in=type(self).scope(user=self.request.user).values("pk"))


# Users


class OfficeAccountFormMixin:
    """The user's form as a non-superuser sees it: their offices' groups only, at least
    one of them for a new account, the account's other groups kept, no superuser box."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.offered_groups = None
        if for_user is None or for_user.is_superuser:
            return
        self.fields.pop("is_superuser", None)
        self.offered_groups = groups_managed_by(user=for_user)
        field = self.fields["groups"]
        field.queryset = self.offered_groups
        if self.instance.pk is None:
            field.required = True
            field.help_text = _(
                "Choose at least one group of your office: the account then works for it."
            )

    def clean_groups(self):
        chosen = list(self.cleaned_data["groups"])
        if self.offered_groups is None or self.instance.pk is None:
            return chosen
        # Groups this user may not see (another office's, Wagtail's own) stay as they were.
        kept = self.instance.groups.exclude(pk__in=self.offered_groups.values("pk"))
        return chosen + list(kept)


class UserCreationForm(OfficeAccountFormMixin, user_forms.UserCreationForm):
    pass


class UserEditForm(OfficeAccountFormMixin, user_forms.UserEditForm):
    pass


class FormForUserMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class UserFilterSet(user_views.UserFilterSet):
    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if request is not None:
            self.filters["group"].queryset = groups_managed_by(user=request.user)


class UserIndexView(ScopedIndexMixin, user_views.IndexView):
    scope = users_seen_by

    @cached_property
    def managed_pks(self) -> set[int]:
        return set(users_managed_by(user=self.request.user).values_list("pk", flat=True))

    def _manages(self, instance) -> bool:
        return self.request.user.is_superuser or instance.pk in self.managed_pks

    # An account shared with another office is listed without links to change it.
    def get_edit_url(self, instance):
        return super().get_edit_url(instance) if self._manages(instance) else None

    def get_copy_url(self, instance):
        return super().get_copy_url(instance) if self._manages(instance) else None

    def get_delete_url(self, instance):
        return super().get_delete_url(instance) if self._manages(instance) else None


class UserCreateView(FormForUserMixin, user_views.CreateView):
    pass


class UserCopyView(ScopedObjectMixin, FormForUserMixin, generic.CopyView):
    scope = users_managed_by


class UserEditView(ScopedObjectMixin, FormForUserMixin, user_views.EditView):
    scope = users_managed_by


class UserDeleteView(ScopedObjectMixin, user_views.DeleteView):
    scope = users_managed_by


class UserHistoryView(ScopedObjectMixin, user_views.HistoryView):
    scope = users_managed_by


class UserUsageView(ScopedObjectMixin, generic.UsageView):
    scope = users_managed_by


class UserViewSet(user_views.UserViewSet):
    filterset_class = UserFilterSet
    index_view_class = UserIndexView
    add_view_class = UserCreateView
    copy_view_class = UserCopyView
    edit_view_class = UserEditView
    delete_view_class = UserDeleteView
    history_view_class = UserHistoryView
    usage_view_class = UserUsageView

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm


class ScopedUserBulkActionMixin:
    """Bulk actions on users reach only the accounts the user manages."""

    def get_queryset(self, model, object_ids):
        return get_list_or_404(users_managed_by(user=self.request.user), pk__in=object_ids)


class UserDeleteBulkAction(ScopedUserBulkActionMixin, DeleteBulkAction):
    pass


class UserSetActiveStateBulkAction(ScopedUserBulkActionMixin, SetActiveStateBulkAction):
    pass


class UserAssignRoleBulkAction(ScopedUserBulkActionMixin, AssignRoleBulkAction):
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["role"].queryset = groups_managed_by(user=self.request.user)
        return form


USER_BULK_ACTIONS = (UserDeleteBulkAction, UserSetActiveStateBulkAction, UserAssignRoleBulkAction)


# Groups


class NoNewGroupMixin:
    """Only a superuser adds a group."""

    def user_has_permission(self, permission):
        if permission == "add" and not self.request.user.is_superuser:
            return False
        return super().user_has_permission(permission)


class GroupIndexView(NoNewGroupMixin, ScopedIndexMixin, group_views.IndexView):
    scope = groups_managed_by


class GroupCreateView(NoNewGroupMixin, group_views.CreateView):
    pass


class FixedPermissionsMixin:
    """A non-superuser renames a group but leaves its permissions as they are: an office's
    role groups get theirs from ``roles.py``, and the group form's page and site choosers
    would reach every office's pages and settings."""

    @cached_property
    def permission_panel_forms(self):
        if self.request.user.is_superuser:
            return super().permission_panel_forms
        return []

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not self.request.user.is_superuser:
            form.fields["permissions"].disabled = True
        return form


class GroupEditView(ScopedObjectMixin, FixedPermissionsMixin, group_views.EditView):
    scope = groups_managed_by


class GroupDeleteView(ScopedObjectMixin, group_views.DeleteView):
    scope = groups_managed_by


class GroupHistoryView(ScopedObjectMixin, generic.HistoryView):
    scope = groups_managed_by


class GroupViewSet(group_views.GroupViewSet):
    index_view_class = GroupIndexView
    add_view_class = GroupCreateView
    edit_view_class = GroupEditView
    delete_view_class = GroupDeleteView
    history_view_class = GroupHistoryView


# Sites


class SiteIndexView(ScopedIndexMixin, site_views.IndexView):
    scope = sites_of_user


class SiteEditView(ScopedObjectMixin, site_views.EditView):
    scope = sites_of_user

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not self.request.user.is_superuser:
            # The office's website stays its own: its root page is not moved to another
            # office's pages (the page chooser offers every office's).
            form.fields["root_page"].disabled = True
        return form


class SiteDeleteView(ScopedObjectMixin, site_views.DeleteView):
    scope = sites_of_user


class SiteCopyView(ScopedObjectMixin, generic.CopyView):
    scope = sites_of_user


class SiteViewSet(site_views.SiteViewSet):
    index_view_class = SiteIndexView
    edit_view_class = SiteEditView
    delete_view_class = SiteDeleteView
    copy_view_class = SiteCopyView
