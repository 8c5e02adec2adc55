from django.db import migrations

# SQLite: Wagtail's trigger copies an index entry into the FTS5 table after *any* update
# of the entry, so setting the title norms (after every chunk indexed, and over the whole
# index at the end of a rebuild) rewrote every FTS row it touched: a million FTS rows
# rewritten at the end of a rebuild, for a column FTS does not hold. The trigger now fires
# only when the indexed text changes.
TRIGGER = "update_wagtailsearch_indexentry_fts"
TABLE = "wagtailsearch_indexentry"
FTS_TABLE = "wagtailsearch_indexentry_fts"
BODY = (
    f"BEGIN UPDATE {FTS_TABLE} SET title=NEW.title, body=NEW.body,"
    " autocomplete=NEW.autocomplete WHERE rowid=NEW.id; END"
)


def _trigger_replace(schema_editor, when):
    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = %s", [TRIGGER])
        if cursor.fetchone() is None:
            return  # SQLite without FTS5: Wagtail searches with LIKE.
        cursor.execute(f"DROP TRIGGER {TRIGGER}")
        cursor.execute(f"CREATE TRIGGER {TRIGGER} AFTER UPDATE{when} ON {TABLE} {BODY}")


def text_changes_only(apps, schema_editor):
    _trigger_replace(schema_editor, " OF title, body, autocomplete")


def any_update(apps, schema_editor):
    _trigger_replace(schema_editor, "")


class Migration(migrations.Migration):
    dependencies = [("prachasan_search", "0002_indexentry_vector_index")]

    operations = [migrations.RunPython(text_changes_only, any_update, elidable=False)]
