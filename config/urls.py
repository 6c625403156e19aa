from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from opencme.accounts.password_views import admin_login
from opencme.api.urls import api

admin.site.site_header = "OpenCME administration"
admin.site.site_title = "OpenCME"

urlpatterns = [
    # The admin's sign-in, throttled and its failures recorded like the site's own.
    path("admin/login/", admin_login, name="admin_login"),
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("", include("opencme.catalog.urls")),
    path("", include("opencme.certificates.urls")),
    path("", include("opencme.web.urls")),
    path("reports/", include("opencme.reporting.urls")),
    path("provider/", include("opencme.workspace.urls")),
    path("import/", include("opencme.ingest.urls")),
    path("accounts/", include("opencme.accounts.urls")),
    path("learn/", include("opencme.learning.urls")),
    path("learn/", include("opencme.credits.urls")),
    path("learn/tracker/", include("opencme.requirements.urls")),
]

if settings.DEBUG:  # pragma: no cover - development only
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
