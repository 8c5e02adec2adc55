"""Writes about offices, departments, people and roles."""

from collections.abc import Iterable

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import translation
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, Site

from .models import Department, Office, RoleGroup
from .roles import (
    ADMIN_ACCESS,
    DEPARTMENT_PAGE_PERMISSIONS,
    MODEL_PERMISSIONS,
    ROLE_GROUP_NAMES,
    SITE_PAGE_PERMISSIONS,
    Role,
)

STANDARD_DEPARTMENTS = [
    # (key, name, short name, English name): the usual ten units of an area office.
    ("director_office", "กลุ่มอำนวยการ", "อำนวยการ", "Director's Office"),
    (
        "finance",
        "กลุ่มบริหารงานการเงินและสินทรัพย์",
        "การเงินและสินทรัพย์",
        "Finance and Assets",
    ),
    ("personnel", "กลุ่มบริหารงานบุคคล", "บริหารงานบุคคล", "Personnel Administration"),
    (
        "teacher_dev",
        "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา",
        "พัฒนาครูฯ",
        "Teacher and Educational Personnel Development",
    ),
    (
        "supervision",
        "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา",
        "นิเทศฯ",
        "Educational Supervision, Monitoring and Evaluation",
    ),
    ("promotion", "กลุ่มส่งเสริมการจัดการศึกษา", "ส่งเสริมการจัดการศึกษา", "Educational Promotion"),
    ("policy", "กลุ่มนโยบายและแผน", "นโยบายและแผน", "Policy and Planning"),
    (
        "ict",
        "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร",
        "ICT",
        "Distance Education and ICT Promotion",
    ),
    ("legal", "กลุ่มกฎหมายและคดี", "กฎหมายและคดี", "Legal Affairs"),
    ("audit", "หน่วยตรวจสอบภายใน", "ตรวจสอบภายใน", "Internal Audit Unit"),
]


# Wagtail grants image and document permissions per collection, not per model.
COLLECTION_APPS = {"wagtailimages", "wagtaildocs"}


def _collection_permissions_set(*, group: Group, permissions: list[Permission]) -> None:
    root = Collection.get_first_root_node()
    wanted = [p for p in permissions if p.content_type.app_label in COLLECTION_APPS]
    GroupCollectionPermission.objects.filter(group=group, collection=root).exclude(
        permission__in=wanted
    ).delete()
    for permission in wanted:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )


def _permissions(entries: Iterable[tuple[str, str, tuple[str, ...]]]) -> list[Permission]:
    wanted = []
    for app_label, model, prefixes in entries:
        wanted += [(app_label, f"{prefix}_{model}") for prefix in prefixes]
    found = Permission.objects.filter(
        content_type__app_label__in={app for app, _ in wanted},
        codename__in={codename for _, codename in wanted},
    ).select_related("content_type")
    by_key = {(p.content_type.app_label, p.codename): p for p in found}
    return [by_key[key] for key in wanted if key in by_key]


def _group_name(office: Office, role: str, department: Department | None) -> str:
    with translation.override("th"):
        label = str(ROLE_GROUP_NAMES[role])
    name = f"{office.short_name_th} · {label}"
    if department is not None:
        name = f"{name} · {department.short_name}"
    return name[:150]


def _role_group_ensure(*, office: Office, role: str, department: Department | None = None) -> Group:
    link = (
        RoleGroup.objects.filter(office=office, role=role, department=department)
        .select_related("group")
        .first()
    )
    if link is None:
        group, _created = Group.objects.get_or_create(name=_group_name(office, role, department))
        RoleGroup.objects.create(office=office, role=role, department=department, group=group)
        return group
    return link.group


def _page_permissions_set(*, group: Group, page: Page, codenames: Iterable[str]) -> None:
    wanted = set(codenames)
    GroupPagePermission.objects.filter(group=group, page=page).exclude(
        permission__codename__in=wanted
    ).delete()
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=wanted
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


@transaction.atomic
def office_roles_sync(*, office: Office) -> dict[str, Group]:
    """Create or refresh the office's role groups and their permissions."""
    root = office.site.root_page
    admin_access = _permissions([(ADMIN_ACCESS[0], ADMIN_ACCESS[1], ("access",))])
    groups = {}
    for role in Role.values:
        group = _role_group_ensure(office=office, role=role)
        permissions = _permissions(MODEL_PERMISSIONS[role])
        group.permissions.set(
            admin_access
            + [p for p in permissions if p.content_type.app_label not in COLLECTION_APPS]
        )
        _collection_permissions_set(group=group, permissions=permissions)
        _page_permissions_set(group=group, page=root, codenames=SITE_PAGE_PERMISSIONS[role])
        groups[role] = group
    for department in office.departments.all():
        department_roles_sync(department=department)
    return groups


@transaction.atomic
def department_roles_sync(*, department: Department) -> None:
    """Give the department's editors and directors their department's section, and
    keep their group membership in step with the department's lists."""
    page = getattr(department, "page", None)
    members = {
        Role.WEB_EDITOR: set(department.web_editors.all()),
        Role.DEPARTMENT_DIRECTOR: set(department.directors.all()),
    }
    for role, codenames in DEPARTMENT_PAGE_PERMISSIONS.items():
        office_group = _role_group_ensure(office=department.office, role=role)
        group = _role_group_ensure(office=department.office, role=role, department=department)
        if page is not None:
            _page_permissions_set(group=group, page=page, codenames=codenames)
        current = set(group.user_set.all())
        for user in members[role] - current:
            user.groups.add(group, office_group)
        for user in current - members[role]:
            user.groups.remove(group)


@transaction.atomic
def office_create(
    *,
    site: Site,
    name_th: str,
    short_name_th: str,
    standard_departments: bool = True,
    **fields,
) -> Office:
    """Set up an office on a site: its settings, the ten standard departments, its roles."""
    office = Office.for_site(site)
    office.name_th = name_th
    office.short_name_th = short_name_th
    for field, value in fields.items():
        setattr(office, field, value)
    office.save()
    if standard_departments:
        for order, (key, name, short_name, name_en) in enumerate(STANDARD_DEPARTMENTS, start=1):
            Department.objects.get_or_create(
                office=office,
                key=key,
                defaults={
                    "name": name,
                    "short_name": short_name,
                    "name_en": name_en,
                    "sort_order": order,
                },
            )
    office_roles_sync(office=office)
    return office


def user_role_assign(*, user, office: Office, role: str) -> None:
    """Put a user in one of the office's role groups."""
    user.groups.add(_role_group_ensure(office=office, role=role))
