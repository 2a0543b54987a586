"""The encrypted vault: SQLCipher file, key management, schema, migrations, repositories.

Nothing outside this package opens the database.
"""
