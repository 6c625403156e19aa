from django.urls import path

from opencme.requirements import change_views, packet_views, reminder_views, views

app_name = "requirements"
urlpatterns = [
    path("", views.tracker, name="tracker"),
    path("credentials/", views.credentials, name="credentials"),
    path("credentials/facts/", views.facts, name="facts"),
    path("credentials/<id:credential_id>/", views.credential_detail, name="credential"),
    path(
        "credentials/<id:credential_id>/packet.csv",
        views.credential_packet,
        name="credential_packet",
    ),
    path(
        "credentials/<id:credential_id>/packet.pdf",
        packet_views.credential_packet_pdf,
        name="credential_packet_pdf",
    ),
    path("credentials/<id:credential_id>/edit/", views.credential_edit, name="credential_edit"),
    path(
        "credentials/<id:credential_id>/remove/",
        views.credential_remove,
        name="credential_remove",
    ),
    path("credits/", views.credits, name="credits"),
    path("credits/<id:credit_id>/remove/", views.credit_remove, name="credit_remove"),
    path("calendar/", views.feed_renew, name="feed_renew"),
    path("calendar/<str:key>.ics", views.feed, name="feed"),
    path(
        "rule-changes/<id:notice_id>/dismiss/",
        change_views.rule_change_dismiss,
        name="rule_change_dismiss",
    ),
    path("reminders/", reminder_views.reminders_set, name="reminders"),
    path(
        "reminders/stop/<str:unsubscribe_token>/",
        reminder_views.unsubscribe,
        name="unsubscribe",
    ),
]
