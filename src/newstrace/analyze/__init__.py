"""Analysis steps: an `Article` in, the same article with statements, entities and figures."""
