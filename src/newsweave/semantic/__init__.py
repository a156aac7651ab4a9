"""Sentence embeddings: a second opinion on whether two statements say the same thing.

Claim alignment reads wording (weave/claims.py); outlets that retell one fact in other words ("Israel
continues to control the airspace" / "Israel retains security control over flights") share too few stems
for it. The sentence encoder all-MiniLM-L6-v2 scores such paraphrases close, and the alignment combines
the two scores. The weights come from a package on the package index, are checked against the upstream
hashes before use, and run on numpy: no deep-learning framework, nothing downloaded.
"""
