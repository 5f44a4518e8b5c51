"""French: the words SilkStat reads, as data (numbers.py for the number layer, facts.py for facts)."""
