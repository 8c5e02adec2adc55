"""Channels an office publishes to, and one Dispatch per channel and recipient batch."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from prachasan.offices.models import Office

from .channel_secrets import secret_decrypt, secret_encrypt, secret_mask


class ChannelKind(models.TextChoices):
    EMAIL = "email", _("e-mail")
    SMS = "sms", _("SMS")
    LINE = "line", _("LINE official account")
    FACEBOOK = "facebook", _("Facebook page")
    FEED = "feed", _("RSS / Atom feed")
    PRESS_RELEASE = "press_release", _("press release")
    OFFLINE = "offline", _("offline (newspaper, radio, TV, PA system, print)")


class Channel(models.Model):
    """Somewhere an office publishes: its settings, and its secrets stored encrypted."""

    office = models.ForeignKey(
        Office, on_delete=models.CASCADE, related_name="channels", verbose_name=_("office")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ChannelKind.choices)
    name = models.CharField(_("name"), max_length=200)
    active = models.BooleanField(_("active"), default=True)
    settings = models.JSONField(
        _("settings"),
        default=dict,
        blank=True,
        help_text=_("Settings that are not secret (addresses, IDs, sender name)."),
    )
    # {name: encrypted value}; read with secrets_get(), never shown in full.
    secrets_encrypted = models.JSONField(_("secrets (encrypted)"), default=dict, blank=True)
    # Who an e-mail, SMS, press release or LINE multicast channel reaches.
    recipient_groups = models.ManyToManyField(
        "network.RecipientGroup",
        blank=True,
        related_name="channels",
        verbose_name=_("recipient groups"),
    )
    # News kinds (news.NewsKind values) for which the editor finds this channel ticked.
    default_news_kinds = models.JSONField(_("ticked by default for"), default=list, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("channel")
        verbose_name_plural = _("channels")
        ordering = ["office", "kind", "name"]
        constraints = [
            models.UniqueConstraint(fields=["office", "name"], name="distribution_channel_name")
        ]

    def __str__(self):
        return self.name

    def secret_set(self, name: str, value: str) -> None:
        """Store one secret encrypted (the caller saves the channel)."""
        self.secrets_encrypted = {**self.secrets_encrypted, name: secret_encrypt(plaintext=value)}

    def secret_get(self, name: str, default: str = "") -> str:
        token = self.secrets_encrypted.get(name)
        return secret_decrypt(token=token) if token else default

    def secrets_masked(self) -> dict[str, str]:
        """The secrets as they may be shown: "••••abcd"."""
        return {name: secret_mask(self.secret_get(name)) for name in self.secrets_encrypted}


class LineGroup(models.Model):
    """A LINE group or room the office's LINE account has joined (known from the webhook's
    join event); the officer names it and chooses whether items are pushed to it."""

    channel = models.ForeignKey(
        Channel, on_delete=models.CASCADE, related_name="line_groups", verbose_name=_("channel")
    )
    group_id = models.CharField(_("LINE group ID"), max_length=100)
    name = models.CharField(_("name"), max_length=200, blank=True)
    send = models.BooleanField(_("push items to this group"), default=False)
    joined_at = models.DateTimeField(_("joined at"), null=True, blank=True)
    left_at = models.DateTimeField(_("left at"), null=True, blank=True)

    class Meta:
        verbose_name = _("LINE group")
        verbose_name_plural = _("LINE groups")
        ordering = ["channel", "name", "group_id"]
        constraints = [
            models.UniqueConstraint(fields=["channel", "group_id"], name="distribution_line_group")
        ]

    def __str__(self):
        return self.name or self.group_id


class LineFollower(models.Model):
    """A LINE user who added the office's LINE account as a friend (the webhook's follow
    event). Their user ID is what a multicast is addressed to: the officer copies it into
    the person's registry record (a school, a PR network member, a media contact), so the
    recipient groups reach them on LINE."""

    channel = models.ForeignKey(
        Channel, on_delete=models.CASCADE, related_name="line_followers", verbose_name=_("channel")
    )
    user_id = models.CharField(_("LINE user ID"), max_length=100)
    display_name = models.CharField(_("LINE display name"), max_length=200, blank=True)
    followed_at = models.DateTimeField(_("added the account at"), null=True, blank=True)
    unfollowed_at = models.DateTimeField(_("blocked the account at"), null=True, blank=True)

    class Meta:
        verbose_name = _("LINE follower")
        verbose_name_plural = _("LINE followers")
        ordering = ["channel", "-followed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["channel", "user_id"], name="distribution_line_follower"
            )
        ]

    def __str__(self):
        return self.display_name or self.user_id


class Correction(models.Model):
    """A correction notice sent after an item was unpublished (or found wrong), to the
    channels the item went to. Counted by the accuracy indicator (seed 001)."""

    office = models.ForeignKey(
        Office, on_delete=models.CASCADE, related_name="corrections", verbose_name=_("office")
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("item"),
    )
    # Kept in words: the page may be deleted later, the record stays.
    page_title = models.CharField(_("item title"), max_length=255)
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("version corrected"),
    )
    reason = models.TextField(_("what was wrong"))
    text = models.TextField(_("correction notice"))
    channels = models.ManyToManyField(
        Channel, blank=True, related_name="corrections", verbose_name=_("sent to")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")
        ordering = ["-created_at"]

    def __str__(self):
        return self.page_title


class AppearanceKind(models.TextChoices):
    NEWSPAPER = "newspaper", _("newspaper")
    RADIO = "radio", _("radio")
    TV = "tv", _("television")
    PA_SYSTEM = "pa_system", _("PA system (เสียงตามสาย)")
    JOURNAL = "journal", _("printed journal")
    BROCHURE = "brochure", _("brochure")
    RADIO_SPOT = "radio_spot", _("radio spot")


def appearance_evidence_path(instance, filename):
    return f"appearances/{instance.office_id}/{filename}"


class Appearance(models.Model):
    """One appearance of an item off the web (a newspaper clipping, a radio or TV slot, a
    PA announcement, the printed journal): counted by the reports with the rest."""

    office = models.ForeignKey(
        Office, on_delete=models.CASCADE, related_name="appearances", verbose_name=_("office")
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("item"),
    )
    department = models.ForeignKey(
        "offices.Department",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("department"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=AppearanceKind.choices)
    outlet = models.CharField(
        _("outlet"), max_length=200, help_text=_("The newspaper, station or programme.")
    )
    appeared_on = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=255, blank=True)
    evidence = models.FileField(
        _("evidence"),
        upload_to=appearance_evidence_path,
        blank=True,
        help_text=_("A clipping, a scan or a recording."),
    )
    note = models.TextField(_("note"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("appearance")
        verbose_name_plural = _("appearances")
        ordering = ["-appeared_on", "-created_at"]

    def __str__(self):
        return f"{self.outlet} {self.appeared_on}"


class DispatchStatus(models.TextChoices):
    WAITING = "waiting", _("waiting")
    SENDING = "sending", _("sending")
    SENT = "sent", _("sent")
    RETRYING = "retrying", _("retrying")
    FAILED = "failed", _("failed")


class DispatchError(models.TextChoices):
    """Why a send failed, in words for the officer (translated in the catalogue)."""

    RATE_LIMITED = "rate_limited", _("The service asked us to slow down; we will try again.")
    SERVER_ERROR = "server_error", _("The service had a problem; we will try again.")
    TIMEOUT = "timeout", _("The service did not answer in time; we will try again.")
    BAD_CREDENTIALS = (
        "bad_credentials",
        _("The channel's token or password was refused. Check the channel's settings."),
    )
    UNKNOWN_RECIPIENT = "unknown_recipient", _("A recipient does not exist or cannot receive it.")
    REJECTED = "rejected", _("The service refused the message.")
    NOT_CONFIGURED = "not_configured", _("This kind of channel cannot send yet.")
    CHANNEL_OFF = "channel_off", _("The channel is switched off.")
    VERSION_GONE = "version_gone", _("The approved version of the item no longer exists.")
    GAVE_UP = "gave_up", _("Sending failed too many times; try again later.")
    OTHER = "other", _("Sending failed for an unexpected reason.")


class Dispatch(models.Model):
    """One approved version of an item sent to one channel for one batch of recipients."""

    channel = models.ForeignKey(
        Channel, on_delete=models.PROTECT, related_name="dispatches", verbose_name=_("channel")
    )
    # Kept when the page or revision goes: the log is evidence for the reports.
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("item"),
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("approved version"),
    )
    # Set when the dispatch carries a correction notice rather than the item.
    correction = models.ForeignKey(
        Correction,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="dispatches",
        verbose_name=_("correction"),
    )
    batch_index = models.PositiveIntegerField(_("batch"), default=0)
    recipients = models.JSONField(_("recipients"), default=list, blank=True)
    # How many of `recipients` were handled: a retry starts after them.
    recipients_done = models.PositiveIntegerField(_("recipients reached"), default=0)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=DispatchStatus.choices,
        default=DispatchStatus.WAITING,
        db_index=True,
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    idempotency_key = models.UUIDField(
        _("idempotency key"), default=uuid.uuid4, unique=True, editable=False
    )
    external_ids = models.JSONField(_("external IDs"), default=list, blank=True)
    error = models.CharField(_("error"), max_length=30, choices=DispatchError.choices, blank=True)
    error_detail = models.TextField(_("technical detail"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    sending_started_at = models.DateTimeField(_("sending started"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("dispatch")
        verbose_name_plural = _("dispatches")
        ordering = ["-created_at", "batch_index"]
        constraints = [
            models.UniqueConstraint(
                fields=["revision", "channel", "batch_index"],
                condition=models.Q(correction__isnull=True),
                name="distribution_dispatch_batch",
            ),
            models.UniqueConstraint(
                fields=["correction", "channel", "batch_index"],
                name="distribution_correction_batch",
            ),
        ]

    def __str__(self):
        return f"{self.channel} #{self.batch_index} ({self.get_status_display()})"

    @property
    def batch_number(self) -> int:
        """The batch as people count: from 1."""
        return self.batch_index + 1

    @property
    def pending_recipients(self) -> list:
        return self.recipients[self.recipients_done :]
