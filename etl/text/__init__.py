"""Text: decoding, cleaning with an offset map, boilerplate, language, sentences. No I/O."""
