"""Handing a dossier over to a colleague and receiving one."""
