"""The English readers: the same findings as the Arabic stages (amounts, dates, names, quotes,
negations), from English text, so that an English report is cross-checked like an Arabic one."""
