"""The loader derives persons every PERSONS_EVERY articles and when loading ends, and finishes what a killed
loader left listed in the spool; the persons table then equals a derivation from scratch."""

from __future__ import annotations

import pytest

from crawled_lines import crawl_spool_lines
from pilkada import warehouse as wh
from pilkada.ingest import loader
from pilkada.ingest.reextract import chunked
from pilkada.ingest.spool import PERSONS_PENDING, write_batch
from pilkada.warehouse import persons as persons_module


@pytest.fixture(scope="module")
def spooled_lines(sites_server, tmp_path_factory):
    """Every page of a real crawl of three local outlets, as spool lines."""
    return crawl_spool_lines(sites_server, tmp_path_factory.mktemp("crawled"), ["rmoljatim", "nganjuknews", "dayaknews"])


def _stored(con):
    return (sorted(con.execute("SELECT * FROM persons").fetchall(), key=repr),
            sorted(con.execute("SELECT * FROM person_mentions").fetchall(), key=repr))


def _spooled(lines, spool):
    for chunk in chunked(lines, 4):
        write_batch(spool, "mixed", chunk)
    return spool


def _assert_persons_equal_a_derivation(db):
    con = wh.connect(db)
    try:
        stored = _stored(con)
        assert stored[0] and stored == _derived(con)
    finally:
        con.close()


def _derived(con):
    ids = [r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()]
    people, mentions = persons_module.derive(persons_module._new_mentions(con, ids))
    return sorted(people, key=repr), sorted(mentions, key=repr)


def test_persons_derived_every_few_articles_and_at_the_end_equal_a_derivation(spooled_lines, sites_server,
                                                                            tmp_path, monkeypatch):
    monkeypatch.setattr(loader, "PERSONS_EVERY", 7)
    derivations = []
    monkeypatch.setattr(loader._PersonsPending, "derive", _counting(loader._PersonsPending.derive, derivations))
    spool = _spooled(spooled_lines, tmp_path / "spool")
    db = tmp_path / "w.duckdb"
    counts = loader.ingest_spool(db, spool, sites_url=sites_server)
    assert counts["articles_new"] > 14
    assert len(derivations) >= 2  # on the way (every 7 articles) and at the end
    assert not (spool / PERSONS_PENDING).exists()
    _assert_persons_equal_a_derivation(db)


def test_articles_a_killed_loader_left_underived_are_derived_by_the_next(spooled_lines, sites_server, tmp_path,
                                                                        monkeypatch):
    spool = _spooled(spooled_lines, tmp_path / "spool")
    db = tmp_path / "w.duckdb"
    monkeypatch.setattr(loader._PersonsPending, "derive", _killed)
    with pytest.raises(_Killed):
        loader.ingest_spool(db, spool, sites_url=sites_server)
    assert (spool / PERSONS_PENDING).exists()
    con = wh.connect(db)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] > 14
        assert con.execute("SELECT count(*) FROM person_mentions").fetchone()[0] == 0
    finally:
        con.close()
    monkeypatch.undo()
    loader.ingest_spool(db, spool, sites_url=sites_server)  # nothing left to load: only the derivation
    assert not (spool / PERSONS_PENDING).exists()
    _assert_persons_equal_a_derivation(db)


class _Killed(Exception):
    pass


def _killed(self, con):
    raise _Killed("the loader dies before deriving")


def _counting(function, calls: list):
    def counted(self, con):
        calls.append(len(self.ids))
        return function(self, con)
    return counted
