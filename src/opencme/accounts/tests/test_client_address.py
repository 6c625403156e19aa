"""``throttle.client_address``: only the configured number of proxy hops is believed."""

from __future__ import annotations

from django.test import RequestFactory

from opencme.accounts.throttle import address_key, address_wait, client_address


def request(remote: str, forwarded: str = ""):
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    return RequestFactory(REMOTE_ADDR=remote, headers=headers).get("/")


def test_client_address_counts_hops_from_the_right(settings):
    settings.TRUSTED_PROXIES = 0
    assert client_address(request("10.0.0.1", "192.0.2.9")) == "10.0.0.1"
    settings.TRUSTED_PROXIES = 1
    assert client_address(request("10.0.0.1", "6.6.6.6, 192.0.2.9")) == "192.0.2.9"
    settings.TRUSTED_PROXIES = 2
    assert client_address(request("10.0.0.2", "6.6.6.6, 192.0.2.9, 10.0.0.1")) == "192.0.2.9"
    # Fewer entries than proxies (the outer proxy was skipped): the leftmost, which ours added.
    assert client_address(request("10.0.0.2", "192.0.2.9")) == "192.0.2.9"
    # No header at all: the connection's address.
    assert client_address(request("10.0.0.2")) == "10.0.0.2"


def test_address_key_groups_ipv6_by_64_and_refuses_garbage():
    assert address_key("2001:db8:1:2:aaaa::1") == address_key("2001:db8:1:2:bbbb::9")
    assert address_key("2001:db8:1:2::1") == "2001:db8:1:2::/64"
    assert address_key("::ffff:192.0.2.7") == "192.0.2.7"
    assert address_key("not an address") == "unknown"
    assert address_key("192.0.2.7\x00") == "unknown"


def test_an_address_past_its_free_attempts_waits_longer_each_time_up_to_a_minute():
    waits = [address_wait("sign-in", n) for n in range(19, 30)]
    assert waits == [0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60]
    assert address_wait("sign-in", 10_000) == 60
