"""Settings: theme applies at once, network profiles are validated field by field, and only
valid settings reach the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.bank.matching import Tolerances, tolerances_of
from app.config import Settings
from app.storage import open_database
from app.storage.settings_store import load_settings, save_settings
from ui.settings.page import NEW, SettingsPage
from ui.shared.theme import DARK, ThemeManager
from ui.shell.main_window import MainWindow


@pytest.fixture
def store(tmp_path: Path):
    db = open_database(tmp_path / "store.sqlite3")
    yield db
    db.close()


def page_with(qtbot, store) -> SettingsPage:
    page = SettingsPage(load_settings(store), lambda s: save_settings(store, s))
    qtbot.addWidget(page)
    return page


def fill(page: SettingsPage, **values: str) -> None:
    page.editing.setCurrentIndex(page.editing.findData(NEW))
    for key, value in values.items():
        page.inputs[key].setText(value)


def test_invalid_fields_show_errors_next_to_them_and_nothing_is_saved(qtbot, store):
    page = page_with(qtbot, store)
    fill(
        page,
        name="Main net",
        rpc_url="ftp://node.example",
        chain_id="1",
        registry_address="0x1234",
        api_url="https://api.example.com",
    )
    assert page.save_profile() is False
    assert "RPC URL must be an http(s) URL" in page.errors["rpc_url"].text()
    assert "0x followed by 40 hex digits" in page.errors["registry_address"].text()
    assert page.errors["api_url"].text() == ""
    page.inputs["chain_id"].setText("one")
    assert page.save_profile() is False
    assert "whole number" in page.errors["chain_id"].text()
    assert load_settings(store).custom_profiles == []


def test_valid_profile_is_saved_and_can_become_active(qtbot, store):
    page = page_with(qtbot, store)
    fill(
        page,
        name="Main net",
        rpc_url="https://rpc.example.com",
        chain_id="1",
        registry_address="0x" + "ab" * 20,
        api_url="https://api.example.com/",
    )
    assert page.save_profile() is True
    saved = load_settings(store)
    assert [p.name for p in saved.custom_profiles] == ["Main net"]
    assert saved.custom_profiles[0].api_url == "https://api.example.com"
    page.active.setCurrentIndex(page.active.findData("Main net"))
    assert load_settings(store).active_profile == "Main net"
    # A second profile with the same name is refused by the settings rules.
    fill(page, name="Main net", chain_id="5", api_url="https://b.example.com")
    assert page.save_profile() is False
    assert "share a name" in page.status.text()
    assert len(load_settings(store).custom_profiles) == 1


def test_sandbox_profile_is_read_only(qtbot, store):
    page = page_with(qtbot, store)
    page.editing.setCurrentIndex(page.editing.findData("sandbox"))
    assert not page.inputs["api_url"].isEnabled()
    assert not page.save_button.isEnabled() and not page.delete_button.isEnabled()


def test_theme_choice_applies_and_is_saved(qtbot, store, qapp: QApplication):
    theme = ThemeManager(qapp, "light")
    settings = load_settings(store)
    window = MainWindow(settings, lambda s: save_settings(store, s), theme)
    qtbot.addWidget(window)
    try:
        combo = window.settings_page.theme
        combo.setCurrentIndex(combo.findData("dark"))
        assert theme.colors is DARK
        assert load_settings(store).theme == "dark"
        window.settings_page.poll.setValue(7)
        window.settings_page.poll.editingFinished.emit()
        assert load_settings(store).poll_interval_seconds == 7
    finally:
        theme.apply("light")
        theme.deleteLater()


def test_start_up_message_and_error_show_in_the_window(qtbot, store, qapp):
    theme = ThemeManager(qapp, "light")
    window = MainWindow(Settings(), lambda s: None, theme)
    qtbot.addWidget(window)
    window.show_starting("Starting the sandbox…")
    assert window.startup.message.text() == "Starting the sandbox…"
    window.show_startup_error("The sandbox could not start (port busy).")
    assert window.startup.message.objectName() == "error"
    assert window.merchant_area.currentWidget() is window.startup
    theme.deleteLater()


def test_desk_settings_are_validated_next_to_their_fields_and_saved(qtbot, store):
    page = page_with(qtbot, store)
    desk = page.desk
    assert desk.inputs["idle_lock_minutes"].text() == "5"
    assert desk.inputs["sandbox_day_seconds"].text() == "5"
    for key, bad in (
        ("idle_lock_minutes", "0"),
        ("sandbox_merchants", "11"),
        ("sandbox_day_seconds", "-1"),
        ("reconciliation_tolerance_bp", "ten"),
    ):
        desk.inputs[key].setText(bad)
        assert desk.commit(key) is False
        assert desk.errors[key].text(), key
    assert "from 12 to 20,000" in desk.errors["sandbox_merchants"].text()
    assert load_settings(store) == Settings()  # nothing bad reached the store
    for key, good in (
        ("idle_lock_minutes", "30"),
        ("sandbox_merchants", "1200"),
        ("sandbox_day_seconds", "0.5"),
        ("reconciliation_tolerance_bp", "25"),
    ):
        desk.inputs[key].setText(good)
        assert desk.commit(key) is True and desk.errors[key].text() == "", key
    saved = load_settings(store)
    assert (saved.idle_lock_minutes, saved.sandbox_merchants) == (30, 1200)
    assert (saved.sandbox_day_seconds, saved.reconciliation_tolerance_bp) == (0.5, 25)
    assert page.settings == saved
    # Leaving the field is what saves it, as a user would.
    desk.inputs["idle_lock_minutes"].setText("45")
    desk.inputs["idle_lock_minutes"].editingFinished.emit()
    assert load_settings(store).idle_lock_minutes == 45


def test_bank_matching_tolerances_are_parsed_strictly_and_saved(qtbot, store):
    desk = page_with(qtbot, store).desk
    amount, lag = desk.inputs["bank_amount_tolerance_cents"], "bank_settlement_lag_days"
    assert amount.text() == "0.00" and desk.inputs[lag].text() == "1"
    for key, bad in (
        ("bank_amount_tolerance_cents", "0.505"),  # finer than a cent
        ("bank_amount_tolerance_cents", "-1"),
        ("bank_amount_tolerance_cents", "1e2"),
        ("bank_amount_tolerance_cents", "1000.01"),  # above Settings' bound
        (lag, "1.0"),  # Settings alone would take these as 1 and 10
        (lag, "1_0"),
        (lag, "+2"),
        (lag, "٣"),
        (lag, "31"),
        ("bank_routing_lag_days", ""),
    ):
        desk.inputs[key].setText(bad)
        assert desk.commit(key) is False, (key, bad)
        assert desk.errors[key].text(), (key, bad)
    assert "at most 2 decimals" in desk.errors["bank_amount_tolerance_cents"].text()
    assert desk.errors[lag].text() == "A whole number of days from 0 to 30."
    assert load_settings(store) == Settings()  # nothing bad reached the store
    for key, good in (
        ("bank_amount_tolerance_cents", "250.5"),
        (lag, "3"),
        ("bank_routing_lag_days", "0"),
    ):
        desk.inputs[key].setText(good)
        assert desk.commit(key) is True and desk.errors[key].text() == "", key
    saved = load_settings(store)
    assert saved.bank_amount_tolerance_cents == 25_050
    assert (saved.bank_settlement_lag_days, saved.bank_routing_lag_days) == (3, 0)
    assert amount.text() == "250.50"
    assert tolerances_of(saved) == Tolerances(25_050, 3, 0)  # what the reconciliation gets
