"""Bridges to the tools schools already use: question banks in and out, and SCORM packages for LMSs.

Its own layer, between ``authoring`` and ``adapters``: the formats read and write our typed banks
(:mod:`hocvuso.content`) and never the other way round. The CLI commands live in
:mod:`hocvuso.adapters.cli`.

- :mod:`.importer`: ``hocvuso import FILE --bank ID`` (spreadsheet, GIFT, Moodle XML, Aiken) into a
  bank file ready for an author, FIXME wherever the source lacks what our format needs;
- :mod:`.moodle_xml`, :mod:`.gift`: our banks out to Moodle's formats (and back in);
- :mod:`.scorm`: a course as a SCORM 1.2 package.
"""
