"""Training and scoring of pilkada's statistical NER models (spaCy and stanza).

- corpus: read the NERGrit / NERP BIO files, map their labels to PERSON / LOC / ORG, score char spans
- train_ner: `python -m pilkada.extract.training.train_ner --data ../shared/data/ner`
- train_stanza: `python -m pilkada.extract.training.train_stanza --data ../shared/data/ner`

The config (ner.cfg) and seed are committed; the data is not (it lives in ../shared/data/ner).
"""
