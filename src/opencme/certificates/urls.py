from django.urls import path

from opencme.certificates import views

app_name = "certificates"
urlpatterns = [
    path("verify/transcript/<str:code>", views.verify_transcript, name="verify_transcript"),
    path("verify/<code:code>", views.verify, name="verify"),
    path("certificates/<code:code>.pdf", views.certificate_pdf, name="pdf"),
    path("certificates/<code:code>.json", views.certificate_json, name="credential"),
    path("issuers/<slug:slug>", views.issuer, name="issuer"),
    path("learn/transcript.pdf", views.transcript_pdf, name="transcript_pdf"),
]
