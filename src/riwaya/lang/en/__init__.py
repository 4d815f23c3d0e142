"""English: number words, calendar names, counted nouns, attribution and polarity cues, and the
name lists, with the same roles as ``lang/ar`` so that English reports are read the same way."""
