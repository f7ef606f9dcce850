"""`pilkada serve` in a real browser: Debian's headless Chromium, driven by Selenium, over a crawled warehouse.

The warehouse is a crawl of the local outlet sites (what `make demo` builds); the server runs as
the `pilkada serve` command in its own process, as a journalist starts it. Every page kind is
checked through the DOM and saved as a screenshot under the test's tmp directory.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--window-size=1280,1600"]


def pilkada(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pilkada.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout)


@pytest.fixture(scope="module")
def crawled_db(sites_server, tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "pilkada.duckdb"
    result = pilkada("crawl", "--sites", sites_server, "--db", str(db), "--timeout", "5", "--quiet")
    assert result.returncode == 0, result.stderr
    return db


class Served:
    def __init__(self, db: Path, *extra: str):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pilkada.cli", "serve", "--db", str(db), "--port", "0", *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        line = self.process.stdout.readline()
        assert "http://127.0.0.1:" in line, line + self.process.stderr.read()
        self.url = line.split()[2].rstrip("/")

    def get(self, path: str) -> tuple[int, dict, bytes]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=30) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as err:
            return err.code, dict(err.headers), err.read()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def server(crawled_db):
    served = Served(crawled_db)
    yield served
    served.stop()


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="pilkada-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def screenshot(browser, tmp_path: Path, name: str) -> Path:
    """Save the whole page as PNG (resized to its height first) and check it is a real, non-trivial image."""
    browser.set_window_size(1280, 900)
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, max(900, min(int(height) + 40, 6000)))
    path = tmp_path / f"{name}.png"
    assert browser.save_screenshot(str(path))
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width >= 1000 and height >= 600
    assert len(data) > 20_000  # a blank page compresses to a few kB
    return path


def texts(browser, selector: str) -> list[str]:
    from selenium.webdriver.common.by import By

    return [element.text for element in browser.find_elements(By.CSS_SELECTOR, selector)]


def search_for(browser, server, words: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(server.url + "/")
    box = browser.find_element(By.ID, "q")
    box.clear()
    box.send_keys(words, Keys.ENTER)
    wait_for_next_page(browser, box)


def wait_for_next_page(browser, old_element) -> None:
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    def left_the_page(_browser) -> bool:
        try:
            old_element.is_enabled()
        except WebDriverException:  # stale; Chromium may also say "Node ... does not belong to the document"
            return True
        return False

    WebDriverWait(browser, 30).until(left_the_page)


def parse_csv(body: bytes, excel: bool) -> list[list[str]]:
    text = body.decode("utf-8")
    if excel:
        assert text.startswith("\ufeff")
        text = text[1:]
        assert "\r\n" in text
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";" if excel else ","))


# ---------------------------------------------------------------------------------------- pages


def test_search_box_leads_to_jombangs_timeline_with_teguh_narutomo_his_quotes_and_sources(browser, server, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(server.url + "/")
    assert "Kabupaten Jombang" in texts(browser, "section a")
    assert browser.find_element(By.ID, "q").get_attribute("placeholder").startswith("Regency or city, person")
    screenshot(browser, tmp_path, "home")
    search_for(browser, server, "jombang")
    assert browser.find_element(By.ID, "subject").text == "Kabupaten Jombang"
    events = browser.find_elements(By.CSS_SELECTOR, "li.event")
    assert len(events) >= 10
    people = texts(browser, ".tag.person")
    assert "Teguh Narutomo (Pj Bupati)" in people
    teguh = [e for e in events if "Teguh Narutomo" in e.text and e.find_elements(By.CSS_SELECTOR, "blockquote")]
    assert teguh, "a quotation in an event naming Teguh Narutomo"
    assert teguh[0].find_element(By.CSS_SELECTOR, "blockquote.quote").text.startswith("“")
    # the speaker with the role the article gives him
    assert teguh[0].find_element(By.CSS_SELECTOR, "blockquote.quote footer").text == "— Teguh Narutomo, Pj Bupati Jombang"
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "a.source-link")]
    assert len(links) == len(events)
    assert all(link.startswith(("https://terasjatim.com/", "https://www.rmoljatim.id/", "https://nganjuknews.com/"))
               for link in links), links
    assert len({urllib.parse.urlsplit(link).netloc for link in links}) >= 2  # more than one outlet
    dates = [dt.date.fromisoformat(t.get_attribute("datetime")) for t in browser.find_elements(By.CSS_SELECTOR, ".when time")]
    assert dates == sorted(dates)  # oldest first by default
    assert browser.find_elements(By.CSS_SELECTOR, "svg.coverage rect.bar")
    screenshot(browser, tmp_path, "timeline-regency")


def test_a_person_found_from_the_search_box_has_a_timeline_of_their_own(browser, server, tmp_path):
    from selenium.webdriver.common.by import By

    search_for(browser, server, "Teguh Narutomo")
    assert browser.find_element(By.ID, "subject").text == "Teguh Narutomo"
    events = browser.find_elements(By.CSS_SELECTOR, "li.event")
    assert events and all("Teguh Narutomo (Pj Bupati)" in e.text for e in events)
    assert browser.find_elements(By.CSS_SELECTOR, "blockquote.quote")
    screenshot(browser, tmp_path, "timeline-person")


def test_a_regulation_has_a_timeline_of_the_sentences_citing_it(browser, server):
    from selenium.webdriver.common.by import By

    search_for(browser, server, "UU Nomor 10 Tahun 2016")
    assert browser.find_element(By.ID, "subject").text == "UU 10/2016"
    events = browser.find_elements(By.CSS_SELECTOR, "li.event")
    assert events and all("UU 10/2016" in texts_of(e, ".tag.regulation") for e in events)


def texts_of(element, selector: str) -> list[str]:
    from selenium.webdriver.common.by import By

    return [e.text for e in element.find_elements(By.CSS_SELECTOR, selector)]


def test_a_name_a_kabupaten_and_a_kota_share_asks_which_one(browser, server, tmp_path):
    from selenium.webdriver.common.by import By

    search_for(browser, server, "Kediri")
    choices = texts(browser, "ul.choices a")
    assert len(choices) == 2
    assert {choice.split(" (")[0] for choice in choices} == {"Kabupaten Kediri", "Kota Kediri"}
    screenshot(browser, tmp_path, "search-choice")
    link = browser.find_element(By.PARTIAL_LINK_TEXT, "Kota Kediri")
    link.click()
    wait_for_next_page(browser, link)
    assert browser.find_element(By.ID, "subject").text == "Kota Kediri"


def test_a_misspelt_name_gets_did_you_mean(browser, server, tmp_path):
    from selenium.webdriver.common.by import By

    search_for(browser, server, "Jombng")
    assert "Nothing called" in browser.find_element(By.TAG_NAME, "h1").text
    assert "Kabupaten Jombang" in texts(browser, "ul.choices a")
    screenshot(browser, tmp_path, "search-near")
    link = browser.find_element(By.LINK_TEXT, "Kabupaten Jombang")
    link.click()
    wait_for_next_page(browser, link)
    assert browser.find_element(By.ID, "subject").text == "Kabupaten Jombang"


def test_a_part_of_a_name_several_people_share_asks_which_person(browser, server):
    from pilkada import warehouse as wh

    con = wh.connect(server_db(server), read_only=True)
    try:
        names = [row[0] for row in con.execute("SELECT official FROM officials").fetchall()]
    finally:
        con.close()
    first_names = {}
    for name in names:
        first_names.setdefault(name.split()[0], []).append(name)
    shared, people = next((word, group) for word, group in sorted(first_names.items()) if len(group) > 1)
    search_for(browser, server, shared)
    choices = texts(browser, "ul.choices a")
    assert all(any(choice.startswith(person) for choice in choices) for person in people), (people, choices)


def server_db(server) -> Path:
    return Path(server.process.args[server.process.args.index("--db") + 1])


def test_filters_by_outlet_dates_and_order_and_the_csv_downloads_hold_what_is_on_screen(browser, server, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(server.url + "/timeline?kind=regency&value=35.17")
    Select(browser.find_element(By.NAME, "outlet")).select_by_visible_text("TerasJatim.com")
    Select(browser.find_element(By.NAME, "order")).select_by_value("newest")
    browser.execute_script("document.querySelector('input[name=from]').value = '2024-09-01';"
                           "document.querySelector('input[name=to]').value = '2024-12-31';")
    button = browser.find_element(By.CSS_SELECTOR, "form.filters button")
    button.click()
    wait_for_next_page(browser, button)
    assert "outlet=terasjatim" in browser.current_url
    events = browser.find_elements(By.CSS_SELECTOR, "li.event")
    assert events
    assert set(texts(browser, ".source .outlet")) == {"TerasJatim.com"}
    dates = [t.get_attribute("datetime") for t in browser.find_elements(By.CSS_SELECTOR, ".when time")]
    assert dates == sorted(dates, reverse=True)
    assert all("2024-09-01" <= d <= "2024-12-31" for d in dates)
    assert "in TerasJatim.com" in browser.find_element(By.CSS_SELECTOR, "svg.coverage .chart-title").text
    screenshot(browser, tmp_path, "timeline-filtered")
    sentences = texts(browser, "p.sentence")

    plain_href = browser.find_element(By.ID, "csv").get_attribute("href")
    excel_href = browser.find_element(By.ID, "csv-excel").get_attribute("href")
    status, headers, body = server.get(plain_href.removeprefix(server.url))
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert "attachment" in headers["Content-Disposition"]
    plain = parse_csv(body, excel=False)
    assert plain[0][:3] == ["event_date", "date_precision", "sentence"]
    assert len(plain) - 1 == len(events)
    assert [row[0] for row in plain[1:]] == dates
    in_file = {" ".join(row[2].split()) for row in plain[1:]}
    assert sentences and all(" ".join(s.split()) in in_file for s in sentences)
    quotes = {" ".join(row[3].split()) for row in plain[1:] if row[3]}
    assert all(" ".join(q.split("\n")[0].strip("“”").split()) in quotes for q in texts(browser, "blockquote.quote"))
    assert {row[plain[0].index("outlet")] for row in plain[1:]} == {"TerasJatim.com"}
    status, _, body = server.get(excel_href.removeprefix(server.url))
    assert status == 200
    assert parse_csv(body, excel=True) == plain


def test_the_coverage_chart_has_a_panel_per_regency_with_every_week(browser, server, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(server.url + "/")
    link = browser.find_element(By.LINK_TEXT, "Coverage")
    link.click()
    wait_for_next_page(browser, link)
    panels = browser.find_elements(By.CSS_SELECTOR, "svg.coverage g.panel")
    assert 2 <= len(panels) <= 8
    slots = [len(p.find_elements(By.CSS_SELECTOR, "rect.bar, rect.empty")) for p in panels]
    assert len(set(slots)) == 1 and slots[0] >= 4  # one shared week axis
    assert browser.find_elements(By.CSS_SELECTOR, "svg.coverage rect.empty"), "empty weeks are drawn"
    titles = [p.find_element(By.CSS_SELECTOR, ".panel-title").text for p in panels]
    assert any(t.startswith("Kabupaten Jombang") for t in titles)
    tip = panels[0].find_element(By.CSS_SELECTOR, "rect.bar title").get_attribute("textContent")
    assert tip.startswith("week of ") and "article" in tip
    screenshot(browser, tmp_path, "coverage")

    status, _, body = server.get("/coverage.csv")
    rows = parse_csv(body, excel=False)
    assert rows[0] == ["regency_code", "regency", "week", "articles"]
    assert len(rows) - 1 == len(panels) * slots[0]
    assert "0" in {row[3] for row in rows[1:]}


def test_the_article_page_marks_people_places_dates_and_regulations(browser, server, tmp_path):
    from selenium.webdriver.common.by import By

    browser.get(server.url + "/timeline?kind=official&value=Teguh%20Narutomo")
    link = browser.find_element(By.LINK_TEXT, "marked text")
    link.click()
    wait_for_next_page(browser, link)
    marks = browser.find_elements(By.CSS_SELECTOR, "article.marked mark.entity")
    labels = {m.find_element(By.TAG_NAME, "span").text for m in marks}
    assert {"PERSON", "REGENCY", "DATE"} <= labels
    assert any(m.text.startswith("Teguh Narutomo") and m.text.endswith("PERSON") for m in marks)
    assert "Source:" in browser.find_element(By.CSS_SELECTOR, "p.source").text
    screenshot(browser, tmp_path, "article")


def test_every_page_reads_offline_without_outside_assets(server):
    for path in ("/", "/timeline?kind=regency&value=35.17", "/coverage", "/search?q=Kediri"):
        status, _, body = server.get(path)
        assert status == 200
        page = body.decode("utf-8")
        for outside in ("src=\"http", "href=\"//", "@import", "fonts.googleapis", "cdn"):
            assert outside not in page.replace('href="https://', "")  # article links are the only outside links
    status, headers, _ = server.get("/static/style.css")
    assert status == 200 and headers["Content-Type"].startswith("text/css")


def test_bad_requests_get_a_page_not_an_error(server):
    status, _, body = server.get("/timeline?kind=regency&value=35.17&from=yesterday")
    assert status == 400 and b"is not a date" in body
    status, _, body = server.get("/timeline?kind=official&value=Nobody%20Atall")
    assert status == 404 and b"Nothing called" in body
    status, _, body = server.get("/timeline?kind=official&value=Agus")
    assert status == 404 and b"can mean several things" in body and b"Agus Irawan" in body
    status, _, body = server.get("/article/999999")
    assert status == 404 and b"no such page" in body
    status, _, body = server.get("/coverage?regency=Jombng")
    assert status == 400 and b"did you mean" in body


# ---------------------------------------------------------------------------------------- while a crawl writes


def test_a_warehouse_being_written_gets_a_retry_page_and_the_snapshot_server_keeps_reading(crawled_db, server, browser,
                                                                                         tmp_path):
    from selenium.webdriver.common.by import By

    from pilkada import warehouse as wh

    snapshot_server = Served(crawled_db, "--snapshot")
    try:
        assert snapshot_server.get("/")[0] == 200  # takes the snapshot
        writer = wh.connect(crawled_db)  # what a crawl's loader holds during a batch
        try:
            status, headers, body = server.get("/timeline?kind=regency&value=Jombang")
            assert status == 503
            assert headers["Retry-After"] == "5"
            assert b"A crawl is writing the warehouse right now" in body
            browser.get(server.url + "/search?q=Jombang")
            assert browser.find_element(By.TAG_NAME, "h1").text == "A crawl is writing the warehouse right now"
            screenshot(browser, tmp_path, "busy")
            status, _, body = snapshot_server.get("/timeline?kind=regency&value=Jombang")
            assert status == 200 and b"Teguh Narutomo" in body and b"Reading a snapshot" in body
        finally:
            writer.close()
        assert server.get("/timeline?kind=regency&value=Jombang")[0] == 200
    finally:
        snapshot_server.stop()


def test_the_page_never_holds_up_a_crawl(sites_server, tmp_path):
    """A crawl with the page being read all along stores what a crawl alone stores; the page never fails."""
    db = tmp_path / "pilkada.duckdb"
    first = pilkada("crawl", "--sites", sites_server, "--db", str(db), "--timeout", "5", "--quiet",
                    "--outlet", "terasjatim")
    assert first.returncode == 0, first.stderr
    served = Served(db)
    statuses = []
    try:
        crawl = subprocess.Popen([sys.executable, "-m", "pilkada.cli", "crawl", "--sites", sites_server,
                                  "--db", str(db), "--timeout", "5", "--quiet", "--full"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        deadline = time.monotonic() + 240
        while crawl.poll() is None and time.monotonic() < deadline:
            statuses.append(served.get("/timeline?kind=regency&value=Jombang")[0])
            time.sleep(0.05)
        _, stderr = crawl.communicate(timeout=60)
        assert crawl.returncode == 0, stderr
    finally:
        served.stop()
    print(f"page answers during the crawl: {statuses.count(200)} × 200, {statuses.count(503)} × 503")
    assert len(statuses) >= 5 and set(statuses) <= {200, 503}
    alone = tmp_path / "alone.duckdb"
    result = pilkada("crawl", "--sites", sites_server, "--db", str(alone), "--timeout", "5", "--quiet")
    assert result.returncode == 0, result.stderr
    from pilkada import warehouse as wh

    counts = []
    for path in (db, alone):
        con = wh.connect(path, read_only=True)
        try:
            counts.append(con.execute("SELECT count(*), count(DISTINCT canonical_url), "
                                      "(SELECT count(*) FROM events) FROM articles").fetchone())
        finally:
            con.close()
    assert counts[0] == counts[1]


# ---------------------------------------------------------------------------------------- the command


def test_serve_without_a_warehouse_says_so_in_one_line(tmp_path):
    result = pilkada("serve", "--db", str(tmp_path / "none.duckdb"), "--port", "0", timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "make demo" in result.stderr


def test_serve_on_a_port_in_use_says_so_in_one_line(crawled_db, server):
    port = urllib.parse.urlsplit(server.url).port
    result = pilkada("serve", "--db", str(crawled_db), "--port", str(port), timeout=60)
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr and "Traceback" not in result.stderr
