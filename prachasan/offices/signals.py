from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from .models import Department
from .services import department_roles_sync


@receiver(m2m_changed, sender=Department.web_editors.through)
@receiver(m2m_changed, sender=Department.directors.through)
def department_people_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if not reverse:
        department_roles_sync(department=instance)
        return
    # Changed from the user's side: the departments named, or all of them on clear.
    departments = Department.objects.all()
    if pk_set:
        departments = departments.filter(pk__in=pk_set)
    for department in departments.select_related("office"):
        department_roles_sync(department=department)


def department_page_saved(sender, instance, created, **kwargs):
    if created:
        department_roles_sync(department=instance.department)


def connect():
    from prachasan.site.models import DepartmentPage

    post_save.connect(department_page_saved, sender=DepartmentPage, dispatch_uid="dept-page")
