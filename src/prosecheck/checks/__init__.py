"""prosecheck's built-in checks. Each module is a plugin, registered by an entry point."""
