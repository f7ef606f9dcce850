"""One Scrapy spider per outlet declaration, so `scrapy list` and `scrapy crawl <outlet>` see every outlet.

The bundled declarations become classes of this module. Declarations in the directory the PILKADA_OUTLETS
setting names (`pilkada crawl --outlets DIR`, `scrapy crawl NAME -s PILKADA_OUTLETS=DIR`, or the
environment variable) become spiders through `OutletSpiderLoader`, which reads the setting when Scrapy
builds its spider list; no Python is written per outlet.
"""

from __future__ import annotations

import os

from scrapy.spiderloader import SpiderLoader

from pilkada.crawler.declarations import load_outlets
from pilkada.crawler.spiders.outlet import OutletSpider


def _spider_class(outlet: str, display_name: str) -> type[OutletSpider]:
    class_name = "".join(part.capitalize() for part in outlet.split("_")) + "Spider"
    return type(class_name, (OutletSpider,), {"name": outlet, "outlet_name": outlet, "__module__": __name__,
                                              "__doc__": f"Crawls {display_name}."})


class OutletSpiderLoader(SpiderLoader):
    """Scrapy's loader plus a spider for every declaration in the PILKADA_OUTLETS directory of the settings."""

    def __init__(self, settings):
        super().__init__(settings)
        for outlet in load_outlets(settings.get("PILKADA_OUTLETS") or None).values():
            if outlet.outlet not in self._spiders or self._spiders[outlet.outlet].outlet_name != outlet.outlet:
                self._spiders[outlet.outlet] = _spider_class(outlet.outlet, outlet.name)


for _outlet in load_outlets(os.environ.get("PILKADA_OUTLETS") or None).values():
    _class = _spider_class(_outlet.outlet, _outlet.name)
    globals()[_class.__name__] = _class

del _outlet, _class  # only the generated classes stay in the module: Scrapy lists what it finds here
