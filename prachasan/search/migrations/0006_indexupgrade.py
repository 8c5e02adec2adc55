from django.db import migrations, models

# Every index entry now holds scope words (``prachasan.search.scopes``): a word for its
# object's department, kind, information type, office, month of publication and site, so
# that the full-text engine finds the matches inside a search's filters. Entries written
# before lack them, and a search that asked for them would miss those entries: an index
# that has entries is marked here (a row of IndexUpgrade), and the searches do not ask for
# the words until ``manage.py search_rebuild`` has written every entry again and deleted
# the row. A new, empty index needs no rebuild.
TABLE = "wagtailsearch_indexentry"
UPGRADE = "scope-words"


def mark_if_indexed(apps, schema_editor):
    connection = schema_editor.connection
    if TABLE not in connection.introspection.table_names():
        return
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT 1 FROM {TABLE} LIMIT 1")  # noqa: S608 (a fixed name)
        indexed = cursor.fetchone() is not None
    if indexed:
        IndexUpgrade = apps.get_model("prachasan_search", "IndexUpgrade")  # noqa: N806
        IndexUpgrade.objects.using(connection.alias).get_or_create(name=UPGRADE)


class Migration(migrations.Migration):
    dependencies = [("prachasan_search", "0005_indexentry_body_holds_title")]

    operations = [
        migrations.CreateModel(
            name="IndexUpgrade",
            fields=[
                (
                    "name",
                    models.CharField(
                        max_length=50, primary_key=True, serialize=False, verbose_name="name"
                    ),
                ),
                ("marked_at", models.DateTimeField(auto_now_add=True, verbose_name="marked at")),
            ],
            options={
                "verbose_name": "search index upgrade",
                "verbose_name_plural": "search index upgrades",
            },
        ),
        migrations.RunPython(mark_if_indexed, migrations.RunPython.noop, elidable=False),
    ]
