"""PST Desk core: everything but the GUI. Never imports PySide6 or ui."""
