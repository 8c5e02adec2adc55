"""Importing the school list and the media registry from the spreadsheets PR officers keep.

Two steps: a preview reads and checks the whole file against the registry and keeps the
rows it read in a ``RegistryImport``; once the user confirms, the task worker checks the
rows again against the registry as it is then and writes every one in one transaction, or
nothing when any row is wrong. A thousand schools take seconds to write: too long for a
web request.
"""

import datetime
import logging
import os
import re
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from wagtail.log_actions import log

from prachasan.offices.models import Office
from prachasan.thai.dates import to_arabic_digits

from .models import MediaContact, MediaKind, RegistryImport, School, SchoolCluster
from .tabular import ColumnSpec, Table, TableError, TableRow, header_key, table_read
from .validators import phone_normalize

logger = logging.getLogger(__name__)

IMPORT_LOG_ACTION = "network.import"
SAMPLE_ROWS = 10
# A preview not confirmed within a day is dropped: its rows may hold personal data.
PREVIEW_LIFETIME = datetime.timedelta(days=1)
SCHOOLS = "schools"
MEDIA = "media"

# The headers are the file format, not interface text: an export made in one language
# must import in the other, so they are constants rather than translated strings.
SCHOOL_COLUMNS = [
    ColumnSpec(
        "code",
        "รหัสโรงเรียน",
        ("รหัสสถานศึกษา", "รหัส", "รหัส 10 หลัก", "school code", "code"),
        required=True,
    ),
    ColumnSpec(
        "name",
        "ชื่อโรงเรียน",
        ("ชื่อสถานศึกษา", "โรงเรียน", "school", "school name", "name"),
        required=True,
    ),
    ColumnSpec(
        "cluster",
        "ศูนย์เครือข่าย",
        ("ศูนย์เครือข่ายสถานศึกษา", "เครือข่าย", "school cluster", "cluster"),
    ),
    ColumnSpec("district", "อำเภอ", ("district", "amphoe")),
    ColumnSpec("address", "ที่อยู่", ("ที่ตั้ง", "address")),
    ColumnSpec(
        "director_name",
        "ผู้อำนวยการ",
        ("ชื่อผู้อำนวยการ", "ผู้บริหาร", "ผอ.", "director", "director name", "director_name"),
    ),
    ColumnSpec(
        "director_phone",
        "โทรศัพท์ผู้อำนวยการ",
        (
            "มือถือผู้อำนวยการ",
            "โทรศัพท์มือถือผู้อำนวยการ",
            "เบอร์ผู้อำนวยการ",
            "โทรศัพท์ ผอ.",
            "director phone",
            "director's phone",
            "director_phone",
        ),
    ),
    ColumnSpec(
        "phone",
        "โทรศัพท์",
        ("โทรศัพท์โรงเรียน", "เบอร์โทร", "เบอร์โทรศัพท์", "phone", "telephone", "tel"),
    ),
    ColumnSpec("email", "อีเมล", ("อีเมล์", "อีเมลโรงเรียน", "e-mail", "email")),
    ColumnSpec("line_id", "LINE", ("LINE ID", "ไลน์", "ไอดีไลน์", "line_id")),
]

MEDIA_COLUMNS = [
    ColumnSpec(
        "outlet",
        "ชื่อสื่อ/สำนัก",
        ("ชื่อสื่อ", "สำนัก", "สำนักข่าว", "สื่อ", "หน่วยงาน", "outlet", "media outlet"),
        required=True,
    ),
    ColumnSpec(
        "kind", "ประเภทสื่อ", ("ประเภท", "kind", "kind of media", "media type"), required=True
    ),
    ColumnSpec(
        "contact_name",
        "ผู้ติดต่อ",
        ("ชื่อผู้ติดต่อ", "ชื่อ-สกุล", "ชื่อ - นามสกุล", "ผู้สื่อข่าว", "contact", "contact name"),
    ),
    ColumnSpec("position", "ตำแหน่ง", ("position",)),
    ColumnSpec("phone", "โทรศัพท์", ("เบอร์โทร", "เบอร์โทรศัพท์", "phone", "telephone", "tel")),
    ColumnSpec("email", "อีเมล", ("อีเมล์", "e-mail", "email")),
    ColumnSpec("line_id", "LINE ID", ("LINE", "ไลน์", "ไอดีไลน์", "line_id")),
    ColumnSpec("address", "ที่อยู่", ("address",)),
    ColumnSpec("province", "จังหวัด", ("province",)),
    ColumnSpec("coverage", "พื้นที่ครอบคลุม", ("พื้นที่", "coverage", "coverage area")),
    ColumnSpec("notes", "หมายเหตุ", ("notes", "note", "remarks")),
]

# The words people write for a kind of media; the export writes the first one.
MEDIA_KIND_WORDS = {
    MediaKind.NEWSPAPER: ("หนังสือพิมพ์", "นสพ.", "newspaper"),
    MediaKind.TV: ("โทรทัศน์", "สถานีโทรทัศน์", "ทีวี", "television", "tv"),
    MediaKind.RADIO: ("วิทยุ", "สถานีวิทยุ", "radio"),
    MediaKind.COMMUNITY_RADIO: ("วิทยุชุมชน", "community radio", "community_radio"),
    MediaKind.ONLINE: ("สื่อออนไลน์", "ออนไลน์", "online media", "online"),
    MediaKind.PA_SYSTEM: ("เสียงตามสาย", "หอกระจายข่าว", "PA system", "pa_system"),
    MediaKind.OTHER: ("อื่น ๆ", "อื่น", "other"),
}

PHONE_FIELDS = {"phone", "director_phone"}
CODE_FIELDS = {"code"}
MULTILINE_FIELDS = {"address", "notes"}
_SPACES = re.compile(r"\s+")


class ImportFileError(Exception):
    """The uploaded file cannot be read as a registry list."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ImportExpired(Exception):
    """The preview is gone, too old, already confirmed, or someone else's."""


class ImportRejected(Exception):
    """The apply step found errors (the registry may have changed since the preview)."""

    def __init__(self, preview: "ImportPreview"):
        super().__init__(f"{len(preview.errors)} errors")
        self.preview = preview


@dataclass
class RowError:
    row: int
    column: str  # the header as written in the file; empty for the whole row
    message: str

    def __str__(self) -> str:
        return _("Row %(row)s: %(message)s") % {"row": self.row, "message": self.message}


@dataclass
class Duplicate:
    """A media row that shares an e-mail or telephone with another row or record."""

    row: int
    column: str
    value: str
    other: str  # "แถวที่ 4" or the existing record
    other_row: int | None = None
    other_pk: int | None = None

    @property
    def in_file(self) -> bool:
        return self.other_row is not None


@dataclass
class SampleCell:
    value: str
    changed: bool = False


@dataclass
class SampleRow:
    number: int
    status: str
    status_label: str
    cells: list[SampleCell]


@dataclass
class _PlannedRow:
    number: int
    instance: models.Model
    status: str = "new"  # new, updated, unchanged, error
    changed: list[str] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)
    cluster_key: str = ""


@dataclass
class ImportPreview:
    registry: str
    file_name: str
    source: str
    headers: list[str]  # the canonical headers of the columns the file has
    ignored_headers: list[str]
    errors: list[RowError]
    duplicates: list[Duplicate]
    sample: list[SampleRow]
    row_count: int
    new_count: int
    updated_count: int
    unchanged_count: int
    error_row_count: int
    new_clusters: list[str] = field(default_factory=list)
    planned: list[_PlannedRow] = field(default_factory=list, repr=False)
    table: Table | None = field(default=None, repr=False)
    # Kept for the apply step when the preview can be applied.
    registry_import: RegistryImport | None = field(default=None, repr=False)

    @property
    def can_apply(self) -> bool:
        return not self.errors and bool(self.new_count or self.updated_count)


# ---------------------------------------------------------------- services


def school_import_preview(*, office: Office, file, user) -> ImportPreview:
    """Read and check a school list; keep its rows for the apply step if it can be applied."""
    return _preview_and_keep(registry=SCHOOLS, office=office, file=file, user=user)


def media_contact_import_preview(*, office: Office, file, user) -> ImportPreview:
    """Read and check a media registry list, reporting duplicates; keep its rows."""
    return _preview_and_keep(registry=MEDIA, office=office, file=file, user=user)


def registry_import_confirm(*, registry_import: RegistryImport, user) -> RegistryImport:
    """Queue a checked import for the task worker. Only its uploader confirms it, once,
    within a day of the preview."""
    now = timezone.now()
    with transaction.atomic():
        queued = RegistryImport.objects.filter(
            pk=registry_import.pk,
            status=RegistryImport.Status.PREVIEWED,
            uploaded_by=user,
            uploaded_at__gte=now - PREVIEW_LIFETIME,
        ).update(status=RegistryImport.Status.WAITING, confirmed_at=now)
        if not queued:
            raise ImportExpired(registry_import.pk)
        pk = registry_import.pk
        transaction.on_commit(lambda: _enqueue(pk))
    registry_import.refresh_from_db()
    return registry_import


def _enqueue(registry_import_id: int) -> None:
    # Imported here: the task module imports this one for the service it calls.
    from .tasks import registry_import_apply

    registry_import_apply.enqueue(registry_import_id=registry_import_id)


def registry_import_run(*, registry_import_id: int) -> RegistryImport | None:
    """Write a confirmed import: check its rows again against the registry as it is now
    and save every one in one transaction, or none; record the outcome on the import."""
    claimed = RegistryImport.objects.filter(
        pk=registry_import_id, status=RegistryImport.Status.WAITING
    ).update(status=RegistryImport.Status.RUNNING, started_at=timezone.now())
    registry_import = (
        RegistryImport.objects.select_related("office", "uploaded_by")
        .filter(pk=registry_import_id)
        .first()
    )
    if not claimed or registry_import is None:
        # Written already (the task was delivered twice), never confirmed, or deleted.
        return registry_import
    try:
        with transaction.atomic():
            _write(registry_import)
    except ImportRejected as rejected:
        with translation.override("th"):
            error = _(
                "Nothing was imported: checked again against the registry as it was when "
                "the import ran, the file has the errors below."
            )
        _fail(
            registry_import,
            error=error,
            row_errors=[
                {"row": item.row, "column": item.column, "message": item.message}
                for item in rejected.preview.errors
            ],
        )
    except Exception:
        logger.exception("Registry import %s failed", registry_import_id)
        with translation.override("th"):
            error = _(
                "The import stopped on an unexpected error and nothing was imported. "
                "Upload the file again; if it happens again, tell the system administrator."
            )
        _fail(registry_import, error=error, row_errors=[])
        raise
    return registry_import


def _preview_and_keep(*, registry: str, office: Office, file, user) -> ImportPreview:
    file_name = os.path.basename(getattr(file, "name", "") or "")
    table = _table_read(registry=registry, file_name=file_name, data=file.read())
    preview = _table_check(registry=registry, office=office, table=table, file_name=file_name)
    _previews_expire()
    if preview.can_apply:
        preview.registry_import = RegistryImport.objects.create(
            office=office,
            registry=registry,
            file_name=file_name[:255],
            table=_table_dump(table),
            uploaded_by=user,
            row_count=preview.row_count,
        )
    return preview


def _table_read(*, registry: str, file_name: str, data: bytes) -> Table:
    columns = SCHOOL_COLUMNS if registry == SCHOOLS else MEDIA_COLUMNS
    with translation.override("th"):
        try:
            return table_read(data=data, file_name=file_name, columns=columns)
        except TableError as error:
            raise ImportFileError(error.message) from None


def _table_check(*, registry: str, office: Office, table: Table, file_name: str) -> ImportPreview:
    # Users read these messages, model validators' ones included, in Thai.
    with translation.override("th"):
        check = _SchoolCheck if registry == SCHOOLS else _MediaCheck
        preview = check(office=office, table=table, file_name=file_name).preview()
    preview.table = table
    return preview


def _table_dump(table: Table) -> dict:
    return {
        "source": table.source,
        "headers": table.headers,
        "ignored_headers": table.ignored_headers,
        "rows": [[row.number, row.values] for row in table.rows],
    }


def _table_load(data: dict) -> Table:
    return Table(
        rows=[TableRow(number=number, values=values) for number, values in data["rows"]],
        headers=data["headers"],
        ignored_headers=data.get("ignored_headers", []),
        source=data.get("source", ""),
    )


def _previews_expire() -> None:
    RegistryImport.objects.filter(
        status=RegistryImport.Status.PREVIEWED,
        uploaded_at__lt=timezone.now() - PREVIEW_LIFETIME,
    ).delete()


def _write(registry_import: RegistryImport) -> None:
    office, file_name = registry_import.office, registry_import.file_name
    user = registry_import.uploaded_by
    preview = _table_check(
        registry=registry_import.registry,
        office=office,
        table=_table_load(registry_import.table),
        file_name=file_name,
    )
    if preview.errors:
        raise ImportRejected(preview)
    clusters = {}
    for name in preview.new_clusters:
        cluster = SchoolCluster.objects.create(office=office, name=name)
        _log(cluster, file_name=file_name, created=True, fields=["name"], user=user)
        clusters[_name_key(name)] = cluster
    for planned in preview.planned:
        if planned.status not in ("new", "updated"):
            continue
        if planned.cluster_key in clusters:
            planned.instance.cluster = clusters[planned.cluster_key]
        if planned.status == "new":
            planned.instance.save()
        else:
            planned.instance.save(update_fields=planned.changed)
        _log(
            planned.instance,
            file_name=file_name,
            created=planned.status == "new",
            fields=planned.changed,
            user=user,
        )
    registry_import.status = RegistryImport.Status.DONE
    registry_import.finished_at = timezone.now()
    registry_import.row_count = preview.row_count
    registry_import.created_count = preview.new_count
    registry_import.updated_count = preview.updated_count
    registry_import.unchanged_count = preview.unchanged_count
    registry_import.clusters_created = len(clusters)
    registry_import.table = {}  # written: the rows are in the registry now
    registry_import.save(
        update_fields=[
            "status",
            "finished_at",
            "row_count",
            "created_count",
            "updated_count",
            "unchanged_count",
            "clusters_created",
            "table",
        ]
    )


def _fail(registry_import: RegistryImport, *, error: str, row_errors: list[dict]) -> None:
    registry_import.status = RegistryImport.Status.FAILED
    registry_import.finished_at = timezone.now()
    registry_import.error = error
    registry_import.row_errors = row_errors
    registry_import.table = {}
    registry_import.save(update_fields=["status", "finished_at", "error", "row_errors", "table"])


def _log(instance, *, file_name: str, created: bool, fields: list[str], user) -> None:
    log(
        instance=instance,
        action=IMPORT_LOG_ACTION,
        user=user,
        # Wagtail shows one entry per uuid and action, across objects: the request's
        # shared uuid would leave the import in the history of the last record only.
        uuid=uuid.uuid4(),
        data={"file": file_name, "created": created, "fields": fields},
        content_changed=True,
    )


# ---------------------------------------------------------------- checking rows


def _text_clean(field_name: str, value: str) -> str:
    if field_name in CODE_FIELDS:
        return _SPACES.sub("", to_arabic_digits(value))
    if field_name in PHONE_FIELDS:
        return _phone_clean(value)
    if field_name in MULTILINE_FIELDS:
        lines = (_SPACES.sub(" ", line).strip() for line in value.splitlines())
        return "\n".join(line for line in lines if line)
    if field_name == "email":
        value = value.removeprefix("mailto:")
    return _SPACES.sub(" ", value).strip()


def _phone_clean(value: str) -> str:
    normalised = phone_normalize(value)
    number, _sep, extension = normalised.partition(" ")
    # Excel drops the leading zero of a number typed without a quote: 812345678 was
    # 0812345678. No Thai number starts otherwise, so putting it back is safe.
    if number.isdigit() and (
        (len(number) == 9 and number[0] in "689") or (len(number) == 8 and number[0] in "234567")
    ):
        number = "0" + number
    return f"{number} {extension}".strip() if extension else number


def _same(field_name: str, old: object, new: str) -> bool:
    old = "" if old is None else str(old)
    if field_name in PHONE_FIELDS:
        return _phone_clean(old) == new
    return _text_clean(field_name, old) == new


def _name_key(value: str) -> str:
    """Names compared without case or spaces, which Thai writers place freely."""
    return _SPACES.sub("", value or "").casefold()


def _phone_key(value: str) -> str:
    number = value.partition(" ")[0]
    return number if number.isdigit() else ""


class _Check:
    """Checks every row of a table against the model and the office's registry."""

    registry = ""
    columns: list[ColumnSpec] = []
    model: type[models.Model]

    def __init__(self, *, office: Office, table: Table, file_name: str):
        self.office = office
        self.table = table
        self.file_name = file_name
        self.errors: list[RowError] = []
        self.duplicates: list[Duplicate] = []
        self.planned: list[_PlannedRow] = []
        self.new_clusters: list[str] = []
        self.specs = {column.field: column for column in self.columns}
        self.fields_with_errors: set[str] = set()  # of the row being checked

    def column(self, field_name: str) -> str:
        """The header of ``field_name`` as the user wrote it."""
        if field_name in self.table.headers:
            return self.table.headers[field_name]
        spec = self.specs.get(field_name)
        return spec.header if spec else ""

    def error(self, row: TableRow, field_name: str, message: str) -> None:
        self.errors.append(
            RowError(row=row.number, column=self.column(field_name), message=message)
        )
        self.fields_with_errors.add(field_name)

    def preview(self) -> ImportPreview:
        for row in self.table.rows:
            values = {name: _text_clean(name, value) for name, value in row.values.items()}
            errors_before = len(self.errors)
            self.fields_with_errors = set()
            planned = self.row_plan(row, values)
            planned.values = values
            self.row_validate(row, planned)
            if len(self.errors) > errors_before:
                planned.status = "error"
            elif planned.status == "updated" and not planned.changed:
                planned.status = "unchanged"
            self.planned.append(planned)
        self.errors.sort(key=lambda error: error.row)
        statuses = [planned.status for planned in self.planned]
        fields = [column.field for column in self.columns if column.field in self.table.headers]
        return ImportPreview(
            registry=self.registry,
            file_name=self.file_name,
            source=self.table.source,
            headers=[self.specs[name].header for name in fields],
            ignored_headers=self.table.ignored_headers,
            errors=self.errors,
            duplicates=self.duplicates,
            sample=[self.sample_row(planned, fields) for planned in self.planned[:SAMPLE_ROWS]],
            row_count=len(self.planned),
            new_count=statuses.count("new"),
            updated_count=statuses.count("updated"),
            unchanged_count=statuses.count("unchanged"),
            error_row_count=statuses.count("error"),
            new_clusters=self.new_clusters,
            planned=self.planned,
        )

    def row_plan(self, row: TableRow, values: dict[str, str]) -> _PlannedRow:
        raise NotImplementedError

    def values_set(self, planned: _PlannedRow, values: dict[str, str]) -> None:
        """Put the row's values on the instance, noting which ones differ."""
        instance = planned.instance
        for name, value in values.items():
            if name not in self.model_fields:
                continue
            if planned.status == "updated" and _same(name, getattr(instance, name), value):
                continue
            setattr(instance, name, value)
            planned.changed.append(name)

    @cached_property
    def model_fields(self) -> set[str]:
        return {f.name for f in self.model._meta.concrete_fields} - {"cluster"}

    def row_validate(self, row: TableRow, planned: _PlannedRow) -> None:
        exclude = {"office", "cluster"}
        if planned.status == "updated":
            # Only what the file changes: a value it leaves alone cannot be corrected in it.
            exclude |= self.model_fields - set(planned.changed)
        try:
            planned.instance.full_clean(
                exclude=sorted(exclude), validate_unique=False, validate_constraints=False
            )
        except ValidationError as error:
            for name, field_errors in error.error_dict.items():
                if name in self.fields_with_errors:
                    continue  # already said, e.g. an unknown kind of media left blank
                for field_error in field_errors:
                    self.error(row, name, self.message(field_error, name, row))

    def message(self, error: ValidationError, field_name: str, row: TableRow) -> str:
        column = self.column(field_name)
        typed = row.values.get(field_name, "")
        params = dict(error.params or {})
        if error.code in ("blank", "null", "required"):
            return _("%(column)s must be filled in.") % {"column": column}
        if error.code == "max_length":
            return _(
                "%(column)s is too long: at most %(limit)s characters (it has %(length)s)."
            ) % {
                "column": column,
                "limit": params.get("limit_value"),
                "length": params.get("show_value"),
            }
        if field_name == "email":
            return _("E-mail address “%(value)s” is not valid.") % {"value": typed}
        if "value" in params:
            # Show the value as the user typed it, so that it can be found in the file.
            params["value"] = typed
        return str(error.message) % params if params else str(error.message)

    def sample_row(self, planned: _PlannedRow, fields: list[str]) -> SampleRow:
        labels = {
            "new": pgettext("registry file", "new"),
            "updated": pgettext("registry file", "updated"),
            "unchanged": pgettext("registry file", "unchanged"),
            "error": pgettext("registry file", "has errors"),
        }
        return SampleRow(
            number=planned.number,
            status=planned.status,
            status_label=labels[planned.status],
            cells=[
                SampleCell(
                    value=self.display(planned, name),
                    changed=planned.status == "updated" and name in planned.changed,
                )
                for name in fields
            ],
        )

    def display(self, planned: _PlannedRow, field_name: str) -> str:
        return planned.values.get(field_name, "")


class _SchoolCheck(_Check):
    registry = SCHOOLS
    columns = SCHOOL_COLUMNS
    model = School

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.existing = {
            school.code: school
            for school in School.objects.filter(office=self.office).select_related("cluster")
        }
        self.clusters = {
            _name_key(cluster.name): cluster
            for cluster in SchoolCluster.objects.filter(office=self.office)
        }
        self.new_cluster_keys: set[str] = set()
        self.rows_by_code: dict[str, int] = {}

    def row_plan(self, row, values):
        code = values.get("code", "")
        if code and code in self.rows_by_code:
            self.error(
                row,
                "code",
                _("School code “%(value)s” is also on row %(other)s.")
                % {"value": code, "other": self.rows_by_code[code]},
            )
        self.rows_by_code.setdefault(code, row.number)
        existing = self.existing.get(code) if code else None
        if existing is not None:
            planned = _PlannedRow(number=row.number, instance=existing, status="updated")
        else:
            planned = _PlannedRow(number=row.number, instance=School(office=self.office))
        self.values_set(planned, values)
        if "cluster" in values:
            self.cluster_set(row, planned, values["cluster"])
        return planned

    def cluster_set(self, row, planned, name: str) -> None:
        key = _name_key(name)
        school = planned.instance
        current = _name_key(school.cluster.name) if school.cluster_id else ""
        if planned.status == "updated" and key == current:
            return
        planned.changed.append("cluster")
        if not key:
            school.cluster = None
        elif key in self.clusters:
            school.cluster = self.clusters[key]
        else:
            school.cluster = None
            planned.cluster_key = key
            if key not in self.new_cluster_keys:
                try:
                    SchoolCluster(office=self.office, name=name).full_clean(
                        exclude=["office"], validate_unique=False, validate_constraints=False
                    )
                except ValidationError as error:
                    for field_error in error.error_dict.get("name", []):
                        self.error(row, "cluster", self.message(field_error, "cluster", row))
                    return
                self.new_cluster_keys.add(key)
                self.new_clusters.append(name)


class _MediaCheck(_Check):
    registry = MEDIA
    columns = MEDIA_COLUMNS
    model = MediaContact

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.existing = list(MediaContact.objects.filter(office=self.office))
        self.by_email: dict[str, list[MediaContact]] = defaultdict(list)
        self.by_phone: dict[str, list[MediaContact]] = defaultdict(list)
        self.by_name: dict[tuple[str, str], list[MediaContact]] = defaultdict(list)
        for contact in self.existing:
            if contact.email:
                self.by_email[contact.email.strip().casefold()].append(contact)
            if key := _phone_key(_phone_clean(contact.phone)):
                self.by_phone[key].append(contact)
            self.by_name[self.name_key(contact.outlet, contact.contact_name)].append(contact)
        self.rows_by_email: dict[str, int] = {}
        self.rows_by_phone: dict[str, int] = {}
        self.rows_by_record: dict[int, int] = {}
        self.kinds = _media_kind_words()

    @staticmethod
    def name_key(outlet: str, contact_name: str) -> tuple[str, str]:
        return _name_key(outlet), _name_key(contact_name)

    def row_plan(self, row, values):
        email = values.get("email", "").casefold()
        phone = _phone_key(values.get("phone", ""))
        duplicate_in_file = False
        for name, key, seen in (
            ("email", email, self.rows_by_email),
            ("phone", phone, self.rows_by_phone),
        ):
            if not key:
                continue
            if key in seen:
                duplicate_in_file = True
                other = seen[key]
                typed = row.values[name]
                self.duplicates.append(
                    Duplicate(
                        row=row.number,
                        column=self.column(name),
                        value=typed,
                        other=_("row %(row)s") % {"row": other},
                        other_row=other,
                    )
                )
                self.error(
                    row,
                    name,
                    _("%(column)s “%(value)s” is also on row %(other)s.")
                    % {"column": self.column(name), "value": typed, "other": other},
                )
            else:
                seen[key] = row.number
        planned = _PlannedRow(number=row.number, instance=MediaContact(office=self.office))
        if not duplicate_in_file:
            match = self.match(row, values, email, phone)
            if match is not None:
                planned = _PlannedRow(number=row.number, instance=match, status="updated")
        if "kind" in values:
            values["kind"] = self.kind(row, values["kind"])
        self.values_set(planned, values)
        return planned

    def match(self, row, values, email: str, phone: str) -> MediaContact | None:
        """The existing contact this row is about: the same e-mail or telephone, or else
        the same outlet and contact person when the contact's e-mail and telephone do not
        say otherwise (a list without them imports twice without doubling)."""
        found: dict[int, tuple[MediaContact, list[str]]] = {}
        for name, key, index in (("email", email, self.by_email), ("phone", phone, self.by_phone)):
            for contact in index.get(key, []) if key else []:
                found.setdefault(contact.pk, (contact, []))[1].append(name)
        if not found:
            key = self.name_key(values.get("outlet", ""), values.get("contact_name", ""))
            for contact in self.by_name.get(key, []):
                if self.contradicts(contact, email, phone):
                    continue
                found.setdefault(contact.pk, (contact, []))[1].extend(["outlet", "contact_name"])
        if not found:
            return None
        if len(found) > 1:
            self.error(
                row,
                "",
                _("This row matches more than one contact in the registry: %(records)s.")
                % {"records": ", ".join(f"“{contact}”" for contact, _names in found.values())},
            )
            return None
        contact, names = next(iter(found.values()))
        if contact.pk in self.rows_by_record:
            self.error(
                row,
                "",
                _(
                    "This row and row %(other)s are about the same contact in the registry: "
                    "%(record)s."
                )
                % {"other": self.rows_by_record[contact.pk], "record": f"“{contact}”"},
            )
            return None
        self.rows_by_record[contact.pk] = row.number
        self.duplicates.append(
            Duplicate(
                row=row.number,
                column=", ".join(self.column(name) for name in names),
                value=" / ".join(row.values.get(name, "") for name in names),
                other=str(contact),
                other_pk=contact.pk,
            )
        )
        return contact

    @staticmethod
    def contradicts(contact: MediaContact, email: str, phone: str) -> bool:
        """Whether the contact has another e-mail or telephone than the row."""
        known_email = contact.email.strip().casefold()
        known_phone = _phone_key(_phone_clean(contact.phone))
        return bool(
            (email and known_email and email != known_email)
            or (phone and known_phone and phone != known_phone)
        )

    def kind(self, row, word: str) -> str:
        if not word:
            return ""
        kind = self.kinds.get(header_key(word))
        if kind is None:
            self.error(
                row,
                "kind",
                _("Kind of media “%(value)s” is unknown; write one of: %(choices)s.")
                % {
                    "value": word,
                    "choices": ", ".join(words[0] for words in MEDIA_KIND_WORDS.values()),
                },
            )
            return ""
        return kind

    def display(self, planned, field_name):
        value = planned.values.get(field_name, "")
        if field_name == "kind" and value:
            return MEDIA_KIND_WORDS[MediaKind(value)][0]
        return value


def _media_kind_words() -> dict[str, str]:
    words = {}
    for kind, names in MEDIA_KIND_WORDS.items():
        for name in (*names, kind.value, str(kind.label)):
            words[header_key(name)] = kind.value
    return words


def media_kind_word(kind: str) -> str:
    """The word the file uses for a kind of media."""
    return MEDIA_KIND_WORDS[MediaKind(kind)][0] if kind else ""
