from wagtail.admin.forms import WagtailAdminPageForm

from .slugs import is_auto_slug, thai_slugify, validate_thai_slug


class ThaiPageForm(WagtailAdminPageForm):
    """Page form whose slugs keep Thai words whole, so Thai titles give readable URLs."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].validators = [validate_thai_slug]

    def clean(self):
        cleaned = super().clean()
        title = cleaned.get("title") or ""
        slug = cleaned.get("slug") or ""
        if title and (not slug or is_auto_slug(slug=slug, title=title)):
            readable = thai_slugify(title)
            if readable and readable != slug:
                cleaned["slug"] = self._unique_slug(readable)
                self.errors.pop("slug", None)
        return cleaned

    def _unique_slug(self, slug: str) -> str:
        parent = self.parent_page
        if parent is None:
            return slug
        siblings = parent.get_children().exclude(pk=self.instance.pk)
        candidate, suffix = slug, 1
        while siblings.filter(slug=candidate).exists():
            suffix += 1
            candidate = f"{slug}-{suffix}"
        return candidate
