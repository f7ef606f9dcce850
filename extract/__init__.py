"""Clean pages and extract officials, regions, dates and regulations from Indonesian news text."""
