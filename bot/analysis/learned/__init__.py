"""Weights learned from the real dev split (bench/learn.py and the training scripts that use it), read by
`bot.analysis.linear_model`. One JSON file per model; each names the split, the command and the
cross-validated figures it was kept on."""
