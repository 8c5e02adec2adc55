"""On an install with two offices, an office's administrator (no superuser) sees and
changes in Wagtail's own screens (Office settings, Users, Groups, Sites) and in the
user-account fields of people and departments only their own office's settings,
accounts, role groups and site; a superuser sees everything."""

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Site

from prachasan.offices.models import Department, Office, Person, RoleGroup
from prachasan.offices.services import user_role_assign
from prachasan.site.services import office_site_create

Role = RoleGroup.Role
B_HOST = "office-b.example.go.th"
B_NAME = "สำนักงานเขตพื้นที่การศึกษาทดสอบบี"
B_SHORT = "สพป.ทดสอบบี"
# An account of office A (the demo office) whose details only A's administrators may see.
A_USERNAME = "a-only-account"
A_EMAIL = "somsri.a-only@office-a.example.go.th"
B_EMAIL = "b-staff@office-b.example.go.th"
PASSWORD = "Prachasan-test-2569"


def _refused(response) -> bool:
    return response.status_code in (302, 403, 404)


class AdministratorOfOneOfficeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        users = get_user_model().objects
        cls.office_a = Office.objects.get(site__is_default_site=True)
        _site, cls.office_b, _pages = office_site_create(
            hostname=B_HOST, name_th=B_NAME, short_name_th=B_SHORT
        )
        cls.a_account = users.create_user(
            A_USERNAME, email=A_EMAIL, first_name="สมศรี", last_name="เอเท่านั้น"
        )
        user_role_assign(user=cls.a_account, office=cls.office_a, role=Role.PR_OFFICER)
        cls.b_account = users.create_user("b-staff", email=B_EMAIL)
        user_role_assign(user=cls.b_account, office=cls.office_b, role=Role.PR_OFFICER)
        # Works for both offices: office B's administrator sees it but may not change it.
        cls.shared_account = users.create_user("shared-account", email="shared@example.go.th")
        user_role_assign(user=cls.shared_account, office=cls.office_a, role=Role.PR_OFFICER)
        user_role_assign(user=cls.shared_account, office=cls.office_b, role=Role.PR_OFFICER)
        cls.b_admin = users.create_user("b-admin")
        user_role_assign(user=cls.b_admin, office=cls.office_b, role=Role.ADMINISTRATOR)
        cls.superuser = users.get(username="admin")
        cls.a_group = RoleGroup.objects.get(office=cls.office_a, role=Role.PR_OFFICER).group
        cls.b_group = RoleGroup.objects.get(
            office=cls.office_b, role=Role.WEB_EDITOR, department=None
        ).group

    def setUp(self):
        self.client.force_login(self.b_admin)

    @staticmethod
    def _setting_url(office, *args) -> str:
        return reverse("wagtailsettings:edit", args=["offices", "office", *args])

    def test_office_settings_of_their_office_only(self):
        a_url = self._setting_url(self.office_a, self.office_a.site_id)
        b_url = self._setting_url(self.office_b, self.office_b.site_id)
        response = self.client.get(a_url)
        self.assertTrue(_refused(response))
        self.assertFalse(self.office_a.name_th in response.content.decode())
        response = self.client.post(a_url, {"name_th": "ถูกแก้โดยสำนักงานอื่น"})
        self.assertTrue(_refused(response))
        self.office_a.refresh_from_db()
        self.assertNotEqual(self.office_a.name_th, "ถูกแก้โดยสำนักงานอื่น")

        response = self.client.get(b_url)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertTrue(B_NAME in html)
        # No site switcher offering office A's settings.
        self.assertFalse(a_url in html)
        # The Settings menu's address leads to office B's settings, not the default site's.
        self.assertRedirects(
            self.client.get(self._setting_url(self.office_b)), b_url, fetch_redirect_response=False
        )

        self.client.force_login(self.superuser)
        self.assertEqual(self.client.get(a_url).status_code, 200)
        self.assertTrue(b_url in self.client.get(a_url).content.decode())  # the site switcher

    def test_user_list_shows_only_their_offices_accounts(self):
        url = reverse("wagtailusers_users:index")
        html = "".join(
            self.client.get(url, query).content.decode()
            for query in ({}, {"q": "a-only"}, {"q": "สมศรี"}, {"group": self.a_group.pk})
        )
        self.assertFalse(A_USERNAME in html)
        self.assertNotIn(A_EMAIL, html)
        html = self.client.get(url).content.decode()
        self.assertTrue("b-staff" in html)
        self.assertIn("shared-account", html)
        # The group filter offers office B's groups only.
        self.assertTrue(B_SHORT in html)
        self.assertFalse(self.office_a.short_name_th in html)

        self.client.force_login(self.superuser)
        html = self.client.get(url, {"q": "-"}).content.decode()
        self.assertTrue(A_USERNAME in html)
        self.assertIn("b-staff", html)

    def test_another_offices_account_cannot_be_opened_changed_or_deleted(self):
        for account in (self.a_account, self.shared_account, self.superuser):
            for name in ("edit", "delete", "history", "usage", "copy"):
                response = self.client.get(reverse(f"wagtailusers_users:{name}", args=[account.pk]))
                self.assertTrue(_refused(response), (account, name))
                if account.email:
                    self.assertFalse(account.email in response.content.decode(), name)
        fields = {"username": A_USERNAME, "email": "taken@example.go.th"}
        fields |= {"first_name": "x", "last_name": "y", "password1": PASSWORD}
        self.client.post(reverse("wagtailusers_users:edit", args=[self.a_account.pk]), fields)
        self.client.post(reverse("wagtailusers_users:delete", args=[self.a_account.pk]))
        bulk_delete = reverse("wagtail_bulk_action", args=["auth", "user", "delete"])
        self.client.post(f"{bulk_delete}?id={self.a_account.pk}&id={self.shared_account.pk}")
        self.a_account.refresh_from_db()
        self.assertEqual(self.a_account.email, A_EMAIL)
        self.assertTrue(get_user_model().objects.filter(pk=self.shared_account.pk).exists())
        # Nor is another office's group given to an account of this office.
        assign = reverse("wagtail_bulk_action", args=["auth", "user", "assign_role"])
        self.client.post(f"{assign}?id={self.b_account.pk}", {"role": self.a_group.pk})
        self.assertFalse(self.b_account.groups.filter(pk=self.a_group.pk).exists())

        response = self.client.get(reverse("wagtailusers_users:edit", args=[self.b_account.pk]))
        self.assertEqual(response.status_code, 200)
        self.assertTrue(B_EMAIL in response.content.decode())

    def test_a_new_account_joins_one_of_their_offices_groups(self):
        fields = {
            "username": "b-new",
            "email": "b-new@office-b.example.go.th",
            "first_name": "ใหม่",
            "last_name": "บี",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "is_active": "on",
            "is_superuser": "on",
        }
        url = reverse("wagtailusers_users:add")
        new_accounts = get_user_model().objects.filter(username="b-new")
        self.client.post(url, fields)
        self.assertFalse(new_accounts.exists())
        self.client.post(url, {**fields, "groups": [self.a_group.pk]})
        self.assertFalse(new_accounts.exists())
        self.client.post(url, {**fields, "groups": [self.b_group.pk]})
        account = new_accounts.get()
        self.assertEqual(list(account.groups.all()), [self.b_group])
        self.assertFalse(account.is_superuser)
        self.assertTrue(
            "b-new" in self.client.get(reverse("wagtailusers_users:index")).content.decode()
        )

    def test_groups_of_their_office_only(self):
        html = self.client.get(reverse("wagtailusers_groups:index")).content.decode()
        self.assertTrue(B_SHORT in html)
        self.assertFalse(self.office_a.short_name_th in html)
        for name in ("edit", "delete"):
            response = self.client.get(
                reverse(f"wagtailusers_groups:{name}", args=[self.a_group.pk])
            )
            self.assertTrue(_refused(response), name)
        self.client.post(reverse("wagtailusers_groups:delete", args=[self.a_group.pk]))
        self.assertTrue(RoleGroup.objects.filter(group=self.a_group).exists())
        # A new group would belong to no office: only a superuser adds one.
        self.assertTrue(_refused(self.client.get(reverse("wagtailusers_groups:add"))))
        edit_b = reverse("wagtailusers_groups:edit", args=[self.b_group.pk])
        response = self.client.get(edit_b)
        self.assertEqual(response.status_code, 200)
        # Its permissions come from the office's roles: no page permissions to give on
        # another office's pages.
        self.assertFalse("page_permissions-TOTAL_FORMS" in response.content.decode())
        permissions = set(self.b_group.permissions.values_list("pk", flat=True))
        self.client.post(edit_b, {"name": "กลุ่มที่เปลี่ยนชื่อ", "permissions": [1, 2, 3]})
        self.b_group.refresh_from_db()
        self.assertEqual(self.b_group.name, "กลุ่มที่เปลี่ยนชื่อ")
        self.assertEqual(set(self.b_group.permissions.values_list("pk", flat=True)), permissions)

        self.client.force_login(self.superuser)
        url = reverse("wagtailusers_groups:index")
        self.assertTrue(B_SHORT in self.client.get(url, {"q": "ทดสอบบี"}).content.decode())
        html = self.client.get(url, {"q": self.office_a.short_name_th}).content.decode()
        self.assertTrue(self.a_group.name in html)

    def test_sites_of_their_office_only(self):
        site_a = self.office_a.site
        html = self.client.get(reverse("wagtailsites:index")).content.decode()
        self.assertTrue(B_HOST in html)
        self.assertFalse(site_a.hostname in html)
        edit_a = reverse("wagtailsites:edit", args=[site_a.pk])
        self.assertTrue(_refused(self.client.get(edit_a)))
        fields = {"hostname": "taken.example.go.th", "port": 80, "root_page": site_a.root_page_id}
        self.client.post(edit_a, fields)
        self.assertEqual(Site.objects.get(pk=site_a.pk).hostname, site_a.hostname)
        site_b = self.office_b.site
        b_root = site_b.root_page_id
        edit_b = reverse("wagtailsites:edit", args=[site_b.pk])
        self.assertEqual(self.client.get(edit_b).status_code, 200)
        # Nor is its own site moved onto office A's pages.
        fields = {
            "hostname": B_HOST,
            "port": 80,
            "site_name": "บี",
            "root_page": site_a.root_page_id,
        }
        self.client.post(edit_b, fields)
        site_b.refresh_from_db()
        self.assertEqual(site_b.site_name, "บี")
        self.assertEqual(site_b.root_page_id, b_root)

        self.client.force_login(self.superuser)
        html = self.client.get(reverse("wagtailsites:index")).content.decode()
        self.assertTrue(B_HOST in html)
        self.assertIn(site_a.hostname, html)

    def test_person_and_department_forms_offer_only_their_offices_accounts(self):
        department = Department.objects.filter(office=self.office_b).first()
        html = self.client.get(reverse(Person.snippet_viewset.get_url_name("add"))).content.decode()
        edit = reverse(Department.snippet_viewset.get_url_name("edit"), args=[department.pk])
        html += self.client.get(edit).content.decode()
        self.assertFalse(A_USERNAME in html)
        self.assertTrue("b-staff" in html)
