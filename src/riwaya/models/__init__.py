"""Model files shipped with riwaya, each with its model card."""
