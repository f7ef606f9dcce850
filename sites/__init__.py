"""Local copies of the outlets, served on loopback for tests and the demo."""
