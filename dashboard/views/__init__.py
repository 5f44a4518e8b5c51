"""The dashboard's pages, one script each, declared in ``dashboard/app.py``."""
