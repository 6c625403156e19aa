"""Activities and what they designate: every field of the activity record has a home here."""

from __future__ import annotations

from django.db import models

from opencme.accreditation.rules import DELIVERIES, FORMATS, PROVIDERSHIPS, REGISTRATIONS, UNITS
from opencme.accreditation.topics import validate_approval_codes, validate_topic_codes
from opencme.core.models import TimeStamped
from opencme.providers.models import Provider


def _choices(values: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(v, v.replace("_", " ")) for v in values]


class DatePrecision(models.TextChoices):
    DAY = "day", "day"
    MONTH = "month", "month only"


class Specialty(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "specialties"

    def __str__(self) -> str:
        return self.name


class Activity(TimeStamped):
    """One educational offering, hosted here or listed from another provider's page."""

    class Kind(models.TextChoices):
        HOSTED = "hosted", "Hosted on OpenCME"
        LISTED = "listed", "Listed from its source"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"
        WITHDRAWN = "withdrawn", "Withdrawn"

    provider = models.ForeignKey(Provider, on_delete=models.PROTECT, related_name="activities")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.HOSTED)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True)

    title = models.CharField(max_length=500)
    description = models.TextField(blank=True)
    url = models.URLField(max_length=1000, blank=True, help_text="The activity's own page")
    format = models.CharField(max_length=30, choices=_choices(FORMATS), blank=True)
    delivery = models.CharField(max_length=20, choices=_choices(DELIVERIES), blank=True)
    start_date = models.DateField(null=True, blank=True, help_text="Release or start date")
    start_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    end_date = models.DateField(null=True, blank=True, help_text="Last day of a live event")
    end_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    expires = models.DateField(null=True, blank=True, help_text="Last day credit can be claimed")
    expires_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    location = models.CharField(max_length=300, blank=True)
    estimated_minutes = models.PositiveIntegerField(null=True, blank=True)

    cost_free = models.BooleanField(null=True, blank=True, help_text="Stated free, no charge, $0")
    cost_amount = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    cost_currency = models.CharField(max_length=3, blank=True)
    cost_tiers = models.JSONField(default=list, blank=True)
    cost_note = models.CharField(max_length=200, blank=True, help_text='e.g. "Variable"')

    registration = models.CharField(max_length=10, choices=_choices(REGISTRATIONS), blank=True)
    providership = models.CharField(max_length=10, choices=_choices(PROVIDERSHIPS), blank=True)
    joint_providers = models.JSONField(default=list, blank=True)
    commercial_support = models.BooleanField(null=True, blank=True)
    planned_by_team = models.BooleanField(
        default=False, help_text="Planned by and for the healthcare team (needed for IPCE)"
    )

    audience = models.JSONField(default=list, blank=True)
    objectives = models.JSONField(default=list, blank=True)
    measured_outcomes = models.JSONField(default=list, blank=True)
    topics = models.JSONField(
        default=list,
        blank=True,
        help_text="Codes of the topic vocabulary (accreditation/data/topics.json)",
        validators=[validate_topic_codes],
    )
    meets = models.JSONField(
        default=list,
        blank=True,
        help_text="Requirements the provider declares the activity meets: approval codes of the "
        "topic vocabulary, e.g. tx-hhsc",
        validators=[validate_approval_codes],
    )
    specialties = models.ManyToManyField(Specialty, blank=True, related_name="activities")

    accreditation_statement = models.TextField(blank=True)
    commercial_support_statement = models.TextField(blank=True)
    funding_statement = models.TextField(blank=True)
    disclaimer_statement = models.TextField(blank=True)

    is_demo = models.BooleanField(default=False)
    demo_note = models.CharField(max_length=300, blank=True)

    source_key = models.CharField(max_length=300, blank=True, db_index=True)
    source_origin = models.CharField(max_length=1000, blank=True)
    source_hash = models.CharField(max_length=64, blank=True)
    source_text = models.TextField(blank=True)
    warnings = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "activities"
        indexes = [models.Index(fields=["provider", "status"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_listed(self) -> bool:
        return self.kind == self.Kind.LISTED


class Faculty(models.Model):
    """A person in control of the content: a planner, faculty member, reviewer or other.

    What they disclosed follows the Standards for Integrity and Independence
    (``accreditation/data/integrity_standards.json``): their relevant financial relationships
    with ineligible companies (:class:`FinancialRelationship`) or that they have none, and how
    relevant ones were mitigated. ``disclosure`` keeps a listing's text as its source states it.
    """

    class Capacity(models.TextChoices):
        PLANNER = "planner", "Planner"
        FACULTY = "faculty", "Faculty"
        PLANNER_FACULTY = "planner_faculty", "Planner and faculty"
        REVIEWER = "reviewer", "Content reviewer"
        OTHER = "other", "Other person in control of content"

    class Disclosed(models.TextChoices):
        NOT_RECORDED = "", "Not recorded"
        NONE = "none", "No relevant financial relationships"
        RELEVANT = "relevant", "Relevant financial relationships (listed below)"

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="faculty")
    name = models.CharField(max_length=200)
    role = models.CharField(max_length=100, blank=True, help_text='e.g. "Presenter", "Author"')
    capacity = models.CharField(max_length=20, choices=Capacity.choices, default=Capacity.FACULTY)
    disclosed = models.CharField(
        "financial relationships",
        max_length=10,
        choices=Disclosed.choices,
        blank=True,
        help_text="With ineligible companies, in the 24 months before taking this role",
    )
    mitigation = models.TextField(
        blank=True, help_text="How the relevant financial relationships were mitigated"
    )
    disclosure = models.TextField(blank=True, help_text="The disclosure as a listing states it")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = "planner or faculty member"
        verbose_name_plural = "planners and faculty"

    def __str__(self) -> str:
        return self.name


class FinancialRelationship(models.Model):
    """A relevant financial relationship of a person in control of content (Standard 3.1)."""

    person = models.ForeignKey(Faculty, on_delete=models.CASCADE, related_name="relationships")
    company = models.CharField(
        "ineligible company", max_length=200, help_text="The company's name only"
    )
    nature = models.CharField(
        "nature of the relationship",
        max_length=200,
        help_text="e.g. consultant, speaker, researcher, advisor, employee, ownership interest",
    )
    started = models.DateField(null=True, blank=True)
    ended = models.DateField(null=True, blank=True, help_text="Empty while it continues")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return f"{self.company} ({self.nature})"


class CommercialSupporter(models.Model):
    """An ineligible company that gives an activity commercial support (Standard 4)."""

    activity = models.ForeignKey(
        Activity, on_delete=models.CASCADE, related_name="commercial_supporters"
    )
    name = models.CharField(max_length=200, help_text="The company's name only")
    in_kind = models.BooleanField(default=False, help_text="In-kind rather than financial")
    in_kind_nature = models.CharField(max_length=300, blank=True, help_text="What was given")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.name


class CreditDesignation(models.Model):
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="credits")
    credit_type = models.CharField(max_length=30)
    label = models.CharField(max_length=200, blank=True, help_text="The source's own name (OTHER)")
    amount = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    unit = models.CharField(max_length=20, choices=_choices(UNITS), default="credit")
    uan = models.CharField("UAN", max_length=40, blank=True, help_text="ACPE only")
    pharmacology_hours = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    statement = models.TextField(
        "designation statement",
        blank=True,
        help_text="As learners read it; a hosted activity needs one to be published",
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return f"{self.amount} {self.credit_type}"


class MocDesignation(models.Model):
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="moc")
    board = models.CharField(max_length=20)
    points = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    credit_types = models.JSONField(default=list, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = "MOC designation"

    def __str__(self) -> str:
        return f"{self.board} {self.points}"
