"""Who may change an office's settings (Settings → Office): a user with the permission,
and then only for the sites of their own offices (every site for a superuser)."""

from wagtail.models import Site
from wagtail.permission_policies.sites import SitePermissionPolicy


class OfficeSettingPermissionPolicy(SitePermissionPolicy):
    """Wagtail's policy for site settings, limited to the user's offices' sites: the
    administrator role holds its permission for every site (a group permission), and
    Wagtail's settings screen lets the user pick any site."""

    def _users_sites(self, user):
        # Imported here: the Office model builds this policy when it is registered.
        from .selectors import sites_of_user

        return sites_of_user(user=user)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not super().user_has_any_permission_for_instance(user, actions, instance):
            return False
        if user.is_superuser:
            return True
        site_id = instance.pk if isinstance(instance, Site) else instance.site_id
        return self._users_sites(user).filter(pk=site_id).exists()

    def sites_user_has_any_permission_for(self, user, actions):
        sites = super().sites_user_has_any_permission_for(user, actions)
        if user.is_superuser:
            return sites
        return sites.filter(pk__in=self._users_sites(user).values("pk"))
