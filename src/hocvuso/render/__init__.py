"""HTML for learners: question blocks and the pages the build generates. Independent of MkDocs."""
