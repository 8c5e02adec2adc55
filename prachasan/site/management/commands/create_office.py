from django.core.management.base import BaseCommand, CommandError

from prachasan.site.services import office_site_create


class Command(BaseCommand):
    help = (
        "Add an office to this install: its site, settings, the ten standard departments, "
        "role groups and the standard sections of its website. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("hostname", help="e.g. www.example1.go.th")
        parser.add_argument("--port", type=int, default=80)
        parser.add_argument("--name", required=True, help="Thai name of the office")
        parser.add_argument("--short-name", required=True, help="e.g. สพป.ตัวอย่าง เขต 1")
        parser.add_argument("--name-en", default="")

    def handle(self, *args, hostname, port, name, short_name, name_en, **options):
        if not name.strip() or not short_name.strip():
            raise CommandError("Give the office's Thai name and short name.")
        site, office, pages = office_site_create(
            hostname=hostname,
            port=port,
            name_th=name.strip(),
            short_name_th=short_name.strip(),
            name_en=name_en.strip(),
        )
        self.stdout.write(
            f"{office.name_th}: http://{site.hostname}:{site.port}/ — "
            f"{office.departments.count()} departments, {len(pages)} sections"
        )
