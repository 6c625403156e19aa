"""OpenCME: accredited continuing education for the health professions."""
