from django.apps import AppConfig


class WorkspaceConfig(AppConfig):
    name = "opencme.workspace"
    label = "workspace"
    verbose_name = "Provider workspace"

    def ready(self) -> None:
        from opencme.accounts import hooks
        from opencme.workspace.nav import home_after_sign_in

        hooks.register_home(home_after_sign_in)
