from wagtail.admin.forms import WagtailAdminModelForm


class OfficeScopedAdminForm(WagtailAdminModelForm):
    """Admin form of a per-office record: the office field offers only the offices the
    user works for."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and "office" in self.fields:
            # Imported here: the models that use this form are what selectors read.
            from .selectors import offices_of_user

            self.fields["office"].queryset = offices_of_user(user=for_user)
