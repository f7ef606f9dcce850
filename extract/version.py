EXTRACTOR_VERSION = "0.2.0"  # 0.2.0: quotes per the spec (speaker, role), officials' province
