"""The finder's index: one row per published activity, kept in step by the activity services."""

from __future__ import annotations

from django.db import models

from opencme.activities.models import Activity


class CatalogEntry(models.Model):
    """A published activity as the finder searches, filters, counts and shows it.

    ``record`` is the activity record, ready to send. The full-text index over the ``*_terms``
    columns is engine-specific and made by migration 0002: an FTS5 table with triggers on
    SQLite, a generated ``tsvector`` column with GIN indexes on PostgreSQL.
    """

    activity = models.OneToOneField(
        Activity, primary_key=True, on_delete=models.CASCADE, related_name="catalog_entry"
    )
    provider_id = models.BigIntegerField(db_index=True)
    kind = models.CharField(max_length=10)
    title = models.CharField(max_length=500)
    title_terms = models.TextField()
    body_terms = models.TextField()
    facet_terms = models.TextField()
    facets = models.JSONField(default=list)
    start_date = models.DateField(null=True)
    open_until = models.DateField(null=True)
    record = models.JSONField()

    class Meta:
        indexes = [
            models.Index(fields=["start_date", "activity"], name="catalog_newest"),
            models.Index(fields=["open_until", "activity"], name="catalog_expiring"),
        ]
        verbose_name_plural = "catalog entries"

    def __str__(self) -> str:
        return self.title


class CatalogTerm(models.Model):
    """The catalog's own vocabulary: each indexed term (stemmed, as ``catalog.text`` makes it)
    with a word it was written as and the number of catalog entries holding it. Kept up to
    date by the index writer; read by the finder's suggestions (``catalog.suggest``), never by
    a search itself."""

    term = models.CharField(max_length=100, primary_key=True)
    word = models.CharField(max_length=100, db_index=True)
    documents = models.IntegerField(default=0)

    def __str__(self) -> str:
        return self.word
