EXTRACTOR_VERSION = "0.3.0"  # 0.3.0: the held-out rounds 4-11 (officials, speakers, places, dates, regulations); 0.2.0: quotes per the spec, officials' province
