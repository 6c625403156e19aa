from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "opencme.accounts"
    label = "accounts"
    verbose_name = "Accounts"
