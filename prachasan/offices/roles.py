"""What each office role may do, as Wagtail group permissions.

Role groups are per office so that one install can serve many offices; a department's
web editors and directors also get a group of their own whose page permissions cover
only that department's section of the site.
"""

from django.utils.translation import gettext_lazy as _

from .models import RoleGroup

Role = RoleGroup.Role

ADMIN_ACCESS = ("wagtailadmin", "admin", "access_admin")

# The registries of the PR network (seed 004, 7.2) are kept by the PR officer; the
# administrator may step in.
NETWORK_REGISTRY_PERMISSIONS = [
    ("network", model, ("add", "change", "delete"))
    for model in (
        "school",
        "schoolcluster",
        "mediacontact",
        "networkmember",
        "networkapplication",
        "recipientgroup",
        "order",
        "committee",
    )
]

# Django model permissions per role: (app_label, model, codename prefixes).
MODEL_PERMISSIONS: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {
    Role.ADMINISTRATOR: [
        ("wagtailimages", "image", ("add", "change", "delete", "choose")),
        ("wagtaildocs", "document", ("add", "change", "delete", "choose")),
        ("offices", "office", ("change",)),
        ("offices", "department", ("add", "change", "delete")),
        ("offices", "person", ("add", "change", "delete")),
        ("offices", "officeclosure", ("add", "change", "delete")),
        ("news", "informationtype", ("add", "change")),
        ("auth", "user", ("add", "change", "delete")),
        ("auth", "group", ("add", "change", "delete")),
        ("wagtailcore", "site", ("change",)),
        # The office's publication workflow: its steps, deciders and time standards.
        ("wagtailcore", "workflow", ("add", "change", "delete")),
        ("wagtailcore", "task", ("add", "change", "delete")),
        *NETWORK_REGISTRY_PERMISSIONS,
    ],
    Role.PR_OFFICER: [
        ("wagtailimages", "image", ("add", "change", "delete", "choose")),
        ("wagtaildocs", "document", ("add", "change", "delete", "choose")),
        ("offices", "person", ("add", "change")),
        ("offices", "officeclosure", ("add", "change", "delete")),
        *NETWORK_REGISTRY_PERMISSIONS,
    ],
    Role.WEB_EDITOR: [
        ("wagtailimages", "image", ("add", "choose")),
        ("wagtaildocs", "document", ("add", "choose")),
    ],
    Role.DEPARTMENT_DIRECTOR: [
        ("wagtailimages", "image", ("choose",)),
        ("wagtaildocs", "document", ("choose",)),
    ],
    Role.DEPUTY_DIRECTOR: [
        ("wagtailimages", "image", ("choose",)),
        ("wagtaildocs", "document", ("choose",)),
    ],
    Role.AREA_DIRECTOR: [
        ("wagtailimages", "image", ("choose",)),
        ("wagtaildocs", "document", ("choose",)),
    ],
}

# Page permissions on the whole office site, per office-wide role.
SITE_PAGE_PERMISSIONS: dict[str, tuple[str, ...]] = {
    Role.ADMINISTRATOR: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
    Role.PR_OFFICER: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
    Role.WEB_EDITOR: (),
    Role.DEPARTMENT_DIRECTOR: (),
    Role.DEPUTY_DIRECTOR: ("change_page", "publish_page"),
    Role.AREA_DIRECTOR: ("change_page", "publish_page"),
}

# Page permissions on one department's section, for that department's own groups.
DEPARTMENT_PAGE_PERMISSIONS: dict[str, tuple[str, ...]] = {
    Role.WEB_EDITOR: ("add_page", "change_page"),
    Role.DEPARTMENT_DIRECTOR: ("add_page", "change_page"),
}

ROLE_GROUP_NAMES = {
    Role.ADMINISTRATOR: _("Administrators"),
    Role.PR_OFFICER: _("PR officers"),
    Role.WEB_EDITOR: _("Department web editors"),
    Role.DEPARTMENT_DIRECTOR: _("Department directors"),
    Role.DEPUTY_DIRECTOR: _("Deputy directors"),
    Role.AREA_DIRECTOR: _("Area director"),
}
