"""SilkStat's ETL: sources -> articles -> mentions -> facts -> normalized values -> store."""

__version__ = "0.1.0"
