"""One Scrapy spider per outlet declaration, so `scrapy list` and `scrapy crawl <outlet>` see every outlet.

Extra declarations in $PILKADA_OUTLETS become spiders too; no Python is written per outlet.
"""

from __future__ import annotations

import os

from pilkada.crawler.declarations import load_outlets
from pilkada.crawler.spiders.outlet import OutletSpider


def _spider_class(outlet: str, display_name: str) -> type[OutletSpider]:
    class_name = "".join(part.capitalize() for part in outlet.split("_")) + "Spider"
    return type(class_name, (OutletSpider,), {"name": outlet, "outlet_name": outlet, "__module__": __name__,
                                              "__doc__": f"Crawls {display_name}."})


for _outlet in load_outlets(os.environ.get("PILKADA_OUTLETS") or None).values():
    _class = _spider_class(_outlet.outlet, _outlet.name)
    globals()[_class.__name__] = _class

del _outlet, _class  # only the generated classes stay in the module: Scrapy lists what it finds here
