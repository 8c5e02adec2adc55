from django.contrib.auth import get_user_model
from django.db.models import Model, Q
from wagtail.admin.forms import WagtailAdminModelForm


def _pks(value) -> list:
    """The primary keys of a field's initial value: one key, a model, or a list of them."""
    values = value if isinstance(value, list | tuple) else [value]
    return [item.pk if isinstance(item, Model) else item for item in values if item is not None]


class OfficeScopedAdminForm(WagtailAdminModelForm):
    """Admin form of a per-office record: the office field offers only the offices the
    user works for, and the user-account fields (a person's account, a department's
    directors and web editors) only those offices' accounts."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is None:
            return
        # Imported here: the models that use this form are what selectors read.
        from .selectors import offices_of_user, users_seen_by

        if "office" in self.fields:
            self.fields["office"].queryset = offices_of_user(user=for_user)
        if for_user.is_superuser:
            return
        accounts = users_seen_by(user=for_user).values("pk")
        for name, field in self.fields.items():
            choices = getattr(field, "queryset", None)
            if choices is None or choices.model is not get_user_model():
                continue
            # The accounts already chosen stay offered, so that saving keeps them.
            chosen = _pks(self.initial.get(name))
            field.queryset = choices.filter(Q(pk__in=accounts) | Q(pk__in=chosen))
