import django.db.models.deletion
from django.db import migrations, models

# SQLite: Wagtail's FTS5 table splits Thai at vowel and tone marks with its default
# tokenizer (unicode61 counts marks as separators), so "ใช้" would be indexed as "ใช". We
# index words already cut and joined by spaces: re-create the table with marks counted as
# letters, and copy the entries back. The table name and columns are Wagtail's, and its
# triggers (on wagtailsearch_indexentry) write to the table by name, so they keep working.
FTS_TABLE = "wagtailsearch_indexentry_fts"
THAI_TOKENIZER = "unicode61 categories 'L* N* Co M*'"
DEFAULT_TOKENIZER = "unicode61"


def fts_recreate(schema_editor, tokenizer):
    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %s", [FTS_TABLE]
        )
        if cursor.fetchone() is None:
            return  # SQLite without FTS5: Wagtail searches with LIKE.
        cursor.execute(f"DROP TABLE {FTS_TABLE}")
        cursor.execute(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5"
            f'(autocomplete, body, title, tokenize = "{tokenizer}")'
        )
        cursor.execute(
            f"INSERT INTO {FTS_TABLE} (rowid, title, body, autocomplete) "  # noqa: S608
            "SELECT id, title, body, autocomplete FROM wagtailsearch_indexentry"
        )


def thai_tokenizer(apps, schema_editor):
    fts_recreate(schema_editor, THAI_TOKENIZER)


def default_tokenizer(apps, schema_editor):
    fts_recreate(schema_editor, DEFAULT_TOKENIZER)


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.CreateModel(
            name="DocumentText",
            fields=[
                (
                    "document",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="extracted_text",
                        serialize=False,
                        to="wagtaildocs.document",
                        verbose_name="document",
                    ),
                ),
                ("text", models.TextField(blank=True, verbose_name="text")),
                (
                    "file_name",
                    models.CharField(blank=True, max_length=255, verbose_name="file name"),
                ),
                (
                    "file_hash",
                    models.CharField(blank=True, max_length=40, verbose_name="file hash"),
                ),
                ("error", models.CharField(blank=True, max_length=255, verbose_name="error")),
                (
                    "extracted_at",
                    models.DateTimeField(auto_now=True, verbose_name="extracted at"),
                ),
            ],
            options={
                "verbose_name": "document text",
                "verbose_name_plural": "document texts",
            },
        ),
        migrations.RunPython(thai_tokenizer, default_tokenizer, elidable=False),
    ]
