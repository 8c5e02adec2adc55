from django.db import migrations

# PostgreSQL: an index entry's ``body`` vector now holds the title's words too
# (``title || body``, written so by ``ThaiPostgresIndex.add_items``), and searches test
# ``body`` alone: joining the two vectors for every entry a search walked took more than
# half its time (11.4 against 5.0 µs an entry at a million entries). Wagtail's own GIN
# index on ``body`` then finds the matches, and the index on ``title || body`` of
# migration 0002 goes (one GIN index fewer to keep up while indexing).
#
# The entries written before are brought to the new form here: one UPDATE of every
# entry (minutes at a million entries; on PostgreSQL without autovacuum, VACUUM the
# table afterwards). Going back recreates the old index; the entries
# keep their titles' words in ``body`` until rebuilt (``manage.py search_rebuild``).
TABLE = "wagtailsearch_indexentry"
INDEX = "prachasan_search_entry_vector"


def body_with_title(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # The index first, so that the UPDATE does not keep it up.
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(f"UPDATE {TABLE} SET body = title || body")


def expression_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} USING gin ((title || body))"
    )


class Migration(migrations.Migration):
    dependencies = [("prachasan_search", "0004_indexentry_lz4")]

    operations = [migrations.RunPython(body_with_title, expression_index, elidable=False)]
