"""Rebuilding the whole search index, in several processes on the database backends.

Cutting Thai text into words is what a rebuild spends its time on (about 1,600 news items
per CPU second, in ``ThaiIndexerMixin``), so on the SQLite and PostgreSQL backends the
chunks of objects are indexed by worker processes. The parent does what modelsearch's
``update_index`` does around them: it starts the rebuild (stale entries removed), adds the
models, lists each model's keys in chunks and, once every chunk is in, finishes the
rebuild (the index table's statistics). Each worker opens its own database
connection: the parent closes its own before forking, so no connection crosses the fork.

``update_index`` runs as before, in this process, for one process, another backend
(OpenSearch), a rebuild in one transaction (the database backends' ``ATOMIC_REBUILD``:
the workers' writes cannot join it), a caller inside a transaction, an in-memory SQLite
database, or a platform without ``fork``.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
import traceback
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from typing import TextIO

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.core.management import call_command
from django.db import connections
from django.db.models import prefetch_related_objects
from django.db.models.query import get_prefetcher
from modelcluster.queryset import FakeQuerySet
from modelsearch.backends import get_search_backend
from modelsearch.conf import get_app_config
from modelsearch.index import RelatedFields, get_indexed_models
from modelsearch.management.commands.rebuild_modelsearch_index import group_models_by_index

from . import backends
from .scopes import scope_rebuilt
from .text import search_text

PROGRESS_SECONDS = 5.0


class IndexRebuildError(Exception):
    """A chunk could not be indexed, or a worker process died."""


def index_rebuild(
    *, processes: int, chunk_size: int, stdout: TextIO | None = None, verbosity: int = 1
) -> None:
    """Rebuild every search backend's index, the database backends' in ``processes``
    worker processes; every entry then holds its scope words (``scopes.scope_rebuilt``)."""
    if stdout is None:
        verbosity = 0
    if processes <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        _update_index(chunk_size=chunk_size, stdout=stdout, verbosity=verbosity)
        scope_rebuilt()
        return
    for backend_name in get_app_config().get_search_backend_config():
        backend = get_search_backend(backend_name)
        reason = _single_process_reason(backend)
        if reason:
            if verbosity:
                stdout.write(f"{backend_name}: indexing in one process ({reason}).\n")
            _update_index(
                chunk_size=chunk_size,
                stdout=stdout,
                verbosity=verbosity,
                backend_name=backend_name,
            )
        else:
            _backend_rebuild(
                backend_name,
                backend,
                processes=processes,
                chunk_size=chunk_size,
                stdout=stdout,
                verbosity=verbosity,
            )
    scope_rebuilt()


def _update_index(*, chunk_size, stdout, verbosity, **options):
    if stdout is not None:
        options["stdout"] = stdout
    call_command("update_index", chunk_size=chunk_size, verbosity=verbosity, **options)


def _single_process_reason(backend) -> str | None:
    """Why the backend's index must be rebuilt in this process; None when it can be
    rebuilt by workers."""
    database_backend = None
    vendor = connections["default"].vendor
    if vendor == "sqlite":
        database_backend = backends.sqlite_backend_class()
    elif vendor == "postgresql":
        database_backend = backends.postgres_backend_class()
    if database_backend is None or not isinstance(backend, database_backend):
        return "not a database backend"
    atomic = getattr(backend, "atomic_rebuilder_class", None)
    if atomic is not None and issubclass(backend.rebuilder_class, atomic):
        return "ATOMIC_REBUILD: the rebuild is one transaction"
    for connection in connections.all(initialized_only=True):
        if connection.in_atomic_block:
            return "called inside a transaction, which other processes cannot see"
    if any(connection.is_in_memory_db() for connection in _sqlite_connections()):
        return "an in-memory SQLite database cannot be shared"
    return None


def _sqlite_connections():
    return [connection for connection in connections.all() if connection.vendor == "sqlite"]


def _backend_rebuild(backend_name, backend, *, processes, chunk_size, stdout, verbosity):
    """As ``update_index`` for one backend, with the chunks indexed by the workers."""

    def write(message):
        if verbosity:
            stdout.write(f"{message}\n")
            stdout.flush()

    for index, models in group_models_by_index(backend, get_indexed_models()).items():
        write(f"{backend_name}: Rebuilding index {index}")
        rebuilder = backend.rebuilder_class(index)
        index = rebuilder.start()
        for model in models:
            index.add_model(model)
        chunks = [
            (backend_name, model._meta.label, pks)
            for model in models
            if model.get_search_fields()
            for pks in _key_chunks(model, chunk_size)
        ]
        total = sum(len(pks) for _, _, pks in chunks)
        workers = max(1, min(processes, len(chunks)))
        write(
            f"{backend_name}: indexing {total:,} objects of {len(models)} models "
            f"in {workers} processes, {len(chunks):,} chunks of up to {chunk_size:,}"
        )
        started = time.monotonic()
        indexed = 0
        last_report = started
        for count in _chunks_index(chunks, workers=workers):
            indexed += count
            now = time.monotonic()
            if verbosity > 1 or now - last_report >= PROGRESS_SECONDS:
                rate = indexed / max(now - started, 1e-9)
                write(f"{backend_name}: {indexed:,}/{total:,} objects, {rate:,.0f} objects/s")
                last_report = now
        seconds = time.monotonic() - started
        rebuilder.finish()
        write(
            f"{backend_name}: indexed {indexed:,} objects in {seconds:.1f} s "
            f"({indexed / max(seconds, 1e-9):,.0f} objects/s, {workers} processes)"
        )


def _key_chunks(model, chunk_size):
    """The model's indexed objects' keys in order, ``chunk_size`` at a time."""
    keys = list(model.get_indexed_objects().order_by("pk").values_list("pk", flat=True))
    return [keys[i : i + chunk_size] for i in range(0, len(keys), chunk_size)]


def _chunks_index(chunks, *, workers):
    """Index the chunks in ``workers`` forked processes; yield each chunk's object count
    as it is done, in whatever order they finish."""
    # The segmenter's dictionary, loaded once here, is shared by the forked workers.
    search_text("ตัดคำ")
    # Forked children must not use the parent's database connections (two processes on
    # one socket or SQLite handle): close them here, the children open their own.
    connections.close_all()
    executor = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_worker_start,
    )
    try:
        futures = [executor.submit(_chunk_index, *chunk) for chunk in chunks]
        for future in as_completed(futures):
            yield future.result()
    except BrokenProcessPool as error:
        raise IndexRebuildError(
            "A search indexing worker process stopped unexpectedly (killed, or out of "
            "memory?); the index is incomplete, run the rebuild again."
        ) from error
    finally:
        # On an error the chunks not started are dropped; those running finish first.
        executor.shutdown(wait=True, cancel_futures=True)


def _worker_start():
    # Ctrl-C reaches the whole process group: the parent stops the workers, which
    # finish their chunk instead of printing a traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for connection in connections.all(initialized_only=True):
        # Closed by the parent before the fork; were one still open, it is the parent's:
        # forget it without closing it (closing would end the parent's session).
        if connection.connection is not None:
            connection.connection = None


_worker_backends: dict = {}


def _chunk_index(backend_name: str, model_label: str, pks: list) -> int:
    """In a worker: index the model's objects with these keys; how many there were."""
    try:
        backend = _worker_backends.get(backend_name)
        if backend is None:
            backend = _worker_backends[backend_name] = get_search_backend(backend_name)
        model = apps.get_model(model_label)
        objects = indexed_objects(model, pks)
        backend.get_index_for_model(model).add_items(model, objects)
        return len(objects)
    except Exception as error:
        # A plain message crosses back to the parent whatever the exception holds.
        raise IndexRebuildError(
            f"Indexing {model_label} (keys {pks[0]} to {pks[-1]}) failed in worker "
            f"process {os.getpid()}: {type(error).__name__}: {error}\n\n"
            f"{traceback.format_exc()}"
        ) from None


def indexed_objects(model, pks: list) -> list:
    """The model's indexed objects with these keys, as ``get_indexed_objects`` gives them,
    with the records of each related field (tags, attachments) read in one query.

    Django's ``prefetch_related`` does read them in one query, but then builds each
    object's queryset of them (``manager.get_queryset()``) only to fill it: a filtered
    queryset per object and relation, about a fifth of a rebuild's time for news items
    (tags and attachments). Here each object is given the list read, in the same order.
    The records' own single relations in the search fields (an attachment's document and
    the document's text) come in the same query, not one query per record."""
    queryset = model.get_indexed_objects().filter(pk__in=pks).order_by("pk")
    lookups = queryset._prefetch_related_lookups
    names = [lookup for lookup in lookups if isinstance(lookup, str) and "__" not in lookup]
    objects = list(
        queryset.prefetch_related(None).prefetch_related(
            *(lookup for lookup in lookups if lookup not in names)
        )
    )
    related_fields = {
        field.field_name: field
        for field in model.get_search_fields()
        if isinstance(field, RelatedFields)
    }
    for name in names:
        if not _related_attach(objects, name, related_fields.get(name)):
            prefetch_related_objects(objects, name)
    return objects


def _related_attach(objects: list, name: str, related_field) -> bool:
    """Give each object its records of the relation ``name``, read in one query; False
    when the relation is not one that this can do (Django's prefetch does it then)."""
    if not objects:
        return True
    try:
        relation = objects[0]._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    if not (relation.one_to_many or relation.many_to_many):
        return False  # one record per object: nothing to gather, asked before any query
    # What Django's prefetch asks: the class's descriptor or manager (django-taggit's),
    # else the object's manager.
    prefetcher, _, _, _ = get_prefetcher(objects[0], name, name)
    if prefetcher is None or not hasattr(prefetcher, "get_prefetch_querysets"):
        return False
    model = relation.related_model
    paths = list(_single_paths(model, related_field.fields)) if related_field else []
    querysets = [model._default_manager.select_related(*paths)] if paths else None
    try:
        found = prefetcher.get_prefetch_querysets(objects, querysets)
    except ValueError:  # a manager that takes no queryset (django-taggit's)
        found = prefetcher.get_prefetch_querysets(objects)
    records, record_key, object_key, _, cache_name, _ = found
    if getattr(records, "_prefetch_related_lookups", ()):
        return False
    by_object: dict = {}
    for record in records:
        by_object.setdefault(record_key(record), []).append(record)
    for obj in objects:
        if not hasattr(obj, "_prefetched_objects_cache"):
            obj._prefetched_objects_cache = {}
        obj._prefetched_objects_cache[cache_name] = FakeQuerySet(
            records.model, by_object.get(object_key(obj), [])
        )
    return True


def _single_paths(model, fields, prefix: str = ""):
    """The ``select_related`` paths of the single relations (foreign keys, one-to-one)
    among these search fields of the model, and of theirs."""
    for field in fields:
        if not isinstance(field, RelatedFields):
            continue
        try:
            relation = model._meta.get_field(field.field_name)
        except FieldDoesNotExist:
            continue
        if relation.is_relation and (relation.many_to_one or relation.one_to_one):
            path = prefix + field.field_name
            yield path
            yield from _single_paths(relation.related_model, field.fields, f"{path}__")
