"""Importing absences from school administration exports."""
