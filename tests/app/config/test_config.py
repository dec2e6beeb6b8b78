import pytest
from pydantic import ValidationError

from app.config import data_dir
from app.config.profiles import NetworkProfile
from app.config.settings import Settings


def test_data_dir_override_is_created_private(tmp_path):
    path = data_dir(tmp_path / "nested" / "data")
    assert path.is_dir()
    assert path.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"api_url": "ftp://x"}, r"http\(s\) URL"),
        ({"rpc_url": "http://user:pw@host"}, "must not carry credentials"),
        ({"registry_address": "0x123"}, "40 hex digits"),
        ({"chain_id": 0}, "greater than 0"),
        ({"name": ""}, "profile name"),
    ],
)
def test_profile_rejects_bad_input(fields, message):
    with pytest.raises(ValidationError, match=message):
        NetworkProfile.model_validate({"name": "custom", **fields})


def test_settings_reject_unknown_active_profile_and_duplicates():
    with pytest.raises(ValidationError, match="no network profile"):
        Settings(active_profile="nowhere")
    twice = [NetworkProfile(name="a"), NetworkProfile(name="a")]
    with pytest.raises(ValidationError, match="share a name"):
        Settings(custom_profiles=twice)
    with pytest.raises(ValidationError, match="reserved"):
        Settings(custom_profiles=[NetworkProfile(name="sandbox")])


def test_profile_lookup():
    settings = Settings(custom_profiles=[NetworkProfile(name="prod", chain_id=1)])
    assert settings.profile("prod").chain_id == 1
    assert settings.profile().is_sandbox
    with pytest.raises(KeyError):
        settings.profile("nope")
