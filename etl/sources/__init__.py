"""Sources of articles: files and folders, RSS/Atom feeds, single web pages."""
