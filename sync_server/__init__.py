"""The central sync server: stores every device's change log and hands it to the others.

Runs on FastAPI/uvicorn over SQLite or PostgreSQL; never imports Qt.
"""
