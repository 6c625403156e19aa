from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    name = "opencme.certificates"
    label = "certificates"
    verbose_name = "Certificates"

    def ready(self) -> None:
        from opencme.accounts.hooks import register_profile_listener
        from opencme.certificates import checks  # noqa: F401  (registers system checks)
        from opencme.certificates.links import certificates_for_claims
        from opencme.certificates.services import (
            PRESIGNED,
            on_claim_created,
            on_profile_changed,
            presign_certificate,
        )
        from opencme.credits.hooks import (
            register_claim_annotator,
            register_claim_listener,
            register_claim_preparer,
        )

        register_claim_preparer(PRESIGNED, presign_certificate)
        register_claim_listener(on_claim_created)
        register_claim_annotator("certificates", certificates_for_claims)
        register_profile_listener(on_profile_changed)
