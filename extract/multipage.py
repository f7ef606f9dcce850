"""How the pages of one multi-page article travel as one stored page.

The crawler appends each further page's HTML to the first page's, each after a comment naming its URL,
so the raw page stored in the warehouse holds the whole article and re-extraction needs no re-fetch.
"""

from __future__ import annotations

import re

CONTINUATION_MARK = "\n<!-- pilkada:next-page {url} -->\n"
_MARK = re.compile(r"\n<!-- pilkada:next-page (\S*) -->\n")


def split_pages(html: str) -> list[tuple[str | None, str]]:
    """[(url, html)] of each page: the first with url None, the following with the URL they were fetched from."""
    if "<!-- pilkada:next-page " not in html:
        return [(None, html)]
    parts = _MARK.split(html)
    pages: list[tuple[str | None, str]] = [(None, parts[0])]
    for index in range(1, len(parts) - 1, 2):
        pages.append((parts[index], parts[index + 1]))
    return pages
