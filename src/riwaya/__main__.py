"""`python -m riwaya` runs the CLI."""

from .cli import main

main()
