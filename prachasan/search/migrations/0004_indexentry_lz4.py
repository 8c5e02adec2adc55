from django.db import DatabaseError, migrations, transaction

# PostgreSQL: a search reads the index entries' vectors and text back from TOAST, which
# PostgreSQL compresses with pglz by default. Testing "title || body" of an entry took
# 21 µs with pglz and 8 µs with lz4 (20,000 entries of the search benchmark), and that
# test runs for every entry a search reads in the primary key's order. The columns are
# compressed with lz4 where the server was built with it (PostgreSQL 14 and later, as
# Debian's and the official images are); entries written before keep pglz until
# rewritten (``manage.py search_rebuild``).
TABLE = "wagtailsearch_indexentry"
COLUMNS = ("title", "autocomplete", "body", "title_text", "body_text")


def _compression_set(schema_editor, method):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    alter = ", ".join(f"ALTER COLUMN {column} SET COMPRESSION {method}" for column in COLUMNS)
    try:
        with transaction.atomic(using=connection.alias):
            schema_editor.execute(f"ALTER TABLE {TABLE} {alter}")
    except DatabaseError:
        if method == "pglz":
            raise
        # A server built without lz4: the default compression stays.


def lz4(apps, schema_editor):
    _compression_set(schema_editor, "lz4")


def pglz(apps, schema_editor):
    _compression_set(schema_editor, "pglz")


class Migration(migrations.Migration):
    dependencies = [("prachasan_search", "0003_fts_update_trigger")]

    operations = [migrations.RunPython(lz4, pglz, elidable=False)]
