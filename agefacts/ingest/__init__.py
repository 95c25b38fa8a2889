"""Raw files to documents: discovery, decoding, HTML reduction and header metadata."""
