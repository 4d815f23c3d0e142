"""Language data and pure string functions, one subpackage per language."""
