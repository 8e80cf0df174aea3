### Well-known rejection texts.
