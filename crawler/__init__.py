"""Scrapy side of pilkada: outlet declarations, the generic spider, the command line."""
