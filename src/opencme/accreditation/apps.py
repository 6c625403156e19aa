from django.apps import AppConfig


class AccreditationConfig(AppConfig):
    name = "opencme.accreditation"
    label = "accreditation"
    verbose_name = "Accreditation rules"

    def ready(self) -> None:
        from opencme.accounts.hooks import register_board_catalog
        from opencme.accreditation import checks  # noqa: F401  (registers system checks)
        from opencme.accreditation.selectors import rulebook_get

        # The profile's board picker: the boards of the rule book in force, code -> name.
        register_board_catalog(lambda: {c: b.name for c, b in rulebook_get().boards.items()})
