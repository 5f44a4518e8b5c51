"""The Streamlit dashboard: reads the store, charts facts, hands out the data behind each chart.

It never imports the ETL's sources, extraction or pipeline (design.md, "Who may import whom"):
only the store, the fact model, the configuration and the normalization helpers.
"""
