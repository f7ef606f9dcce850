"""pilkada serve: a read-only web page over the warehouse for journalists."""
