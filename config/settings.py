"""OpenCME settings: one module, read from the environment, SQLite by default.

Every variable is read through ``config.env.env`` so that it is documented; see docs/settings.md.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
from whitenoise.compress import Compressor

from config.env import env, env_bool, env_list

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(
    env(
        "OPENCME_VAR_DIR",
        str(BASE_DIR / "var"),
        "Folder for the SQLite file, secret key, collected static files and media.",
    )
)

DEBUG = env_bool("OPENCME_DEBUG", False, "Django debug mode. Never on in production.")
HTTPS = env_bool(
    "OPENCME_HTTPS",
    False,
    "Served over HTTPS: turns on SSL redirect, HSTS and secure cookies (production).",
)


def _secret_key() -> str:
    value = env(
        "OPENCME_SECRET_KEY", "", "Django secret key. Falls back to OPENCME_SECRET_KEY_FILE."
    )
    if value:
        return value
    key_file = Path(
        env(
            "OPENCME_SECRET_KEY_FILE",
            str(VAR_DIR / "secret_key"),
            "File holding the secret key (`make run` creates one). Without either, each process "
            "makes a random key, which suits tests only.",
        )
    )
    if key_file.is_file():
        return key_file.read_text().strip()
    return secrets.token_urlsafe(50)


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list(
    "OPENCME_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver", "Comma-separated host names served."
)
CSRF_TRUSTED_ORIGINS = env_list(
    "OPENCME_CSRF_TRUSTED_ORIGINS", "", "Comma-separated origins trusted for CSRF (https://host)."
)
PORT = env(
    "PORT",
    "8000",
    "Port `make run` and `opencme serve` listen on; the default OPENCME_SITE_URL follows it.",
)
SITE_URL = env(
    "OPENCME_SITE_URL",
    f"http://127.0.0.1:{PORT}",
    "The site's public base address: every absolute link (emails, certificate QR codes and "
    "verify lines, signed credentials, issuer documents) starts with it. Required, and "
    "https, for `check --deploy`.",
)
SITE_URL_CONFIGURED = "OPENCME_SITE_URL" in os.environ


def _certificate_key() -> str:
    value = env(
        "OPENCME_CERTIFICATE_KEY",
        "",
        "Key (Fernet: 32 bytes, URL-safe base64) that encrypts providers' certificate signing "
        "keys. Falls back to OPENCME_CERTIFICATE_KEY_FILE.",
    )
    if value:
        return value.strip()
    key_file = Path(
        env(
            "OPENCME_CERTIFICATE_KEY_FILE",
            str(VAR_DIR / "certificate_key"),
            "File holding the certificate key. Without either, a key derived from the secret "
            "key is used, which `check --deploy` refuses.",
        )
    )
    if key_file.is_file():
        return key_file.read_text().strip()
    return ""


CERTIFICATE_KEY = _certificate_key()

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_tasks_db",
    "ninja",
    "opencme.core",
    "opencme.accounts",
    "opencme.accreditation",
    "opencme.providers",
    "opencme.activities",
    "opencme.ingest",
    "opencme.catalog",
    "opencme.learning",
    "opencme.credits",
    "opencme.certificates",
    "opencme.reporting",
    "opencme.requirements",
    "opencme.operations",
    "opencme.workspace",
    "opencme.api",
    "opencme.web",
]

MIDDLEWARE = [
    "opencme.core.requestmemo.RequestMemoMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "opencme.core.private.PrivateResponsesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "opencme.workspace.nav.staff_nav",  # the header's Workspace and Reports links
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env(
            "DATABASE_URL",
            f"sqlite:///{VAR_DIR / 'opencme.sqlite3'}",
            "Database URL: sqlite:///path (default, WAL mode) or postgres://user:pass@host:port/db.",
        ),
        conn_max_age=int(
            env("OPENCME_DB_CONN_MAX_AGE", "60", "Seconds a database connection is kept.")
        ),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run beside the one writer; IMMEDIATE takes the write lock at BEGIN so two
    # writers queue instead of failing mid-transaction.
    # Our backend queues writers on a lock file (opencme.core.sqlite_backend).
    DATABASES["default"]["ENGINE"] = "opencme.core.sqlite_backend"
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
            " PRAGMA cache_size=-65536; PRAGMA mmap_size=1073741824; PRAGMA temp_store=MEMORY;"
        ),
    }
    DATABASES["default"]["CONN_MAX_AGE"] = None
    # Tests on SQLite run in memory (Django's default), said outright so that pytest-xdist's
    # per-worker names, which pytest-django gives any engine it does not know, are not files.
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
LOGIN_URL = "accounts:sign_in"

LANGUAGE_CODE = "en-us"
TIME_ZONE = env("OPENCME_TIME_ZONE", "America/New_York", "Time zone for dates shown and deadlines.")
USE_I18N = True
FORMAT_MODULE_PATH = ["opencme.web.formats"]  # one date format per locale ("Aug 29, 2026")
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG
# Pages name static files through {% static %} (hashed names), so the unhashed copies are not
# kept, and source maps (developer-only, the largest files) are not pre-compressed: together
# they were most of the time `collectstatic` takes on every `make run`.
WHITENOISE_KEEP_ONLY_HASHED_FILES = True
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = (*Compressor.SKIP_COMPRESS_EXTENSIONS, "map")

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

EMAIL_HOST = env(
    "OPENCME_EMAIL_HOST", "", "SMTP server for outgoing mail; empty prints mail to the log."
)
EMAIL_PORT = int(env("OPENCME_EMAIL_PORT", "25", "SMTP port."))
EMAIL_HOST_USER = env("OPENCME_EMAIL_USER", "", "SMTP user name.")
EMAIL_HOST_PASSWORD = env("OPENCME_EMAIL_PASSWORD", "", "SMTP password.")
EMAIL_USE_TLS = env_bool("OPENCME_EMAIL_TLS", False, "Use STARTTLS with the SMTP server.")
EMAIL_TIMEOUT = 20
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = env(
    "OPENCME_FROM_EMAIL", "OpenCME <no-reply@localhost>", "Sender of the mail OpenCME sends."
)

SHARED_CACHE_DIR = env(
    "OPENCME_SHARED_CACHE_DIR",
    "",
    "Folder of the cache every process of one server shares (set by `opencme serve`, emptied "
    "when it starts); empty: each process keeps its own cache in memory.",
)
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Work worth keeping across a server's processes (a clinician's evaluated tracker): on
    # files, so a page asked again is answered from the cache whichever process takes it.
    "shared": (
        {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": SHARED_CACHE_DIR,
            "TIMEOUT": 24 * 60 * 60,
            "OPTIONS": {"MAX_ENTRIES": 20_000, "CULL_FREQUENCY": 4},
        }
        if SHARED_CACHE_DIR
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "shared"}
    ),
}

# Security: safe defaults everywhere, HTTPS-only settings when served over HTTPS.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
CSRF_FAILURE_VIEW = "opencme.web.views.csrf_failure"  # the site's own 403 page for an expired form
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https")
    if env_bool("OPENCME_BEHIND_PROXY", False, "Trust X-Forwarded-Proto from a reverse proxy.")
    else None
)
# How many reverse proxies in front of the site append to X-Forwarded-For; the client's
# address (for throttling sign-ins) is the entry that many from the right. 0: REMOTE_ADDR.
TRUSTED_PROXIES = int(
    env(
        "OPENCME_TRUSTED_PROXIES",
        "0",
        "Number of reverse proxies in front of the site whose X-Forwarded-For entries are"
        " believed.",
    )
)
if TRUSTED_PROXIES < 0:
    raise ValueError("OPENCME_TRUSTED_PROXIES: expected 0 or more proxies")
API_TOKEN_LIFETIME_DAYS = int(
    env("OPENCME_API_TOKEN_DAYS", "90", "Days an API token works after it is made.")
)
if API_TOKEN_LIFETIME_DAYS < 1:
    raise ValueError("OPENCME_API_TOKEN_DAYS: expected 1 or more days")
SECURE_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    # a content step may play a video its provider links to (learning/_content.html)
    "media-src": ["'self'", "https:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {
        "handlers": ["console"],
        "level": env("OPENCME_LOG_LEVEL", "WARNING", "Root log level (DEBUG, INFO, WARNING, ...)."),
    },
}

CATALOG_PAGE_SIZE = 20
CLOCK_OFFSET_DAYS = float(
    env(
        "OPENCME_CLOCK_OFFSET_DAYS",
        "0",
        "Days added to the system clock (tests and demos of follow-ups and deadlines only).",
    )
)
