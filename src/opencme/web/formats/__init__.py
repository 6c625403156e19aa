"""The site's date formats per locale (``FORMAT_MODULE_PATH``): one way to write a date on every
page, in templates (``{{ day }}``, ``{{ day|date }}``, ``{{ moment|date:"DATETIME_FORMAT" }}``)
and in Python (``django.utils.formats.date_format``). Formats not set here are Django's."""
